/**
 * "What is X", where X is the very name of an item a recap tells ("Istio Project Meeting. A working meeting of…"): with
 * no line, the passage that tells the item comes first, not one that only shares its words.
 */
import { describe, expect, it } from 'vitest';
import { Programme } from '../../src/answer/programme.js';
import { titledFirst } from '../../src/answer/titled-first.js';
import type { RankedPassages } from '../../src/find/index.js';
import type { Passage } from '../../src/model/index.js';
import { understand } from '../../src/understand/index.js';
import { eventInfo, talk } from '../helpers/answers.js';

const passage = (id: string, text: string): Passage =>
  ({ id, postId: id, title: `Post ${id}`, url: `https://istio.io/latest/blog/2032/${id}/`, postUrl: `https://istio.io/latest/blog/2032/${id}/`, text, lang: 'en', headings: [], event: 'Istio Day North America 2032', date: '2032-11-09', links: { videos: [], slides: [], schedule: [], other: [] }, facts: {} }) as unknown as Passage;

const rankedOf = (passages: readonly Passage[]): RankedPassages => passages.map((one, index) => ({ passage: one, score: passages.length - index, terms: () => [] }));

const pavilion = passage('pavilion', 'The community met at the project pavilion; the hack meeting room was busy all week.');
const meeting = passage('meeting', 'Community Hack Meeting. A working meeting of the contributors on the day before the conference.');
const demo = passage('demo', 'Scaling the mesh with the hack tool: a demo of how the community debugs at scale.');
const programme = new Programme(
  [
    talk({ id: 'm', title: 'Community Hack Meeting', titles: { en: 'Community Hack Meeting' }, passageId: 'meeting' }),
    talk({ id: 'd', title: 'Scaling the mesh with the hack tool', titles: { en: 'Scaling the mesh with the hack tool' }, passageId: 'demo' }),
  ],
  [eventInfo({ name: 'Istio Day North America 2032' })],
);

describe('a "what is" question naming an item by its whole title', () => {
  it('shows first the passage telling the item so named', () => {
    expect(titledFirst(understand('so what was the community hack meeting'), rankedOf([pavilion, demo, meeting]), programme, []).first?.passage.id).toBe('meeting');
  });

  it('moves nothing for a subject a title only holds among other words, nor when the item is first already', () => {
    expect(titledFirst(understand('what is the hack tool'), rankedOf([pavilion, demo, meeting]), programme, []).first).toBeUndefined();
    expect(titledFirst(understand('so what was the community hack meeting'), rankedOf([meeting, pavilion]), programme, []).first).toBeUndefined();
  });
});
