/**
 * Whether a text gives a time of day, as the posts write one: "13:30", "10:00–11:00 UTC", "1:30 pm",
 * "10 am Pacific", "9am PT", "上午 9 点", "下午 1 点半", "北京时间 13:30". What only looks like one is
 * not: a year, a version ("1.20"), a date ("7/10", "5 月 27 日"), a score ("9.8", "3:1"), a port
 * ("localhost:8080").
 */

/**
 * Hours and minutes with a colon: not inside a longer number, an address, a version or a Latin word
 * ("localhost:8080", "sha256:…"); right after Chinese ("7月10日13:30") they are.
 */
const COLON_TIME = /(?<![\p{Script=Latin}\p{N}.:/])(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?!\p{N}|[.:]\p{N})/u;

/** An hour of the twelve with am or pm ("10 am", "1:30 pm", "9am", "10.30 a.m."). */
const HOUR_AM_PM = /(?<![\p{Script=Latin}\p{N}.:])(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?\s?[ap]\.?m\.?(?!\p{L})/iu;

/** An hour as Chinese writes it: digits or numerals. */
const HAN_HOUR = '(?:[01]?\\d|2[0-4]|[零一二两三四五六七八九十]{1,3})';
/**
 * "上午 9 点", "北京时间 9 点", "9 点半", "9 点 30 分", "9 点钟", "14 时 30 分". A bare "3 点" is as often
 * "three points" ("以下 3 点"), so it counts only after a part of the day or before its minutes.
 */
const HAN_TIME = new RegExp(
  [
    `(?:上午|下午|中午|晚上|早上|早晨|凌晨|傍晚|北京时间|当地时间)\\s*${HAN_HOUR}\\s*[点點时時]`,
    `(?<!\\p{N})${HAN_HOUR}\\s*[点點]\\s*(?:半|钟|鐘|整|[0-5]?\\d\\s*分|[一三]刻)`,
    `(?<!\\p{N})${HAN_HOUR}\\s*[时時]\\s*[0-5]?\\d\\s*分`,
  ].join('|'),
  'u',
);

const CLOCK_TIMES = [COLON_TIME, HOUR_AM_PM, HAN_TIME];

/** Whether `text` gives a time of day (full-width digits and colons, "１４：３０", read as the others). */
export function mentionsClockTime(text: string): boolean {
  const plain = text.normalize('NFKC');
  return CLOCK_TIMES.some((pattern) => pattern.test(plain));
}
