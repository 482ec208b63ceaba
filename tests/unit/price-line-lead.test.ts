/**
 * Asked what taking part costs or takes, the line quotes the sentence that says it; the passage shown first is
 * another post that says it too (two sources that agree), else the quoted passage, never one that says nothing of it.
 */
import { describe, expect, it } from 'vitest';
import { priceLine } from '../../src/answer/price-line.js';
import type { RankedPassages } from '../../src/find/index.js';
import type { Passage } from '../../src/model/index.js';
import { understand } from '../../src/understand/index.js';

const EVENT = 'IstioCon 2031';

const passage = (id: string, text: string, facts: Record<string, unknown> = {}): Passage =>
  ({ id: `${id}#0`, postId: id, title: `Post ${id}`, url: `https://istio.io/latest/blog/2031/${id}/`, postUrl: `https://istio.io/latest/blog/2031/${id}/`, text, lang: 'en', headings: [], event: EVENT, date: '2031-03-01', links: { videos: [], slides: [], schedule: [], other: [] }, facts }) as unknown as Passage;

const rankedOf = (passages: readonly Passage[]): RankedPassages => passages.map((one, index) => ({ passage: one, score: passages.length - index, terms: () => [] }));

const intro = passage('intro', 'IstioCon 2031 brings the community together for a week of talks about the mesh.');
const announcement = passage('announcement', 'Do not miss it! Registration is free. See you at the conference.');
const eventPage = passage('event-page', 'IstioCon 2031 ran online for a week. Registration was free of charge for everyone.');

const leadOf = (question: string, passages: readonly Passage[]) => priceLine(understand(question), rankedOf(passages), [EVENT]);

describe('the line of what taking part costs', () => {
  it('quotes the best sentence and shows first another post that says it too', () => {
    const lead = leadOf('is istiocon 2031 free to attend', [announcement, intro, eventPage]);
    expect(lead?.direct?.text).toBe('Post announcement: Registration is free.');
    expect(lead?.first?.passage.postId).toBe('event-page');
  });

  it('shows the quoted passage first when no other post says it, above an introduction that does not', () => {
    const lead = leadOf('do i have to pay for istiocon 2031', [intro, announcement]);
    expect(lead?.direct?.text).toBe('Post announcement: Registration is free.');
    expect(lead?.first?.passage.postId).toBe('announcement');
  });

  it('takes another passage of the same post before the quoted one, and never a passage about another event', () => {
    const later = { ...passage('announcement', 'Registration is free again, as every year.'), id: 'announcement#1' };
    expect(leadOf('do i have to pay for istiocon 2031', [announcement, later])?.first?.passage.id).toBe('announcement#1');
    const elsewhere = { ...passage('other-event', 'Registration for IstioCon 2030 was free of charge.'), event: 'IstioCon 2030' } as Passage;
    expect(leadOf('is istiocon free', [announcement, elsewhere])?.first?.passage.postId).toBe('announcement');
  });

  it('takes no site banner for the second source, and moves nothing up from below the first page', () => {
    const banner = passage('banner', 'Registration for IstioCon 2031 is free, sign up now!', { banner: true });
    expect(leadOf('is istiocon 2031 free', [announcement, banner, intro])?.first?.passage.postId).toBe('announcement');
    const low = leadOf('is istiocon 2031 free', [intro, passage('other', 'A word on the mesh.'), passage('more', 'Another word.'), announcement]);
    expect(low?.direct?.text).toBe('Post announcement: Registration is free.');
    expect(low?.first).toBeUndefined();
  });
});

describe('the price of the one edition a time word picks', () => {
  it('is looked for below the passages "cost" ranks first, among that edition\'s sentences only', () => {
    const talks = [1, 2, 3, 4, 5].map((at) => ({ ...passage('talks', `Session ${at} showed how the mesh cut compute cost for a bank.`), id: `talks#${at}` }));
    expect(leadOf('what did the first istiocon cost', [...talks, announcement])?.direct?.text).toBe('Post announcement: Registration is free.');
  });
});
