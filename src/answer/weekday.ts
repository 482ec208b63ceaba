/**
 * The day of the week an event fell on, said after its date when the question asks it: computed
 * from the date the posts give, so it says no more than they do.
 */
import type { EventInfo, Lang } from '../model/index.js';
import { formatDates } from './event-dates.js';
import type { DirectAnswer } from './types.js';

const DAYS = {
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  zh: ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'],
} as const;

function dayOf(date: string, lang: Lang): string | undefined {
  const [year, month, day] = date.split('-').map(Number);
  if (!year || !month || !day) return undefined;
  return DAYS[lang][new Date(Date.UTC(year, month - 1, day)).getUTCDay()];
}

/**
 * "Istio Day North America 2023: 6 November 2023, Chicago (a Monday)"; several days: "(Monday to Thursday)". A Chinese
 * line says one day's weekday right after its date, as the Chinese posts write it ("2023 年 11 月 6 日星期一，芝加哥").
 */
export function withWeekday(line: DirectAnswer | undefined, event: EventInfo): DirectAnswer | undefined {
  if (!line || !event.start) return line;
  const first = dayOf(event.start, line.lang);
  const last = event.end && event.end > event.start ? dayOf(event.end, line.lang) : undefined;
  if (!first) return line;
  const date = line.lang === 'zh' && !last ? formatDates(event.start, null, 'zh') : null;
  if (date && line.text.includes(date)) return { ...line, text: line.text.replace(date, `${date}${first}`) };
  const said = line.lang === 'zh' ? `（${last ? `${first}至${last}` : first}）` : ` (${last ? `${first} to ${last}` : `a ${first}`})`;
  return { ...line, text: line.text + said };
}
