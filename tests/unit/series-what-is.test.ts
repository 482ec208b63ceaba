/**
 * "IstioCon as a series, what is it", "istio day 这个系列是啥": a series asked about as a whole. The line says what the series is in a sentence
 * that names no year, and the opening of the post about its first edition comes first, told once it was held.
 */
import { describe, expect, it } from 'vitest';
import { definitionLine, firstEdition } from '../../src/answer/definition-line.js';
import type { RankedPassages } from '../../src/find/index.js';
import { definitionsIn } from '../../src/facts/definitions.js';
import type { Passage } from '../../src/model/index.js';
import { understand } from '../../src/understand/index.js';

const rankedOf = (passages: readonly Passage[]): RankedPassages => passages.map((passage, index) => ({ passage, score: passages.length - index, terms: () => [] }));

const passage = (id: string, text: string, more: Partial<Passage> = {}): Passage =>
  ({ id: `en:${id}#0`, postId: id, title: `Post ${id}`, url: `https://istio.io/${id}/`, postUrl: `https://istio.io/${id}/`, text, lang: 'en', headings: [], event: null, date: '2031-01-01', published: '2031-01-01', links: { videos: [], slides: [], schedule: [], other: [] }, facts: { defines: definitionsIn(text) }, ...more }) as unknown as Passage;

const second = passage('second', 'IstioCon 2032 was the second annual conference of the project, held online.', { event: 'IstioCon 2032', date: '2032-04-20', published: '2032-04-20' });
const announced = passage('announced', 'IstioCon 2031 will be the first conference for Istio.', { event: 'IstioCon 2031', date: '2031-03-01', published: '2030-12-01' });
const recap = passage('recap', 'IstioCon 2031 was the first conference of its own: community-led and free.', { event: 'IstioCon 2031', date: '2031-03-01', published: '2031-03-01' });
const whole = passage('whole', 'Welcome! IstioCon is the annual user-centered event for Istio.');

describe('a series asked about as a whole', () => {
  it('shows first the opening of its first edition, from a post written once it was held', () => {
    expect(firstEdition(understand('what sort of thing is istiocon'), rankedOf([second, announced, recap])).first?.passage.id).toBe('en:recap#0');
    expect(firstEdition(understand('what sort of thing is istiocon'), rankedOf([second, announced])).first?.passage.id).toBe('en:announced#0');
  });

  it('moves nothing when one edition is named, or the question is no "what is"', () => {
    expect(firstEdition(understand('what was istiocon 2032'), rankedOf([second, recap])).first).toBeUndefined();
    expect(firstEdition(understand('when is istiocon'), rankedOf([second, recap])).first).toBeUndefined();
  });

  it('quotes the sentence that names no year before one that says the kind asked of one edition', () => {
    const dated = passage('dated', 'IstioCon 2031 is a community-led online conference.');
    expect(definitionLine(understand('istiocon, what kind of conference is it'), rankedOf([dated, whole]))?.text).toBe('IstioCon is the annual user-centered event for Istio.');
  });
});
