/**
 * "istio day 北美是几号", "kubecon amsterdam when", "where is istio day europe held", "when was istio day 2024": a series
 * named with no time word, and no year or a year of several editions, stands for several events of one kind, and no one
 * of them is the one asked. Their dates (or places) together answer it, newest first, where a line of one of them would
 * guess, and the passage that ranks first would answer for an edition picked by its wording. Pure.
 */
import { OWN_SERIES } from '../domain/index.js';
import type { Question } from '../understand/index.js';
import type { Calendar } from './calendar.js';
import { eventLine, type Whereabouts } from './direct.js';
import { fitsNamed } from './event-match.js';
import { topicOf } from './topic.js';
import type { EventInfo, Lang } from '../model/index.js';
import type { EventPart } from './about-events.js';

/** How many editions the line names: the newest, which a reader most likely means, and the two before. */
const EDITIONS = 3;

/** How the editions are set apart in the line, as the other lines list talks. */
const APART: Record<Lang, string> = { en: '; ', zh: '；' };

/** "第二届", "the third one": which edition, counted from the first; read only of a series named without a year. */
const ORDINAL = /第\s*([二三四五六七八九2-9])\s*[届次场]|\b(second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th)\b/iu;
const NTH: Record<string, number> = { 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6 };

/** The edition an ordinal counts to ("第二届 istiocon": the second of its series the posts know from its start), if any is said. */
function nthOf(text: string): number | null {
  const said = ORDINAL.exec(text);
  const word = said?.[1] ?? said?.[2]?.toLowerCase();
  return word === undefined ? null : (NTH[word] ?? Number.parseInt(word, 10));
}

/**
 * The line naming the editions of the one series `named` holds, with each one's dates and city (venue, asked where),
 * newest first; none when they are not editions of one kind (a conference and the tracks held at it are one event,
 * its tracks no edition), when a time word picks one, or when the question asks about something of them (a topic word).
 */
export function seriesPart(question: Question, named: readonly EventInfo[], calendar: Calendar): EventPart | undefined {
  if (question.time !== null) return undefined;
  const ids = new Set(named.map((event) => event.id));
  const editions = named.filter((event) => event.start && !(event.parent !== null && ids.has(event.parent)));
  const [newest] = editions;
  if (!newest || editions.length < 2 || editions.some((event) => event.kind !== newest.kind || !fitsNamed(event, question))) return undefined;
  // The ordinal itself ("second") is no topic: it says which edition.
  if (topicOf(question, calendar).some((word) => !ORDINAL.test(word))) return undefined;
  const where: Whereabouts = { venue: question.ask === 'where' };
  // An edition counted ("the second istiocon") is that one, of a series whose first edition the posts hold; else none.
  const nth = nthOf(question.rest);
  if (nth !== null) {
    const edition = OWN_SERIES.has(newest.kind) ? editions.at(-nth) : undefined;
    const line = edition && eventLine(edition, question.lang, where);
    return edition && line ? { events: [edition], direct: line } : undefined;
  }
  const shown = editions.slice(0, EDITIONS);
  const lines = shown.map((event) => eventLine(event, question.lang, where));
  const [first] = lines;
  if (!first || lines.some((line) => !line)) return undefined;
  const text = lines.map((line) => line?.text).join(APART[question.lang]);
  return { events: shown, direct: { ...first, text } };
}
