/**
 * "slides for istio day chicago", "istiocon china 的 ppt 去哪下": the event links no deck of its own, but its post says
 * where every session's slides are ("The slides of every session are on the Istio Day NA 2023 schedule"). The line
 * says the event's slides are on its schedule page and links that page, as the post does; that passage is shown first. No line when no
 * passage of the event says so: the page alone is the schedule, not the slides. A place named alone ("london slides",
 * "芝加哥 ppt") stands for its conference, whose own posts say nothing of slides while the one event held within it (its
 * Istio Day) does: that event's page answers, named as that event, as `linkedEvent` does for a link.
 */
import { isSchedSession, saysSlidesOnSchedule } from '../domain/index.js';
import type { Ranked, RankedPassages } from '../find/index.js';
import type { EventInfo, Lang, Passage, Talk } from '../model/index.js';
import type { Question } from '../understand/index.js';
import type { EventMedia } from './no-media.js';
import type { Lead } from './page.js';

/** The line's words: the slides are on the event's schedule page, as its post says; the page is called a schedule, not slides. */
const ON_SCHEDULE: Readonly<Record<Lang, (name: string) => string>> = {
  en: (name) => `The slides of ${name} are on its schedule page`,
  zh: (name) => `${name} 的幻灯片在其日程页面上`,
};

/** The page a passage says holds the slides: its first schedule link that is no single session's page. */
const deckPage = (passage: Passage): string | undefined => (saysSlidesOnSchedule(passage.text, passage.links) ? passage.links.schedule.find((url) => !isSchedSession(url)) : undefined);

/**
 * The one event asked about: the only one named, else the one every talk listed was given at ("slides for the opening
 * keynote in london": the Istio Day, of the events the city names).
 */
function askedEvent(events: readonly EventInfo[], talks: readonly Talk[]): EventInfo | undefined {
  if (events.length === 1) return events[0];
  const [given, other] = new Set(talks.map((talk) => talk.event));
  return given && other === undefined ? events.find((event) => event.name === given) : undefined;
}

/**
 * `talks`: those listed for the question; `titlesTalk`: whether its words title some talk ("the neonephos keynote in
 * london" asks of a KubeCon keynote, not of the Istio Day held within KubeCon), asked only when the events within are looked at.
 */
export function deckPageLine(question: Question, ranked: RankedPassages, events: readonly EventInfo[] | undefined, media: EventMedia, lang: Lang, talks: readonly Talk[] = [], titlesTalk: () => boolean = () => false): Lead | undefined {
  const asked = question.ask === 'slides' && events ? askedEvent(events, talks) : undefined;
  if (!asked) return undefined;
  const tellers = (name: string): Passage[] => media.passages(name).filter((passage) => deckPage(passage) !== undefined);
  const own = tellers(asked.name);
  // Looked at only when the event's own passages say nothing: the events held within it are few. A talk's own event is
  // what its slides are asked of, never another event held within it.
  const byTalk = events?.length !== 1;
  // The conference named as such ("kubecon na 2023 slides") is what is asked of, not its Istio Day: only a place stands for either.
  const byKind = question.entities.kinds.length > 0;
  const within = own.length || byTalk || byKind || titlesTalk() ? [] : [...new Set(media.tracks(asked))].filter((name) => tellers(name).length > 0);
  const name = own.length || within.length !== 1 ? asked.name : (within[0] as string);
  const told = own.length ? own : tellers(name);
  // The reader's own language's post first: it links the page as that post does.
  const passage = told.find((one) => one.lang === lang) ?? told[0];
  const url = passage && deckPage(passage);
  const direct = url ? { text: ON_SCHEDULE[lang](name), url, lang } : undefined;
  if (!passage || !direct) return undefined;
  const first: Ranked = { passage, score: ranked.slice(0, 1)[0]?.score ?? 0, terms: () => [] };
  return { direct, first };
}
