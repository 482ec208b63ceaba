/** An event's dates as one string: "2025-04-01", or "2025-04-01 – 2025-04-04" for several days. */
export function dateRange(start: string | null, end: string | null): string | null {
  if (!start) return null;
  return end && end !== start ? `${start} – ${end}` : start;
}
