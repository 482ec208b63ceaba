/**
 * "the chinese sessions of the istiocon 2021 agenda", "istiocon 2021 的中文议程表": an event whose schedule the posts link in
 * several languages' session lists ("…/schedule/english/", "…/schedule/chinese/") is asked for the list in the language the
 * question names, before the full schedule. Pure.
 */
import type { EventInfo } from '../model/index.js';
import { SESSION_LANGUAGES } from '../understand/index.js';

/** `event` with the schedule page of the language `text` names first, when it has one; itself otherwise. */
export function scheduleInLanguage(event: EventInfo, text: string): EventInfo {
  const named = SESSION_LANGUAGES.filter(({ said }) => said.test(text));
  const [language, other] = named;
  if (!language || other) return event;
  const page = event.links.schedule.find((url) => language.path.test(url));
  return page ? { ...event, links: { ...event.links, schedule: [page, ...event.links.schedule.filter((url) => url !== page)] } } : event;
}
