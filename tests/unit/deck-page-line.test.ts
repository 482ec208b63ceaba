import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { shippedService } from '../helpers/engine.js';

let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});

describe('the slides of an event whose post says they are on its schedule page', () => {
  it('are said to be on that schedule page, which the line links and never calls slides, in en and zh', () => {
    expect(engine.answer('decks from the 2023 chicago istio day, are they online').direct).toMatchObject({
      text: 'The slides of Istio Day North America 2023 are on its schedule page',
      url: 'https://events.linuxfoundation.org/kubecon-cloudnativecon-north-america/co-located-events/istio-day/#thank-you-for-attending',
      lang: 'en',
    });
    expect(engine.answer('上海那届 istiocon 中国站 演讲 ppt').direct).toMatchObject({ text: 'IstioCon China 2023 的幻灯片在其日程页面上', url: 'https://istioconchina2023.sched.com/', lang: 'zh' });
  });

  it('is no line for an event whose posts say nothing of slides: its schedule page is no deck', () => {
    expect(engine.answer('slides of the 2024 istio day in paris').direct?.text).toBe('The posts link no slides of Istio Day Europe 2024');
  });

  it('of a city named alone, are those of the one event held there whose post says where they are, in en and zh', () => {
    expect(engine.answer('any decks from london?').direct).toMatchObject({
      text: 'The slides of Istio Day Europe 2025 are on its schedule page',
      url: 'https://events.linuxfoundation.org/kubecon-cloudnativecon-europe/co-located-events/istio-day/',
    });
    expect(engine.answer('芝加哥那次的 ppt').direct).toMatchObject({ text: 'Istio Day North America 2023 的幻灯片在其日程页面上', lang: 'zh' });
  });

  it('of a KubeCon named as such are never said to be on the schedule page of the istio day held within it, in en and zh', () => {
    expect(engine.answer('where are the decks from kubecon north america 2023').direct?.text ?? '').not.toMatch(/Istio Day/);
    expect(engine.answer('2023 北美 kubecon 的演讲 ppt').direct?.text ?? '').not.toMatch(/Istio Day/);
  });

  it("of one talk at an event the city names, are those of the talk's event, as its post says", () => {
    expect(engine.answer('opening keynote slides from london, please').direct?.text).toBe('The slides of Istio Day Europe 2025 are on its schedule page');
  });

  it("of a KubeCon talk are never said to be on the schedule page of the istio day held within it", () => {
    expect(engine.answer('slides for the neonephos keynote in london').direct?.text ?? '').not.toMatch(/Istio Day/);
  });
});
