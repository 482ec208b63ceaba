import { describe, expect, it } from 'vitest';
import { classifyLink, normalizeYouTube, saysSlidesOnSchedule } from '../../src/domain/index.js';
import { headingSlug, postUrlFor, resolveLink } from '../../src/indexer/urls.js';

describe('links', () => {
  it.each([
    'https://youtu.be/AbCdEf12345',
    'https://www.youtube.com/embed/AbCdEf12345',
    'https://youtube.com/watch?v=AbCdEf12345&list=PL1&index=3',
    'https://m.youtube.com/shorts/AbCdEf12345',
    'https://www.youtube-nocookie.com/embed/AbCdEf12345?start=10',
  ])('writes the YouTube link %s in its one form', (url) => {
    expect(normalizeYouTube(url)).toBe('https://www.youtube.com/watch?v=AbCdEf12345');
  });

  it('keeps YouTube playlists as recordings in their one form', () => {
    expect(classifyLink('https://youtube.com/playlist?list=PL7wB27eZmdf&feature=share', false)).toEqual({
      kind: 'videos',
      url: 'https://www.youtube.com/playlist?list=PL7wB27eZmdf',
    });
  });

  it.each([
    'https://speakerdeck.com/someone/istio-ambient',
    'https://www.slideshare.net/someone/istio-at-scale',
    'https://slides.com/someone/mesh',
    'https://docs.google.com/presentation/d/abc/edit',
    'https://static.sched.com/hosted_files/kccnceu2024/ab/istio-day.pdf',
    'https://example.org/meetup/slides/talk-1.pdf',
  ])('calls the deck %s slides', (url) => {
    expect(classifyLink(url, false).kind).toBe('slides');
  });

  it.each([
    'https://sched.co/1R2tA',
    'https://kccncna2023.sched.com/event/1R2tA/some-talk',
    'https://istioconchina2023.sched.com/',
    'https://colocatedeventseu2024.sched.com/overview/type/Istio+Day',
    'https://events.linuxfoundation.org/kubecon-cloudnativecon-europe/co-located-events/istio-day/',
    'https://events.istio.io/istiocon-2022/',
  ])('calls the schedule or event page %s a schedule, not slides', (url) => {
    expect(classifyLink(url, false).kind).toBe('schedule');
  });

  it.each([
    'https://events.linuxfoundation.org/kubecon-cloudnativecon-north-america/register/',
    'https://events.linuxfoundation.org/kubecon-cloudnativecon-north-america/co-located-events/istio-day/#call-for-proposals',
    'https://events.linuxfoundation.org/kubecon-cloudnativecon-europe/co-located-events/cfp-colocated-events/',
    'https://events.istio.io/istiocon-2021/slides/IstioCon2021-Report.pdf',
  ])('calls the registration, call-for-proposals or report page %s neither a schedule nor slides', (url) => {
    expect(classifyLink(url, false).kind).toBe('other');
  });

  it('calls a page slides when the sentence says the slides are there, but a schedule or event page a schedule all the same', () => {
    expect(classifyLink('https://events.istio.io/istiocon-2021/sessions/', true).kind).toBe('slides');
    expect(classifyLink('https://example.org/meetup/report/talk.pdf', true).kind).toBe('slides');
    expect(classifyLink('https://events.linuxfoundation.org/kubecon/co-located-events/istio-day/', true).kind).toBe('schedule');
    expect(classifyLink('https://istioconchina2023.sched.com/', true).kind).toBe('schedule');
    expect(classifyLink('https://sched.co/1R2tA', true).kind).toBe('schedule');
  });

  it('tells a passage that says the slides are on its schedule page from one that only links a schedule', () => {
    const links = { videos: [], slides: [], schedule: ['https://events.linuxfoundation.org/kubecon/co-located-events/istio-day/'], other: [] };
    expect(saysSlidesOnSchedule('The slides of every session are on the Istio Day schedule.', links)).toBe(true);
    expect(saysSlidesOnSchedule('所有会议的幻灯片都可以在活动日程中找到。', links)).toBe(true);
    expect(saysSlidesOnSchedule('Add the sessions to your schedule.', links)).toBe(false);
    // One talk's session page holds that talk, not every talk's slides.
    expect(saysSlidesOnSchedule('The slides of the talk are on its page.', { ...links, schedule: ['https://sched.co/1R2tA'] })).toBe(false);
  });

  it('does not call a report or a sponsor prospectus PDF slides', () => {
    expect(classifyLink('https://events.linuxfoundation.org/wp-content/uploads/2023/06/sponsor-cncf-2023.pdf', false).kind).toBe('other');
    expect(classifyLink('https://ostif.org/wp-content/uploads/2025/04/Final-Summary-Report.pdf', false).kind).toBe('other');
  });

  it('keeps a docs page as an ordinary link', () => {
    expect(classifyLink('https://docs.google.com/document/d/abc/edit', false)).toEqual({ kind: 'other', url: 'https://docs.google.com/document/d/abc/edit' });
  });
});

describe('URLs', () => {
  it('publishes posts where istio.io does', () => {
    expect(postUrlFor('en/blog/2023/istio-at-kubecon-na/index.md', 'en', 'https://istio.io/latest')).toBe('https://istio.io/latest/blog/2023/istio-at-kubecon-na/');
    expect(postUrlFor('zh/blog/2023/istio-at-kubecon-na/index.md', 'zh', 'https://istio.io/latest')).toBe('https://istio.io/latest/zh/blog/2023/istio-at-kubecon-na/');
    expect(postUrlFor('en/blog/2024/link-post.md', 'en', 'https://istio.io/latest')).toBe('https://istio.io/latest/blog/2024/link-post/');
    expect(postUrlFor('en/blog/2022/istiocon-register/_index.md', 'en', 'https://istio.io/latest')).toBe('https://istio.io/latest/blog/2022/istiocon-register/');
  });

  it('resolves site-relative and page-relative links, and refuses words that are not links', () => {
    const page = 'https://istio.io/latest/blog/2023/x/';
    expect(resolveLink('/zh/blog/2023/istiocon-china/', page, 'https://istio.io/latest')).toBe('https://istio.io/latest/zh/blog/2023/istiocon-china/');
    expect(resolveLink('./photo.jpg', page, 'https://istio.io/latest')).toBe('https://istio.io/latest/blog/2023/x/photo.jpg');
    expect(resolveLink('slack.istio.io', page, 'https://istio.io/latest')).toBe('https://slack.istio.io/');
    expect(resolveLink('link to be added', page, 'https://istio.io/latest')).toBeNull();
    expect(resolveLink('TODO', page, 'https://istio.io/latest')).toBeNull();
    expect(resolveLink('javascript:alert(1)', page, 'https://istio.io/latest')).toBeNull();
  });

  it('names heading anchors as Hugo does', () => {
    expect(headingSlug('Istio Day at KubeCon NA!')).toBe('istio-day-at-kubecon-na');
    expect(headingSlug('奖项与表彰')).toBe('奖项与表彰');
  });
});
