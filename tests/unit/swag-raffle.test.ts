/**
 * Swag is won, not registered for: a raffle (抽奖) is entered to win it, the Chinese posts call it 礼品 ("有机会赢取礼品"),
 * and swag asked beside taking part ("周边 怎么参加") asks how it is won. A user notices whether the answer line says how
 * the swag was won (shipped index).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { understand } from '../../src/understand/index.js';
import { shippedService } from '../helpers/engine.js';

let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});

/** The two ways the 4th birthday's swag was won: tweeting with its hashtag, or asking at its community meetup. */
const HOW_WON = /#IstioTurns4|社区会议|community meetup/;

describe('winning swag', () => {
  it('reads a draw (抽奖) as a way to get a thing, 抽奖 as one word', () => {
    for (const text of ['生日那周 要怎么抽奖', '抽奖 怎么参加']) expect(understand(text).ask).toBe('buy');
    expect(understand('四周年 抽奖').words.groups.map((group) => group.word)).not.toContain('奖');
  });


  it('says how the birthday swag was won, asked as a raffle, as 礼品 or beside taking part', () => {
    for (const text of ['四周年那次抽奖怎么参与', 'istio 4 周年 礼品 如何获得', '四周年活动 要拿周边 怎么参加']) {
      expect(engine.answer(text).direct?.text ?? '', text).toMatch(HOW_WON);
    }
  });

  it('still reads taking part in an event with no swag named as registering', () => {
    expect(understand('istio day london 怎么参加').ask).toBe('register');
  });
});
