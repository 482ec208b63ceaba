/**
 * A video or slides question naming a series with no year ("istio day na slides", "欧洲 istio day 录像") is answered as
 * for the latest edition whose posts link what is asked (`media-edition.ts`), and a region spelt in full ("north
 * america") names the region as "na" does, no topic of the question (`Calendar.names`). Shipped index.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { shippedService } from '../helpers/engine.js';

let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});

const now = new Date('2026-12-06T09:00:00Z');
const ask = (question: string) => engine.answer(question, { now });

describe('the slides or recordings of a series named without a year', () => {
  it("are its latest edition's that the posts link, past a newer one that links none, in en and zh", () => {
    // Istio Day North America 2025 links no slides; the 2023 one's post says every session's slides are on its schedule page.
    expect(ask('where are the istio day na slides').direct).toMatchObject({
      text: 'The slides of Istio Day North America 2023 are on its schedule page',
      url: 'https://events.linuxfoundation.org/kubecon-cloudnativecon-north-america/co-located-events/istio-day/#thank-you-for-attending',
    });
    expect(ask('北美 istio day 的演示文稿').direct?.text).toBe('Istio Day North America 2023 的幻灯片在其日程页面上');
    expect(ask('istiocon 的录像有吗').direct?.url).toBe('https://www.youtube.com/playlist?list=PL7wB27eZmdffS-g_xh7X-b0echc_XZMKV');
  });

  it('lists the talks of that edition with their recordings, in the order of its programme', () => {
    for (const question of ['recordings of istio day in europe', '欧洲的 istio day 有回放吗']) {
      const { talks } = ask(question);
      expect(new Set(talks.map((talk) => talk.event))).toEqual(new Set(['Istio Day Europe 2025']));
      expect(talks[0]?.video).toBe('https://www.youtube.com/watch?v=v10UpNQIoT0');
    }
  });

  it('keeps every edition asked about when a topic is named, and the one named by its year', () => {
    const kiali = ask('istio day kiali talk video').talks.map((talk) => talk.event);
    expect(kiali).toEqual(expect.arrayContaining(['Istio Day Europe 2025', 'Istio Day North America 2023']));
    // A Chinese topic the vocabulary does not know (身份, "identity") is a topic too: the 2023 talk titled with it.
    expect(ask('istio day 讲身份的那场 录像').direct?.url).toBe('https://www.youtube.com/watch?v=QjmUDNXyckQ');
    expect(ask('istio day na 2025 slides').direct?.text).toBe('The posts link no slides of Istio Day North America 2025');
  });
});

describe('a region spelt in full', () => {
  it('names the region of a series, as its short form does', () => {
    expect(ask('when is istio day north america').direct?.text).toMatch(/^Istio Day North America 2025: 10 November 2025, Atlanta; Istio Day North America 2024: /);
    expect(ask('slides from istio day north america?').direct?.text).toBe('The slides of Istio Day North America 2023 are on its schedule page');
  });
});
