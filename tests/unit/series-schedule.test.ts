/**
 * The schedule of a series named without a year ("istio day europe agenda", "istiocon 议程") is its latest edition's that
 * the posts give one of, named in the line; of the edition with a session list in the language named, when one is.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { shippedService } from '../helpers/engine.js';

let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});

describe('the schedule of a series named without a year', () => {
  it("is its latest edition's, named, in en and zh", () => {
    expect(engine.answer('whats on the istio day europe programme').direct).toMatchObject({
      text: 'Schedule of Istio Day Europe 2025',
      url: 'https://events.linuxfoundation.org/kubecon-cloudnativecon-europe/co-located-events/istio-day/',
    });
    expect(engine.answer('北美那边 istio day 的日程').direct?.text).toBe('Istio Day North America 2025 的日程');
  });

  it('is that of the edition with a session list in the language named', () => {
    expect(engine.answer('istiocon 的中文议程在哪').direct?.url).toBe('https://events.istio.io/istiocon-2021/schedule/chinese/');
  });

  it('gets no line of the latest when it asks when a schedule came out', () => {
    expect(engine.answer('when is the istio day agenda published').direct?.text ?? '').not.toBe('Schedule of Istio Day North America 2025');
  });
});

describe('the schedule of an event the posts give no schedule page of', () => {
  it('links the conference site its programme lived on, named its event page, in en and zh', () => {
    expect(engine.answer('istiocon 2022 schedule').direct).toMatchObject({ text: 'Event page of IstioCon 2022', url: 'https://events.istio.io/istiocon-2022/' });
    expect(engine.answer('istiocon 2022 的议程').direct).toMatchObject({ text: 'IstioCon 2022 的活动页面', url: 'https://events.istio.io/istiocon-2022/' });
  });
});

describe('the schedule of one session', () => {
  it('links the schedule page of the one session whose title the question names, in en and zh', () => {
    expect(engine.answer('gateway api table stakes schedule').direct).toMatchObject({ text: 'Schedule of “Gateway API: Table Stakes” (KubeCon + CloudNativeCon North America 2025)', url: 'https://sched.co/27No3' });
    expect(engine.answer('kagent demo 日程').direct).toMatchObject({ text: expect.stringMatching(/kagent.*的日程（KubeCon \+ CloudNativeCon Europe 2025）$/) as unknown, url: 'https://sched.co/1x0Gh' });
  });
});

describe('a co-located day named in passing by the words of a talk given elsewhere', () => {
  it('gets no line of that day\'s schedule or slides, which the talk asked for is not on; its own talks keep it', () => {
    // "platform" is Platform Engineering Day's, "cloud native" Cloud Native AI Day's: here words of talks given at other events.
    expect(engine.answer('sched page of the platform building blocks keynote').direct?.text ?? '').not.toMatch(/Platform Engineering Day/);
    expect(engine.answer('automated cloud native incident response schedule link').direct?.text ?? '').not.toMatch(/Cloud Native AI Day/);
    // Named in full, or by the words of its own session, the day's schedule answers.
    expect(engine.answer('platform engineering day agenda').direct?.text).toMatch(/^Schedule of Platform Engineering Day Europe 2024/);
    expect(engine.answer('izzy book reading schedule link').direct?.text).toMatch(/^Schedule of Izzy Saves the Birthday book launch/);
  });
});

describe('the schedule of the sessions of an Istio Day whose programme no post lists', () => {
  it("is the Istio Day's own schedule page, not its conference's talks standing in, in en and zh", () => {
    expect(engine.answer('salt lake city istio day talks schedule?').direct).toMatchObject({
      text: 'Schedule of Istio Day North America 2024',
      url: 'https://events.linuxfoundation.org/kubecon-cloudnativecon-north-america/co-located-events/istio-day/',
    });
    expect(engine.answer('2024 巴黎 istio day 的议题日程').direct?.text).toBe('Istio Day Europe 2024 的日程');
  });

  it('is still the schedule page of a talk of the conference the question titles', () => {
    expect(engine.answer('istio project update paris 2024 schedule page').direct?.text ?? '').not.toMatch(/^Schedule of Istio Day/);
  });
});
