import { describe, expect, it } from 'vitest';
import { anchorsOfYear } from '../../src/indexer/anchor-years.js';
import { eventLinkKind, eventLinksOf, isOtherEventsLink } from '../../src/indexer/event-links.js';
import { extractKnowledge } from '../../src/indexer/knowledge.js';
import type { ParsedPost } from '../../src/indexer/types.js';
import type { Lang, Talk } from '../../src/model/index.js';
import { post, type Section } from '../helpers/parsed-post.js';

const KUBECON = 'KubeCon + CloudNativeCon Europe 2030';

const kubeconPost = (sections: Section[], lang: Lang = 'en'): ParsedPost =>
  post(lang, '2030/kubecon-eu', { title: 'Istio at KubeCon Europe 2030', date: '2030-03-10', event: KUBECON }, [
    { text: 'KubeCon + CloudNativeCon Europe 2030 took place in Lisbon from 18 to 21 March 2030.' },
    ...sections,
  ]);

/** Our own post about the Istio Day, its talks in our talk-line format. */
const dayPost = (sections: Section[]): ParsedPost =>
  post('en', '2030/istio-day-lisbon', { title: 'Istio Day Europe 2030 in Lisbon', date: '2030-03-30', event: 'Istio Day Europe 2030' }, [
    { text: 'Istio Day Europe 2030 took place on 18 March 2030 in Lisbon, co-located with KubeCon + CloudNativeCon Europe.' },
    ...sections,
  ]);

const where = (talks: readonly Talk[], url: string): Array<[string, string | null]> =>
  talks.filter((talk) => talk.video === url || talk.schedule === url).map((talk) => [talk.title, talk.event]);

describe('where an announcement places a talk', () => {
  it('gives no event to the items under a heading that names an event and other sessions', () => {
    const { talks } = extractKnowledge([
      kubeconPost([
        { headings: ['Istio Day and Key Sessions'], text: 'Join us at Istio Day on 18 March, a full day of sessions.' },
        {
          headings: ['Istio Day and Key Sessions'],
          text: 'Catch the TOC session: Istio Project Updates: Ambient and Beyond — the roadmap for 2031.',
          anchors: [{ text: 'Istio Project Updates: Ambient and Beyond', url: 'https://sched.co/2AbC1' }],
        },
      ]),
    ]);
    expect(where(talks, 'https://sched.co/2AbC1')).toEqual([['Istio Project Updates: Ambient and Beyond', KUBECON]]);
  });

  it("files a session whose title names its track there, whatever the caption above it says", () => {
    const { talks } = extractKnowledge([
      kubeconPost([
        {
          text: 'The Istio maintainer track session at KubeCon EU 2030. The Contribfest Hands-on Contribution Workshop by Rosa Diaz was well received.',
          anchors: [{ text: 'The Contribfest Hands-on Contribution Workshop', url: 'https://sched.co/2AbC2' }],
        },
      ]),
    ]);
    expect(where(talks, 'https://sched.co/2AbC2')).toEqual([['The Contribfest Hands-on Contribution Workshop', `${KUBECON} ContribFest`]]);
  });
});

describe('where a recap places a talk', () => {
  it('keeps a paragraph on the event it named for the talk before', () => {
    const { talks } = extractKnowledge([
      kubeconPost([
        {
          text: 'Istio Day kicked off with a keynote on Mesh Roadmaps Ahead. We also had a very interesting talk by Rosa Diaz on scaling Istio to many clusters.',
          anchors: [
            { text: 'Mesh Roadmaps Ahead', url: 'https://sched.co/2AbC5' },
            { text: 'scaling Istio to many clusters', url: 'https://sched.co/2AbC6' },
          ],
        },
      ]),
    ]);
    expect(where(talks, 'https://sched.co/2AbC6')).toEqual([['scaling Istio to many clusters', 'Istio Day Europe 2030']]);
  });

  it('reads no event from the image caption before the talk', () => {
    const caption = 'The ContribFest workshop at KubeCon EU 2030.';
    const recap = kubeconPost([
      {
        text: `${caption} A panel on Mesh Battle Scars and Lessons, led by three maintainers, filled the room.`,
        anchors: [{ text: 'Mesh Battle Scars and Lessons', url: 'https://sched.co/2AbC4' }],
      },
    ]);
    const draft = recap.passages.at(-1);
    if (draft) draft.captions = [[0, caption.length]];
    expect(where(extractKnowledge([recap]).talks, 'https://sched.co/2AbC4')).toEqual([['Mesh Battle Scars and Lessons', KUBECON]]);
  });
});

describe('one talk told by several posts', () => {
  const video = 'https://www.youtube.com/watch?v=AbCdEfGhIj1';
  const ourLine: Section = {
    headings: ['Talks'],
    text: 'Istio roadmap update, by Lin Sun (Solo.io). ▶ Video. The plans for the year.',
    anchors: [{ text: '▶ Video', url: video }],
  };

  it('takes the event and the title its listed copy gives, not a recap sentence’s words or the conference', () => {
    const recap = kubeconPost([
      {
        text: 'This was followed by a roadmap update session from Lin Sun, which stirred some discussion.',
        anchors: [{ text: 'roadmap update session', url: 'https://youtu.be/AbCdEfGhIj1' }],
      },
    ]);
    const { talks } = extractKnowledge([recap, dayPost([ourLine])]);
    expect(where(talks, video)).toEqual([
      ['Istio roadmap update', 'Istio Day Europe 2030'],
      ['Istio roadmap update', 'Istio Day Europe 2030'],
    ]);
  });

  it('keeps a listed copy where its list places it when only a recap sentence places it elsewhere', () => {
    const schedule = 'https://sched.co/2AbC3';
    const recap = kubeconPost([
      {
        text: 'The ContribFest workshop at KubeCon EU 2030. A panel on Mesh Battle Scars and Lessons, led by three maintainers, filled the room.',
        anchors: [{ text: 'Mesh Battle Scars and Lessons', url: schedule }],
      },
    ]);
    const ours = dayPost([
      { headings: ['At KubeCon'], text: 'Mesh Battle Scars and Lessons. Schedule. A panel of maintainers.', anchors: [{ text: 'Schedule', url: schedule }] },
    ]);
    const { talks } = extractKnowledge([recap, ours]);
    expect(where(talks, schedule).map(([, event]) => event)).toEqual([KUBECON, KUBECON]);
  });

  it("files last year's recording a call to register links under last year's event, where a list places it", () => {
    const recording = 'https://www.youtube.com/watch?v=AbCdEfGhIj2';
    const register = post('en', '2031/istiocon-register', { title: 'Register for IstioCon 2031', date: '2031-01-10', event: 'IstioCon 2031' }, [
      {
        text: 'IstioCon 2031 takes place online in April. In 2030, participants learned how a bank set up a secure platform with Istio.',
        anchors: [{ text: 'how a bank set up a secure platform with Istio', url: recording }],
      },
    ]);
    const ours = post('en', '2030/istiocon', { title: 'IstioCon 2030', date: '2030-02-01', event: 'IstioCon 2030' }, [
      { text: 'IstioCon 2030 was held online from 22 to 26 February 2030.' },
      { headings: ['Talks'], text: 'A secure banking platform with Istio. ▶ Video. How a bank runs Istio.', anchors: [{ text: '▶ Video', url: recording }] },
    ]);
    const { talks } = extractKnowledge([register, ours]);
    expect(where(talks, recording).map(([, event]) => event)).toEqual(['IstioCon 2030', 'IstioCon 2030']);
  });
});

describe("an event's links", () => {
  it("are not another region's conference pages, a co-located event's page or IstioCon's", () => {
    const europe = { name: KUBECON, kind: 'kubecon' as const };
    expect(isOtherEventsLink('https://events.linuxfoundation.org/kubecon-cloudnativecon-north-america/co-located-events/istio-day/', europe)).toBe(true);
    expect(isOtherEventsLink('https://events.linuxfoundation.org/kubecon-cloudnativecon-europe/co-located-events/istio-day/', europe)).toBe(true);
    expect(isOtherEventsLink('https://events.linuxfoundation.org/kubecon-cloudnativecon-europe/features-add-ons/maintainer-summit/', europe)).toBe(true);
    expect(isOtherEventsLink('https://events.linuxfoundation.org/kubecon-cloudnativecon-europe/program/schedule/', europe)).toBe(false);
    const day = { name: 'Istio Day Europe 2030', kind: 'istio-day' as const };
    expect(isOtherEventsLink('https://events.linuxfoundation.org/kubecon-cloudnativecon-europe/co-located-events/istio-day/', day)).toBe(false);
    const summit = { name: 'Maintainer Summit Europe 2030', kind: 'co-located' as const };
    expect(isOtherEventsLink('https://events.linuxfoundation.org/kubecon-cloudnativecon-europe/features-add-ons/maintainer-summit/', summit)).toBe(false);
  });

  it("are no KubeCon's pages for an event held on its own, unless that KubeCon is of the event's region", () => {
    const online = { name: 'IstioCon 2030', kind: 'istiocon' as const };
    expect(isOtherEventsLink('https://events.linuxfoundation.org/kubecon-cloudnativecon-north-america/', online)).toBe(true);
    expect(isOtherEventsLink('https://events.istio.io/istiocon-2030/', online)).toBe(false);
    const china = { name: 'IstioCon China 2030', kind: 'istiocon' as const };
    expect(isOtherEventsLink('https://www.lfasiallc.com/kubecon-cloudnativecon-open-source-summit-china/', china)).toBe(false);
  });

  it("take no IstioCon's slides page for another event's, however its post points to it", () => {
    const sessions = 'https://events.istio.io/istiocon-2030/sessions/';
    expect(eventLinksOf({ name: 'Istio 13th Birthday Celebration', kind: 'birthday' }, [], [sessions]).slides).toEqual([]);
    expect(eventLinksOf({ name: 'IstioCon 2030', kind: 'istiocon' }, [], [sessions]).slides).toEqual([sessions]);
  });

  it('are not the links of a paragraph about another year', () => {
    const text = 'Register now for IstioCon 2030. In 2029, more than 4,000 people joined. They heard from Airbnb and eBay, among many more examples. Sessions of 2030 are on the schedule.';
    const at = (words: string, url: string) => ({ text: words, url, start: text.indexOf(words), end: text.indexOf(words) + words.length });
    const anchors = [at('Register now', 'https://example.com/register'), at('many more examples', 'https://example.com/2029-playlist'), at('schedule', 'https://example.com/schedule')];
    expect(anchorsOfYear(text, anchors, 2030).map((anchor) => anchor.url)).toEqual(['https://example.com/register', 'https://example.com/schedule']);
    expect(anchorsOfYear(text, anchors, null)).toHaveLength(3);
  });

  it("call no shop a schedule: the CNCF store's home page is no event's page", () => {
    expect(eventLinkKind('https://store.cncf.io/', 'CNCF store')).toBeNull();
    expect(eventLinkKind('https://www.cncf.io/kubecon-cloudnativecon-events/', 'KubeCon')).toBe('schedule');
  });

  it('call the page a post calls the schedule or agenda the schedule, and a plain page nothing', () => {
    expect(eventLinkKind('https://events.istio.io/istiocon-2030/schedule/', 'full schedule')).toBe('schedule');
    expect(eventLinkKind('https://events.istio.io/istiocon-2030/schedule/chinese/', '中文议程')).toBe('schedule');
    expect(eventLinkKind('https://events.istio.io/istiocon-2030/schedule/', 'here')).toBeNull();
  });

  it('call a call for proposals what the shared vocabulary calls one', () => {
    expect(eventLinkKind('https://example.org/istio-day', 'Submit your session proposal')).toBe('cfp');
    expect(eventLinkKind('https://example.org/istio-day', '提交议题')).toBe('cfp');
    expect(eventLinkKind('https://sessionize.com/istio-day-2030', 'here')).toBe('cfp');
  });

  it("are never another region's page, even when a passage about the event links to it", () => {
    const { events } = extractKnowledge([
      kubeconPost([
        {
          text: 'Thanks to everyone who came. See you at Istio Day in Atlanta in November!',
          anchors: [{ text: 'Istio Day in Atlanta', url: 'https://events.linuxfoundation.org/kubecon-cloudnativecon-north-america/co-located-events/istio-day/' }],
        },
      ]),
    ]);
    const kubecon = events.find((event) => event.name === KUBECON);
    expect(kubecon?.links.schedule).toEqual([]);
  });
});
