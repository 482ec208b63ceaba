/**
 * How an event's dates are said in a line: "1 April 2025", "23 to 26 March 2026". A co-located day
 * the posts give no day of its own is said to have been held during its conference, with the
 * conference's dates: "during KubeCon + CloudNativeCon Europe 2024, 19 to 22 March 2024", never as if
 * it had run all week.
 */
import { monthName } from '../domain/index.js';
import type { EventInfo, Lang } from '../model/index.js';

function parts(date: string): [number, number, number] {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  return [year, month, day];
}

/** "1 April 2025", "23 to 26 March 2026", "30 March to 2 April 2020"; zh "2025 年 4 月 1 日", "2026 年 3 月 23 日至 26 日". */
export function formatDates(start: string, end: string | null, lang: Lang): string {
  const [y1, m1, d1] = parts(start);
  const [y2, m2, d2] = parts(end && end > start ? end : start);
  const same = y1 === y2 && m1 === m2 && d1 === d2;
  if (lang === 'zh') {
    const first = `${y1} 年 ${m1} 月 ${d1} 日`;
    if (same) return first;
    return `${first}至 ${y2 !== y1 ? `${y2} 年 ` : ''}${m2 !== m1 || y2 !== y1 ? `${m2} 月 ` : ''}${d2} 日`;
  }
  if (same) return `${d1} ${monthName(m1)} ${y1}`;
  if (y1 === y2 && m1 === m2) return `${d1} to ${d2} ${monthName(m1)} ${y1}`;
  if (y1 === y2) return `${d1} ${monthName(m1)} to ${d2} ${monthName(m2)} ${y1}`;
  return `${d1} ${monthName(m1)} ${y1} to ${d2} ${monthName(m2)} ${y2}`;
}

/**
 * The conference a co-located day was held during, to be named beside its dates; null when the dates are
 * its own, or when it is a track named for its conference ("KubeCon + CloudNativeCon Europe 2026
 * Maintainer Track") and says so already.
 */
export function heldDuring(event: EventInfo): string | null {
  return event.weekOf && !event.name.startsWith(event.weekOf) ? event.weekOf : null;
}

/**
 * The dates of a dated event, as its line says them; "" for an event without a start. Of an event whose last day the
 * posts do not give (IstioCon 2021, "weeklong, starting on February 22"; a conference dated by its Istio Day alone), the
 * day it began, said to be its start: the day alone would read as a one-day event.
 */
export function eventDates(event: EventInfo, lang: Lang): string {
  if (!event.start) return '';
  const formatted = formatDates(event.start, event.end, lang);
  const dates = event.end ? formatted : lang === 'zh' ? `${formatted}起` : `starting ${formatted}`;
  const during = heldDuring(event);
  if (!during) return dates;
  return lang === 'zh' ? `${during} 期间，${dates}` : `during ${during}, ${dates}`;
}
