import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answer/index.js';
import { present } from '../../src/present/index.js';
import { sectionsHtml } from '../../src/web/render/sections.js';
import { answer, talk } from '../helpers/answers.js';
import { kindsIn, SECTION_CASES } from '../helpers/section-cases.js';
import { NOW, SURFACES } from '../helpers/surfaces.js';

/** What a reader of the page sees: its text, markup gone and entities decoded. */
function webText(given: Answer): string {
  const presentation = present(given, { now: NOW });
  return DomUtils.textContent(parseDocument(String(sectionsHtml(presentation, { q: given.query, lang: undefined, ui: given.lang, page: 1 }))));
}

describe('the web draws the same sections in the same order as every other surface', () => {
  for (const { name, answer: given, order } of SECTION_CASES) {
    it(`${name}: web order = present order = terminal, Slack and Discord order`, () => {
      expect(present(given, { now: NOW }).sections.map((section) => section.kind)).toEqual(order);
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
