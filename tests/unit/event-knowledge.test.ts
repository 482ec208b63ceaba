import { describe, expect, it } from 'vitest';
import { auditKnowledge } from '../../src/indexer/audit.js';
import { isScheduleOrLanding } from '../../src/domain/index.js';
import { eventLinkKind } from '../../src/indexer/event-links.js';
import { extractKnowledge } from '../../src/indexer/knowledge.js';
import { findMentions } from '../../src/indexer/names.js';
import { parseSpeakerList } from '../../src/indexer/talk-lines.js';
import { scopeIn, scopeName } from '../../src/indexer/talk-events.js';
import type { ParsedPost } from '../../src/indexer/types.js';
import type { EventInfo, Lang } from '../../src/model/index.js';
import { post, type Section } from '../helpers/parsed-post.js';

const recap = (lang: Lang, sections: Section[]): ParsedPost =>
  post(lang, '2030/istio-day-paris', { title: 'Istio Day Europe 2030 in Paris', date: '2030-04-02', event: 'Istio Day Europe 2030' }, sections);

const opening: Section = { text: 'Istio Day Europe 2030 took place on 19 March 2030 in Paris, co-located with KubeCon + CloudNativeCon Europe.' };

describe('where a talk was given', () => {
  it('reads the event a heading or sentence names, narrowest first', () => {
    expect(scopeIn('Istio Day at KubeCon NA')?.kind).toBe('istio-day');
    expect(scopeIn('Recommended Sessions at KubeCon')?.kind).toBe('kubecon');
    expect(scopeIn('维护者专场')?.kind).toBe('maintainer-track');
    expect(scopeIn('Given at Observability Day')).toMatchObject({ kind: 'co-located', label: 'Observability Day' });
    expect(scopeIn('Keynotes')).toBeNull();
    expect(scopeName({ kind: 'maintainer-track', label: null, text: 'Maintainer track' }, 'Istio Day Europe 2030')).toBe(
      'KubeCon + CloudNativeCon Europe 2030 Maintainer Track',
    );
  });

  it('files talks under their heading, their own line, and never under the line of the talk before them', () => {
    const text =
      'Istio Project Update. Schedule. The maintainer track session of the week. Scaling the Mesh. Schedule. A session on scale. Cost Talk. Schedule. Given at Observability Day: costs.';
    const { talks, events } = extractKnowledge([
      recap('en', [
        opening,
        {
          headings: ['At KubeCon', 'KubeCon sessions'],
          text,
          // Our talk lines: the title in bold, then a labelled [Schedule](…) link.
          anchors: [
            { text: 'Schedule', url: 'https://sched.co/aaa1' },
            { text: 'Schedule', url: 'https://sched.co/aaa2' },
            { text: 'Schedule', url: 'https://sched.co/aaa3' },
          ],
        },
      ]),
    ]);
    const eventOf = (title: string) => talks.find((talk) => talk.title === title)?.event;
    expect(eventOf('Scaling the Mesh')).toBe('KubeCon + CloudNativeCon Europe 2030');
    expect(eventOf('Cost Talk')).toBe('Observability Day Europe 2030');
    const kubecon = events.find((event) => event.name === 'KubeCon + CloudNativeCon Europe 2030');
    expect(events.find((event) => event.name === 'Istio Day Europe 2030')?.parent).toBe(kubecon?.id);
    expect(events.find((event) => event.name === 'Observability Day Europe 2030')?.parent).toBe(kubecon?.id);
    // Talks carry their event's start, never the recap's publish date.
    for (const talk of talks) expect(talk.date).toBe('2030-03-19');
    expect(talks.every((talk) => talk.slides === null && talk.schedule?.startsWith('https://sched.co/'))).toBe(true);
  });

  it('tells a talk told in both languages once, with both titles and the links of either copy', () => {
    const video = 'https://www.youtube.com/watch?v=abcdefghij1';
    const en = recap('en', [opening, { headings: ['Talks'], text: 'Ambient at Scale. Video.', anchors: [{ text: 'Ambient at Scale', url: video }] }]);
    const zh = recap('zh', [
      { text: 'Istio Day Europe 2030 于 2030 年 3 月 19 日在巴黎举行。' },
      { headings: ['演讲'], text: '大规模 Ambient。视频。幻灯片。', anchors: [{ text: '大规模 Ambient', url: video }, { text: '幻灯片', url: 'https://example.org/deck.pdf' }] },
    ]);
    const { talks } = extractKnowledge([en, zh]);
    const both = talks.filter((talk) => talk.video === video);
    expect(both).toHaveLength(1);
    expect(both[0]?.titles).toEqual({ en: 'Ambient at Scale', zh: '大规模 Ambient' });
  });
});

describe('speakers and their organisations', () => {
  it('keeps each speaker with their own organisation in our talk lines', () => {
    expect(parseSpeakerList('Louis Ryan, Lin Sun (Solo.io) and Raymond Wong (Forbes)').people).toEqual([
      { name: 'Louis Ryan', organisation: null },
      { name: 'Lin Sun', organisation: 'Solo.io' },
      { name: 'Raymond Wong', organisation: 'Forbes' },
    ]);
  });

  it('gives a list its one trailing organisation, and a bracket only to its own name', () => {
    expect(findMentions('Lukonde Mwila and Ovidiu Valeanu from AWS talked.')[0]?.persons).toEqual([
      { name: 'Lukonde Mwila', organisation: 'AWS' },
      { name: 'Ovidiu Valeanu', organisation: 'AWS' },
    ]);
    expect(findMentions('Alice Smith (Google) and Bob Jones (Microsoft) spoke.')[0]?.persons).toEqual([
      { name: 'Alice Smith', organisation: 'Google' },
      { name: 'Bob Jones', organisation: 'Microsoft' },
    ]);
  });
});

describe('event links by kind', () => {
  it('calls slides only a deck, and sched or event pages the schedule', () => {
    expect(eventLinkKind('https://kccnceu2030.sched.com/', 'the schedule')).toBe('schedule');
    expect(eventLinkKind('https://events.linuxfoundation.org/kubecon-cloudnativecon-europe/program/schedule/', 'slides are here')).toBe('schedule');
    expect(eventLinkKind('https://speakerdeck.com/someone/a-talk', 'slides')).toBe('slides');
    expect(eventLinkKind('https://www.youtube.com/playlist?list=PLabc', 'all recordings')).toBe('recordings');
    expect(eventLinkKind('https://www.youtube.com/watch?v=AbCdEf12345', 'the recordings')).toBe('recordings');
    expect(eventLinkKind('https://www.youtube.com/watch?v=AbCdEf12345', '所有议题的视频')).toBe('recordings');
    // One film shown at the event is not its recordings, in either language.
    expect(eventLinkKind('https://www.youtube.com/watch?v=AbCdEf12345', 'video of contributors congratulating Istio on its CNCF graduation')).toBeNull();
    expect(eventLinkKind('https://www.youtube.com/watch?v=AbCdEf12345', '贡献者、厂商和最终用户祝贺 Istio 从 CNCF 毕业的视频')).toBeNull();
    expect(eventLinkKind('https://events.linuxfoundation.org/kubecon/register/', 'Register now')).toBe('register');
    expect(eventLinkKind('https://sessionize.com/istio-day', 'submit a talk')).toBe('cfp');
    expect(eventLinkKind('https://sched.co/1YhhS', 'a session')).toBeNull();
    expect(isScheduleOrLanding('https://static.sched.com/hosted_files/kccnc/deck.pdf')).toBe(false);
  });
});

describe('the knowledge audit', () => {
  const base = extractKnowledge([recap('en', [opening])]);
  const passages = [recap('en', [opening])].flatMap((parsed) => parsed.passages.map((draft) => draft.passage));

  it('finds nothing wrong in what the posts support', () => {
    expect(auditKnowledge({ ...base, passages }).problems).toEqual([]);
  });

  it('reports an undated event, contradictory dates, a schedule called slides and a post that does not name the event', () => {
    const [event] = base.events as [EventInfo];
    const bad: EventInfo[] = [
      { ...event, id: 'en:a', start: null },
      { ...event, id: 'en:b', start: '2030-03-19', end: '2030-03-01' },
      { ...event, id: 'en:c', slides: 'https://kccnceu2030.sched.com/' },
      { ...event, id: 'en:d', name: 'IstioCon China 2031', kind: 'istiocon', city: 'Shanghai' },
    ];
    const problems = auditKnowledge({ events: bad, talks: [], passages }).problems;
    expect(problems.some((problem) => problem.includes('en:a') && problem.includes('no start date'))).toBe(true);
    expect(problems.some((problem) => problem.includes('en:b') && problem.includes('before it starts'))).toBe(true);
    expect(problems.some((problem) => problem.includes('en:c') && problem.includes('slides'))).toBe(true);
    expect(problems.some((problem) => problem.includes('en:d') && problem.includes('does not name it'))).toBe(true);
  });

  it('indexes a post with an unknown city and an unparseable talk line as text, inventing nothing', () => {
    const odd = post('en', '2031/meetup', { title: 'Istio Meetup 2031 in Atlantis', date: '2031-01-01', event: 'Istio Meetup 2031' }, [
      { text: 'The Istio Meetup 2031 was held in Atlantis. **, by (). [▶ Video]().' },
    ]);
    const { talks, events } = extractKnowledge([odd]);
    expect(talks).toEqual([]);
    expect(events[0]).toMatchObject({ name: 'Istio Meetup 2031', city: null, start: null });
  });
});

describe('events a translation names', () => {
  const kubecon = (lang: Lang, sections: Section[]): ParsedPost =>
    post(lang, '2031/kubecon-eu', { title: 'KubeCon Europe 2031 in Amsterdam', date: '2031-02-01', event: 'KubeCon + CloudNativeCon Europe 2031' }, sections);
  const zh = kubecon('zh', [{ headings: ['Istio Day 议题'], text: '欢迎参加 2031 年的 4 场 Istio 议题。' }]);
  const zhEvents = (en: ParsedPost): string[] =>
    extractKnowledge([en, zh])
      .events.filter((event) => event.lang === 'zh')
      .map((event) => event.name);

  it('are not events when the English original does not name them: the passages stay with the post’s own event', () => {
    const en = kubecon('en', [{ headings: ['Cloud Native Theater'], text: 'Join 4 Istio sessions at the Cloud Native Theater in 2031.' }]);
    expect(zhEvents(en)).toEqual(['KubeCon + CloudNativeCon Europe 2031']);
    expect(zh.passages[0]?.passage.event).toBe('KubeCon + CloudNativeCon Europe 2031');
  });

  it('are events when the original names them too', () => {
    const en = kubecon('en', [{ headings: ['Istio Day'], text: 'Join 4 Istio Day sessions in 2031.' }]);
    expect(zhEvents(en)).toContain('Istio Day Europe 2031');
  });
});
