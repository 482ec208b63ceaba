/**
 * A question typed in traditional characters (a Taiwan or Hong Kong input method) is read as the simplified one the posts
 * are written in: its place, its ask and its words are the same.
 */
import { describe, expect, it } from 'vitest';
import { understand } from '../../src/understand/index.js';
import { simplified } from '../../src/understand/simplified.js';

describe('a question in traditional characters', () => {
  it('names the city, the event and the ask its simplified form names', () => {
    const typed = understand('倫敦那場 istio day 的議程在哪裡');
    const plain = understand('伦敦那场 istio day 的议程在哪里');
    expect(typed.entities.cities).toEqual(['London']);
    expect(typed.ask).toBe(plain.ask);
    expect(typed.rest).toBe(plain.rest);
  });

  it('asks the next event, the results of an election and where a thing is bought as its simplified form does', () => {
    expect(understand('下一場 istio day 辦在哪').ask).toBe(understand('下一场 istio day 办在哪').ask);
    expect(understand('指導委員會 選舉結果').ask).toBe('results');
    expect(understand('繪本 哪裡買得到').ask).toBe(understand('绘本 哪里买得到').ask);
  });

  it('asks for slides by the word Taiwan calls them (投影片), not for a video (影片)', () => {
    expect(understand('芝加哥 istio day 的投影片').ask).toBe('slides');
    expect(understand('芝加哥 istio day 的影片').ask).toBe('video');
  });

  it('leaves simplified text, Latin letters and characters the simplified posts use as typed', () => {
    expect(simplified('istio day 伦敦 著名 2025')).toBe('istio day 伦敦 著名 2025');
    expect(simplified('亞特蘭大 議題')).toBe('亚特兰大 议题');
  });
});
