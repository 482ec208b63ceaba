import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answer/index.js';
import { messages } from '../../src/i18n/index.js';
import { present, type SectionKind } from '../../src/present/index.js';
import { sectionsHtml } from '../../src/web/render/sections.js';
import { answer, eventInfo, result, talk } from '../helpers/answers.js';
import { NOW, SURFACES } from '../helpers/surfaces.js';

const en = messages('en');
const MARKERS: Record<SectionKind, string> = {
  note: en.truncated(500),
  direct: 'DirectAnswerLine',
  passages: 'PassageTitleMarker',
  talks: 'TalkTitleMarker',
  events: 'EventNameMarker',
  empty: 'No passages match',
  help: en.helpTitle,
};
const full = {
  truncated: true,
  direct: { text: MARKERS.direct, url: 'https://istio.io/latest/blog/2032/istio-day-montreal/', lang: 'en' as const },
  results: [result({ title: MARKERS.passages })],
  talks: [talk({ title: MARKERS.talks, titles: { en: MARKERS.talks } })],
  events: [eventInfo({ name: MARKERS.events })],
};
const CASES: Array<{ name: string; answer: Answer }> = [
  { name: 'search', answer: answer({ ...full, intent: 'search' }) },
  { name: 'talks', answer: answer({ ...full, intent: 'talks' }) },
  { name: 'speaker', answer: answer({ ...full, intent: 'speaker', direct: undefined }) },
  { name: 'events', answer: answer({ ...full, intent: 'events' }) },
  { name: 'next', answer: answer({ ...full, intent: 'next', truncated: false }) },
  { name: 'help', answer: answer({ ...full, intent: 'help' }) },
  { name: 'no match', answer: answer({ intent: 'search', query: 'zzz', results: [], total: 0, suggestions: ['ambient'] }) },
];

function kindsIn(text: string): SectionKind[] {
  return (Object.keys(MARKERS) as SectionKind[])
    .map((kind) => ({ kind, at: text.indexOf(MARKERS[kind]) }))
    .filter((found) => found.at >= 0)
    .sort((a, b) => a.at - b.at)
    .map((found) => found.kind);
}

/** What a reader of the page sees: its text, markup gone and entities decoded. */
function webText(given: Answer): string {
  const presentation = present(given, { now: NOW });
  return DomUtils.textContent(parseDocument(String(sectionsHtml(presentation, { q: given.query, lang: undefined, ui: given.lang, page: 1 }))));
}

describe('the web draws the same sections in the same order as every other surface', () => {
  for (const { name, answer: given } of CASES) {
    it(`${name}: web order = present order = terminal, Slack and Discord order`, () => {
      const order = present(given, { now: NOW }).sections.map((section) => section.kind);
      expect(kindsIn(webText(given))).toEqual(order);
      for (const draw of Object.values(SURFACES)) expect(kindsIn(draw(given).text)).toEqual(order);
    });
  }

  it('shows a schedule page as Schedule and a talk’s slides as Slides, like the other surfaces', () => {
    const text = webText(answer({ intent: 'talks', talks: [talk()], results: [] }));
    expect(text).toContain('Slides');
    expect(text).toContain('Schedule');
    expect(text).toContain('Jürgen Álvarez (Example Corp), Mina Sato (Sample Inc)');
  });
});
