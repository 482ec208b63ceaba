/**
 * "slides for istio day chicago", "istiocon china 的 ppt 去哪下": the event links no deck of its own, but its post says
 * where every session's slides are ("The slides of every session are on the Istio Day NA 2023 schedule"). The line
 * says the event's slides are on its schedule page and links that page, as the post does; that passage is shown first. No line when no
 * passage of the event says so: the page alone is the schedule, not the slides.
 */
import { isSchedSession, saysSlidesOnSchedule } from '../domain/index.js';
import type { Ranked, RankedPassages } from '../find/index.js';
import type { EventInfo, Lang, Passage } from '../model/index.js';
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

export function deckPageLine(question: Question, ranked: RankedPassages, events: readonly EventInfo[] | undefined, media: EventMedia, lang: Lang): Lead | undefined {
  if (question.ask !== 'slides' || events?.length !== 1) return undefined;
  const [event] = events as [EventInfo];
  const told = media.passages(event.name).filter((passage) => deckPage(passage) !== undefined);
  // The reader's own language's post first: it links the page as that post does.
  const passage = told.find((one) => one.lang === lang) ?? told[0];
  const url = passage && deckPage(passage);
  const direct = url ? { text: ON_SCHEDULE[lang](event.name), url, lang } : undefined;
  if (!passage || !direct) return undefined;
  const first: Ranked = { passage, score: ranked.slice(0, 1)[0]?.score ?? 0, terms: () => [] };
  return { direct, first };
}
