/**
 * Round 21: more of the ways Chinese readers ask for a talk's recording or deck. Watching online (在线看, 在线观看, 线上看) and
 * the video sites they use (B站, 哔哩哔哩, bilibili; "vod" in English) ask for the recording, which the posts link on YouTube;
 * a conference's or a talk's materials (会议资料, 分享资料, 演讲材料) are its slides. Each gets the talk's own video or the
 * event's slides, not a list that happens to hold the word 在线 or 分享.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { shippedService } from '../helpers/engine.js';

let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});

const firstVideo = (question: string): string | undefined => {
  const answer = engine.answer(question);
  return answer.direct?.url ?? answer.results[0]?.links.videos[0];
};

describe('a Chinese question that asks to watch a talk online or on a Chinese video site', () => {
  it('gets the recording of the talk it names', () => {
    expect(firstVideo('careem 的 GAMMA 零停机那个 想在线看')).toBe('https://www.youtube.com/watch?v=igJXmbwMYAc');
    expect(firstVideo('geico 在网格里跑数据库的分享 可以线上观看吗')).toBe('https://www.youtube.com/watch?v=3Jy9VKWgHww');
    expect(firstVideo('kiali 2.0 排查 ambient 那场 B站有没有')).toBe('https://www.youtube.com/watch?v=kodNy436ND0');
    expect(firstVideo('credit karma 五万 pod 迁移 哔哩哔哩 上能搜到吗')).toBe('https://www.youtube.com/watch?v=OjT4NmO5MvM');
    expect(firstVideo('any vod of the session where credit karma moved its pods')).toBe('https://www.youtube.com/watch?v=OjT4NmO5MvM');
  });
});

describe('a Chinese question for an event\'s or a talk\'s materials', () => {
  it('gets the slides: the page that holds them, or the talk\'s own deck', () => {
    expect(engine.answer('上海 istiocon 的会议资料在哪').direct?.text).toBe('IstioCon China 2023 的幻灯片在其日程页面上');
    expect(engine.answer('北京 meetup 里 aeraki 的分享资料').direct?.url).toMatch(/howAerakihelpsyoumanageanyLayer7trafficinIstio\.pdf$/);
    expect(engine.answer('北京 meetup 热升级 演讲材料').results[0]?.links.slides[0]).toMatch(/%E7%83%AD%E5%8D%87%E7%BA%A7%E6%8A%80%E6%9C%AF%E5%88%86%E4%BA%AB\.pdf$/);
  });
});
