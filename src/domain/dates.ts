/**
 * Day dates as posts write them, in English ("from 18th to 21st April", "the 6th to the 9th of
 * November", "November 10–13", "19 March 2024", "May 3, 2022") and in Chinese ("11 月 6 日至 9 日",
 * "2021年7月10号"). A date without a year gets one later, from the event's name or the post's date.
 */

/** A day, or a range of days, named in a text. `year` is null when the text does not say it. */
export interface DateMention {
  start: number;
  end: number;
  year: number | null;
  month: number;
  day: number;
  /** The last day of a range. */
  until: { year: number | null; month: number; day: number } | null;
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
/** "March": a month's English name, 1 to 12. */
export function monthName(month: number): string {
  const name = MONTHS[month - 1] ?? '';
  return name.charAt(0).toUpperCase() + name.slice(1);
}

const ZH_NUMBERS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];

/** A number from 1 to 12 in Chinese ("七"), or null: how Chinese says a birthday's ordinal ("七周年"). */
export function zhNumber(count: number): string | null {
  return ZH_NUMBERS[count - 1] ?? null;
}

const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)';
const YEAR = '(?:,?\\s+(\\d{4}))?';
const TO = '\\s*(?:to|until|-|–|—|and)\\s*';
const THE = '(?:[Tt]he\\s+)?';

/** A month name or number as a number 1–12, or null. */
export function monthNumber(text: string): number | null {
  const lower = text.toLowerCase().replace(/\.$/, '');
  const english = MONTHS.findIndex((name) => name.startsWith(lower) && lower.length >= 3);
  if (english >= 0) return english + 1;
  const zh = ZH_NUMBERS.lastIndexOf(text);
  if (zh >= 0) return zh + 1;
  const number = Number(text);
  return Number.isInteger(number) && number >= 1 && number <= 12 ? number : null;
}

type Builder = (groups: Array<string | undefined>) => Omit<DateMention, 'start' | 'end'> | null;

const year = (text: string | undefined): number | null => (text ? Number(text) : null);

const PATTERNS: Array<[RegExp, Builder]> = [
  // 30 March to 2 April 2020
  [
    new RegExp(`${THE}${DAY}\\s+(?:of\\s+)?${MONTH}${TO}${THE}${DAY}\\s+(?:of\\s+)?${MONTH}${YEAR}`, 'g'),
    ([d1, m1, d2, m2, y]) => range(y, m1, d1, y, m2, d2),
  ],
  // November 18 - 21, Tuesday, May 3 2022
  [new RegExp(`\\b${MONTH}\\s+${DAY}${TO}${DAY}${YEAR}`, 'g'), ([m, d1, d2, y]) => range(y, m, d1, y, m, d2)],
  // from 18th to 21st April, the 6th to the 9th of November, 18 to 21 November 2019
  [new RegExp(`${THE}${DAY}${TO}${THE}${DAY}\\s+(?:of\\s+)?${MONTH}${YEAR}`, 'g'), ([d1, d2, m, y]) => range(y, m, d1, y, m, d2)],
  // 19 March 2024, the 26th of September
  [new RegExp(`${THE}${DAY}\\s+(?:of\\s+)?${MONTH}${YEAR}`, 'g'), ([d, m, y]) => single(y, m, d)],
  // September 26, May 3, 2022
  [new RegExp(`\\b${MONTH}\\s+${DAY}${YEAR}`, 'g'), ([m, d, y]) => single(y, m, d)],
  // 2023 年 11 月 6 日至 9 日, 11 月 18 日至 11 月 21 日, 2026 年 3 月 23-26 日
  [
    /(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?\s*(?:至|到|-|–|~)\s*(?:(\d{1,2})\s*月\s*)?(\d{1,2})\s*[日号]/g,
    ([y, m1, d1, m2, d2]) => range(y, m1, d1, y, m2 ?? m1, d2),
  ],
  // 2021年7月10号, 9 月 26 日
  [/(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/g, ([y, m, d]) => single(y, m, d)],
];

function valid(month: number | null, day: number): month is number {
  return month !== null && day >= 1 && day <= 31;
}

function single(y: string | undefined, m: string | undefined, d: string | undefined): Omit<DateMention, 'start' | 'end'> | null {
  const month = monthNumber(m ?? '');
  const day = Number(d);
  return valid(month, day) ? { year: year(y), month, day, until: null } : null;
}

function range(
  y1: string | undefined,
  m1: string | undefined,
  d1: string | undefined,
  y2: string | undefined,
  m2: string | undefined,
  d2: string | undefined,
): Omit<DateMention, 'start' | 'end'> | null {
  const first = single(y1, m1, d1);
  const last = single(y2, m2, d2);
  if (!first || !last) return null;
  return { ...first, until: { year: last.year, month: last.month, day: last.day } };
}

/** Every date the text names, in order; where two readings overlap, the first pattern (the widest) wins. */
export function findDates(text: string): DateMention[] {
  const found: DateMention[] = [];
  for (const [pattern, build] of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (found.some((other) => other.start < end && start < other.end)) continue;
      const built = build(match.slice(1));
      if (built) found.push({ start, end, ...built });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

const pad = (value: number): string => String(value).padStart(2, '0');

/** `YYYY-MM-DD`. */
export function isoDate(year: number, month: number, day: number): string {
  return `${year}-${pad(month)}-${pad(day)}`;
}

/**
 * The year of a month and day the text gave without one: the year the event's name gives, else the
 * one that puts the day closest to the post's publish date (a recap follows its event, an
 * announcement precedes it).
 */
export function yearFor(month: number, day: number, nameYear: number | null, published: string | null): number | null {
  if (nameYear !== null) return nameYear;
  if (!published) return null;
  const reference = Date.parse(published);
  const postYear = Number(published.slice(0, 4));
  const candidates = [postYear - 1, postYear, postYear + 1];
  const distance = (y: number): number => Math.abs(Date.parse(isoDate(y, month, day)) - reference);
  return candidates.reduce((best, y) => (distance(y) < distance(best) ? y : best));
}

/** A date as the posts write them: "March 9", "9 March", "2025-03-09", "3 月 9 日". */
const DATE_LIKE =
  /\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(tember)?|oct(ober)?|nov(ember)?|dec(ember)?)\.? \d{1,2}\b|\b\d{1,2}(st|nd|rd|th)? (of )?(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(tember)?|oct(ober)?|nov(ember)?|dec(ember)?)\b|\b20\d\d-\d\d-\d\d\b|\d{1,2}\s*月\s*\d{1,2}\s*日/i;

/** Whether a text names a day (cheaper than `findDates` when only the yes/no matters). */
export function mentionsDate(text: string): boolean {
  return DATE_LIKE.test(text);
}

const DAY_MS = 86_400_000;

/** Whole days from `now`'s UTC date to `date` (`YYYY-MM-DD`): 0 today, negative when past; null for no valid date. */
export function daysUntil(date: string, now: Date): number | null {
  const target = Date.parse(`${date.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(target) || Number.isNaN(now.getTime())) return null;
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return Math.round((target - today) / DAY_MS);
}

/** A span of days as people count it, in whole days, months or years. */
export interface Span {
  count: number;
  unit: 'day' | 'month' | 'year';
}

/**
 * How many days, months or years `days` is as people say it: days up to two months, then months up
 * to two years, then years (an event 400 days away is "in 13 months", not "in 400 days").
 */
export function spanOf(days: number): Span {
  const size = Math.abs(days);
  if (size < 60) return { count: size, unit: 'day' };
  return size < 730 ? { count: Math.round(size / 30.44), unit: 'month' } : { count: Math.round(size / 365.25), unit: 'year' };
}
