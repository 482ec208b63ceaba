/** The programme lists each talk at the event it was given at, however many posts tell it. */
import { describe, expect, it } from 'vitest';
import { Programme } from '../../src/answer/programme.js';
import { eventInfo, talk } from '../helpers/answers.js';

describe('the talks of a "who" question', () => {
  const mention = talk({ id: 'mention', title: 'the much awaited talk about ambient on Windows', titles: { en: 'the much awaited talk about ambient on Windows' }, speakers: [], people: [], organisations: [] });
  const session = talk({ id: 'session', title: 'Ambient on Windows', titles: { en: 'Ambient on Windows' } });
  const keynote = talk({ id: 'keynote', title: 'Opening keynote', titles: { en: 'Opening keynote' } });
  const programme = new Programme([mention, session, keynote], [eventInfo()]);

  it('come with the talk whose title holds a word of the question first, then those that name their speakers', () => {
    expect(programme.forWho([mention, session, keynote], ['gave', 'keynote']).map((one) => one.id)).toEqual(['keynote', 'session', 'mention']);
    expect(programme.forWho([mention, session, keynote], []).map((one) => one.id)).toEqual(['session', 'keynote', 'mention']);
  });
});

describe('the talks a passage tells', () => {
  const own = talk({ id: 'own', passageId: 'en:events/2032/istio-day#3' });
  const english = talk({ id: 'english', title: 'Architecting ambient for scale', titles: { en: 'Architecting ambient for scale' }, passageId: 'en:events/2032/istio-day#4' });
  const programme = new Programme([own, english], [eventInfo()]);
  // Each text is a passage of its own: an index never gives one id two texts.
  const zh = (text: string) => ({ id: `zh:events/2032/istio-day#${text.length}`, event: 'Istio Day North America 2032', lang: 'zh' as const, text });

  it('are those read from it, else those of its event whose title it holds, in either language', () => {
    expect(programme.told({ id: 'en:events/2032/istio-day#3', event: 'Istio Day North America 2032', lang: 'en', text: '' }).map((one) => one.id)).toEqual(['own']);
    // A translation gives the English title beside its own: its talks are read from the original.
    expect(programme.told(zh('规模化 Ambient 架构（Architecting ambient for scale），由 John Howard 主讲。')).map((one) => one.id)).toEqual(['english']);
    expect(programme.told(zh('没有提到任何演讲。'))).toEqual([]);
  });
});

describe('the talks on a topic', () => {
  // Two copies of one talk (the same video): the English one knows both titles, the Chinese one its speakers.
  const zhTitle = '多集群故障转移实践';
  const english = talk({ id: 'english', titles: { en: 'Multicluster failover in practice', zh: zhTitle }, speakers: [], people: [], organisations: [] });
  const chinese = talk({ id: 'chinese', title: zhTitle, titles: { zh: zhTitle }, lang: 'zh', passageId: 'zh:events/2032/istio-day-montreal#1' });
  const programme = new Programme([english, chinese], [eventInfo()]);

  it('are found by a word of a title in either language, on the one talk the programme makes of its copies', () => {
    const [merged] = programme.all('zh');
    expect(merged?.speakers).toEqual(['Jürgen Álvarez', 'Mina Sato']);
    // One talk, by the copy told in the language asked, with the title the other copy gives.
    const found = programme.onTopic(programme.all('zh'), ['故障转移']);
    expect(found.map((one) => one.id)).toEqual(['chinese']);
    expect(found[0]?.titles).toEqual({ en: 'Multicluster failover in practice', zh: zhTitle });
    expect(programme.onTopic(programme.all('en'), ['failover']).map((one) => one.id)).toEqual(['english']);
  });
});

describe('the talks on a compound topic', () => {
  const given = (id: string, title: string) => talk({ id, title, titles: { en: title }, video: `https://www.youtube.com/watch?v=${id}`, slides: null, schedule: null });
  const inference = given('inference', 'Running inference with Istio and llm-d');
  const routing = given('routing', 'Routing for optimized inference');
  const maze = given('maze', 'Navigating the maze of multi-cluster Istio');
  const programme = new Programme([inference, routing, maze], [eventInfo()]);

  it('are found by the compound as a title writes it, or written as one word', () => {
    expect(programme.onTopic(programme.all('en'), ['inference', 'llm-d']).map((one) => one.id)).toEqual(['inference']);
    expect(programme.onTopic(programme.all('en'), ['multicluster']).map((one) => one.id)).toEqual(['maze']);
    // The line names the topic as typed, not as the programme keeps it.
    expect(programme.titleWord('llm-d')).toBe('llm-d');
    expect(programme.titleWord('multicluster')).toBe('multicluster');
  });
});

describe('the topic a line names', () => {
  // A Chinese title written without spaces keeps a Latin word inside a longer run ("ebpf加速istio").
  const english = talk({ id: 'english', title: 'Redirecting traffic with eBPF', titles: { en: 'Redirecting traffic with eBPF' } });
  const chinese = talk({ id: 'chinese', title: '使用eBPF加速Istio网络', titles: { zh: '使用eBPF加速Istio网络' }, lang: 'zh', passageId: 'zh:events/2032/istio-day-montreal#2' });
  // The Chinese talk listed first: its run comes first in the programme's words.
  const programme = new Programme([chinese, english], [eventInfo()]);

  it('is a Latin word as typed when a title spells it so, not the Chinese run that holds it', () => {
    expect(programme.titleWord('ebpf')).toBe('ebpf');
  });
});

describe('the talks of an event named again', () => {
  const given = (id: string, title: string) => talk({ id, title, titles: { en: title }, video: `https://www.youtube.com/watch?v=${id}`, slides: null, schedule: null });
  const first = given('first', 'Ambient in production');
  const second = given('second', 'Gateway API day two');
  const programme = new Programme([first, second], [eventInfo()]);

  it('are the same talks each time, whatever a reader did with the list it was given before', () => {
    const listed = programme.talksOf(['Istio Day North America 2032'], 'en');
    const ids = listed.map((one) => one.id);
    listed.reverse().pop();
    expect(programme.talksOf(['Istio Day North America 2032'], 'en').map((one) => one.id)).toEqual(ids);
    expect(ids).toHaveLength(2);
  });
});
