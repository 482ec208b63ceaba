const DAY = 86_400_000;

/** Whole days from `now`'s UTC date to `date` (`YYYY-MM-DD`): 0 today, negative when past; null for no valid date. */
export function daysUntil(date: string, now: Date): number | null {
  const target = Date.parse(`${date.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(target) || Number.isNaN(now.getTime())) return null;
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return Math.round((target - today) / DAY);
}

/** An event's dates as one string: "2025-04-01", or "2025-04-01 – 2025-04-04" for several days. */
export function dateRange(start: string | null, end: string | null): string | null {
  if (!start) return null;
  return end && end !== start ? `${start} – ${end}` : start;
}
