/**
 * Asked a call's tracks or topics, the line gives the whole list its post writes, though the indexer cut it into
 * passages that each show only some of the tracks.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { callList } from '../../src/answer/call-list.js';
import type { RankedPassages } from '../../src/find/index.js';
import type { Passage } from '../../src/model/index.js';
import { understand } from '../../src/understand/index.js';
import { shippedService } from '../helpers/engine.js';

const EVENT = 'Mesh Summit 2031';
const passage = (id: string, text: string, postId = 'post'): Passage =>
  ({ id, postId, title: EVENT, url: `https://example.org/${id}`, postUrl: 'https://example.org/post', text, lang: 'en', headings: ['Call for proposals'], event: EVENT, date: '2031-05-01', links: { videos: [], slides: [], schedule: [], other: [] }, facts: {} }) as unknown as Passage;
const LEAD = 'Talks were taken for three tracks:';
const all = [passage('a', `${LEAD} Security.`), passage('b', 'Formats were 30-minute talks.'), passage('c', `${LEAD} Operations. Extensibility.`), passage('d', `${LEAD} Something else.`, 'other')];
const ranked = (...passages: Passage[]): RankedPassages => passages.map((one, index) => ({ passage: one, score: 10 - index, terms: () => [] }));

describe('the tracks of a call for proposals', () => {
  it('gathers the list from every passage of the post that repeats its lead, in order, the lead once', () => {
    expect(callList(understand('mesh summit 2031 cfp tracks'), ranked(all[2] as Passage), EVENT, all)).toBe(`${LEAD} Security. Operations. Extensibility.`);
  });

  it('reads the list from the post of a first-page passage about the call when the page shows none of its tracks', () => {
    const invite = passage('e', 'We invite everyone to submit a session proposal until May.');
    expect(callList(understand('what subjects can one pitch for mesh summit 2031, which topics'), ranked(invite, all[1] as Passage), EVENT, [...all, invite])).toBe(`${LEAD} Security. Operations. Extensibility.`);
  });

  it('gives no list unless tracks or topics are asked, or when no passage of the first page leads one in or speaks of the call', () => {
    expect(callList(understand('mesh summit 2031 cfp deadline'), ranked(all[0] as Passage), EVENT, all)).toBeUndefined();
    expect(callList(understand('mesh summit 2031 cfp topics'), ranked(all[1] as Passage), EVENT, all)).toBeUndefined();
  });
});

describe('the track a topic fits', () => {
  const tracks = [passage('f', 'Proposals went to four tracks: Security: identity, mTLS and policy. Operations: upgrades and scale at runtime.'), passage('g', 'Proposals went to four tracks: Extensibility: WebAssembly plugins. Community: getting involved.')];

  it('is the one track whose words hold the topic asked, after the lead', () => {
    expect(callList(understand('mesh summit 2031 cfp, which track for a talk about upgrades at scale'), ranked(tracks[0] as Passage), EVENT, tracks)).toBe('Proposals went to four tracks: Operations: upgrades and scale at runtime.');
    const zh = [passage('h', '演讲提案通过报名系统提交，分为三个方向： 安全：身份、mTLS 和策略。 运维：升级与大规模运行。 扩展：WebAssembly 插件。')].map((one): Passage => ({ ...one, lang: 'zh' }));
    expect(callList(understand('mesh summit 2031 征稿 想讲升级和大规模运行 应该投哪个方向'), ranked(zh[0] as Passage), EVENT, zh)).toBe('演讲提案通过报名系统提交，分为三个方向： 运维：升级与大规模运行。');
  });

  it('is the whole list when no track, or several as much, hold the topic', () => {
    const whole = 'Proposals went to four tracks: Security: identity, mTLS and policy. Operations: upgrades and scale at runtime. Extensibility: WebAssembly plugins. Community: getting involved.';
    expect(callList(understand('mesh summit 2031 cfp tracks'), ranked(tracks[0] as Passage), EVENT, tracks)).toBe(whole);
    expect(callList(understand('mesh summit 2031 cfp: which track fits policy or upgrades'), ranked(tracks[0] as Passage), EVENT, tracks)).toBe(whole);
  });
});

describe('asked the tracks of a call (shipped index)', () => {
  let engine: Answerer;
  beforeAll(async () => {
    engine = await shippedService();
  });

  it('names every track of the IstioCon 2022 call in the line', () => {
    const line = engine.answer('which tracks could you submit to for istiocon 2022').direct?.text ?? '';
    expect(line).toMatch(/^Call for proposals of IstioCon 2022: /);
    for (const track of ['Getting started', 'Tools, features', 'Infrastructure and networking', 'Tech evolution']) expect(line).toContain(track);
  });
});
