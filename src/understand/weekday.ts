/**
 * "芝加哥的 istio day 是星期几", "what day of the week was istio day chicago": the day of the week an
 * event fell on is asked of its date, which then says it. "what day is istiocon" asks the date alone.
 */
const WEEKDAY_ASKED = /星期几|周几|礼拜几|\bweekdays?\b|\bday of (?:the )?week\b/iu;

export function asksWeekday(text: string): boolean {
  return WEEKDAY_ASKED.test(text);
}
