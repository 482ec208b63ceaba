/**
 * Round 21 (my own wordings): a recording or deck asked of a KubeCon session whose only link is its schedule page. No
 * line answers (there is no recording or deck), so the first passage is what the user sees: it is the passage telling
 * that session, with its schedule page, not an Istio Day recap that links other talks' videos, nor the Istio Day
 * post's page of every Istio Day session's slides, which a KubeCon session told in the same post does not share.
 */
import { describe, expect, it } from 'vitest';
import { corpusEngine } from '../helpers/istio-corpus.js';

const engine = await corpusEngine('istio-first');

const firstSchedule = (question: string): readonly string[] => engine.answer(question).results[0]?.links.schedule ?? [];

describe('a video or slides question about a session with only a schedule page', () => {
  it('shows the passage of that session first, with its schedule page', () => {
    // The English title typed whole, asked in Chinese: the Atlanta recap linking the videos of other gRPC talks ranked first.
    expect(firstSchedule('testing kubernetes without kubernetes 有视频吗')).toContain('https://sched.co/1i7qh');
    expect(firstSchedule('k8gb 全球分布式入口 那个 talk 的 ppt')).toContain('https://sched.co/1R2o5/');
    expect(firstSchedule('证书 flavors 那个 talk 有幻灯片吗')).toContain('https://sched.co/1R2wC');
  });

  it('still shows the page of every session\'s slides first for an Istio Day session', () => {
    expect(engine.answer('slides of the istio identity talk by jackie elliot').results[0]?.links.schedule).toContain(
      'https://events.linuxfoundation.org/kubecon-cloudnativecon-north-america/co-located-events/istio-day/#thank-you-for-attending',
    );
  });
});
