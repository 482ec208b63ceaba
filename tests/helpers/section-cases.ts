import type { Answer } from '../../src/answer/index.js';
import { messages } from '../../src/i18n/index.js';
import type { SectionKind } from '../../src/present/index.js';
import { answer, eventInfo, result, talk } from './answers.js';

const en = messages('en');

/** Text each section kind shows, unchanged by any surface's escaping, so its place can be found on every surface. */
export const MARKERS: Record<SectionKind, string> = {
  note: en.truncated(500),
  direct: 'DirectAnswerLine',
  passages: 'PassageTitleMarker',
  talks: 'TalkTitleMarker',
  events: 'EventNameMarker',
  empty: 'No passages match',
  help: en.helpTitle,
};

/** Every part an answer can hold, each named by its marker. */
export const FULL = {
  truncated: true,
  direct: { text: MARKERS.direct, url: 'https://istio.io/latest/blog/2032/istio-day-montreal/', lang: 'en' as const },
  results: [result({ title: MARKERS.passages })],
  talks: [talk({ title: MARKERS.talks, titles: { en: MARKERS.talks } })],
  events: [eventInfo({ name: MARKERS.events })],
};

/** One answer of each intent, with every part the intent can hold, and the order they are shown in. */
export const SECTION_CASES: Array<{ name: string; answer: Answer; order: SectionKind[] }> = [
  { name: 'search', answer: answer({ ...FULL, intent: 'search' }), order: ['note', 'direct', 'passages', 'talks', 'events'] },
  { name: 'talks', answer: answer({ ...FULL, intent: 'talks' }), order: ['note', 'direct', 'talks', 'passages', 'events'] },
  { name: 'speaker', answer: answer({ ...FULL, intent: 'speaker', direct: undefined }), order: ['note', 'talks', 'passages', 'events'] },
  { name: 'events', answer: answer({ ...FULL, intent: 'events' }), order: ['note', 'direct', 'events', 'talks', 'passages'] },
  { name: 'next', answer: answer({ ...FULL, intent: 'next', truncated: false }), order: ['direct', 'events', 'talks', 'passages'] },
  { name: 'help', answer: answer({ ...FULL, intent: 'help' }), order: ['note', 'help'] },
  { name: 'no match', answer: answer({ intent: 'search', query: 'zzz', results: [], total: 0, suggestions: ['ambient'] }), order: ['empty'] },
];

/** The section kinds in the order their markers appear in a surface's text. */
export function kindsIn(text: string): SectionKind[] {
  return (Object.keys(MARKERS) as SectionKind[])
    .map((kind) => ({ kind, at: text.indexOf(MARKERS[kind]) }))
    .filter((found) => found.at >= 0)
    .sort((a, b) => a.at - b.at)
    .map((found) => found.kind);
}
