/**
 * "the chinese sessions of the istiocon 2021 agenda", "istiocon 2021 的中文议程表": an event whose schedule the posts link in
 * several languages' session lists ("…/schedule/english/", "…/schedule/chinese/") is asked for the list in the language the
 * question names, before the full schedule. Pure.
 */
import type { EventInfo } from '../model/index.js';

/** A language a question may name, in en and zh, and how a schedule page's address names it. */
const LANGUAGES: readonly { said: RegExp; path: RegExp }[] = [
  { said: /\bchinese\b|中文|汉语|华语/i, path: /\/chinese\b/i },
  { said: /\benglish\b|英文|英语/i, path: /\/english\b/i },
];

/** `event` with the schedule page of the language `text` names first, when it has one; itself otherwise. */
export function scheduleInLanguage(event: EventInfo, text: string): EventInfo {
  const named = LANGUAGES.filter(({ said }) => said.test(text));
  const [language, other] = named;
  if (!language || other) return event;
  const page = event.links.schedule.find((url) => language.path.test(url));
  return page ? { ...event, links: { ...event.links, schedule: [page, ...event.links.schedule.filter((url) => url !== page)] } } : event;
}
