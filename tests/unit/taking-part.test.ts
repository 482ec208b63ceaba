import { describe, expect, it } from 'vitest';
import { saysGotten, saysHowToRegister, saysWhereToGet } from '../../src/facts/index.js';
import { emptyLinks } from '../../src/domain/index.js';

const none = emptyLinks();
const linking = (url: string) => ({ ...emptyLinks(), other: [url] });

describe('where a thing is sold or handed out', () => {
  it('reads the store, the kiosk and a giveaway, in en and zh, and a link to a store', () => {
    expect(saysWhereToGet('The book is available at the CNCF store.', none)).toBe(true);
    expect(saysWhereToGet('T-shirts were handed out at the kiosk.', none)).toBe(true);
    expect(saysWhereToGet('展台还发放了新设计的 T 恤。', none)).toBe(true);
    expect(saysWhereToGet('Read more about the mascot.', linking('https://store.cncf.io/'))).toBe(true);
    // A giveaway: "a chance to win swag", 有机会赢取礼品.
    expect(saysWhereToGet('Tweet about your contribution for a chance to win swag.', none)).toBe(true);
    expect(saysWhereToGet('参加社区会议，也有机会赢取礼品。', none)).toBe(true);
    // Given away, with what was given between the words.
    expect(saysWhereToGet('The authors signed copies of the book and gave them away.', none)).toBe(true);
  });

  it('reads who may have one: "eligible to receive", 有资格获得, 获赠', () => {
    expect(saysWhereToGet('The first 400 registrants are eligible to receive a conference T-shirt.', none)).toBe(true);
    expect(saysWhereToGet('前 400 位注册者有资格获得会议 T 恤。', none)).toBe(true);
    expect(saysWhereToGet('还可以在 CNCF 活动现场获赠一件 Istio T 恤。', none)).toBe(true);
  });

  it('does not read a call to follow for live updates as a thing handed out', () => {
    expect(saysWhereToGet('Follow us on X, LinkedIn or Bluesky to get live updates from the event.', none)).toBe(false);
    expect(saysWhereToGet('关注我们的 X 账号，即可获取活动实时更新。', none)).toBe(false);
    expect(saysGotten('关注我们，获取活动实时更新，还可以在展台领取 T 恤。')).toBe(true);
  });

  it('reads swag bags and raffles as things handed out, in en and zh', () => {
    expect(saysGotten('Attendees met during social hours with a live cartoonist, virtual swag bags, raffles and games.')).toBe(true);
    expect(saysGotten('社交时段有现场漫画师、虚拟礼品袋和抽奖。')).toBe(true);
  });

  it('does not read what an event "has in store", nor registering "in order to" join, as a store or an order', () => {
    expect(saysGotten('This community-led event also has in store two social hours with the community.')).toBe(false);
    expect(saysGotten('It will only require participants to register in order to join.')).toBe(false);
    expect(saysGotten('The book is available at the CNCF store.')).toBe(true);
    expect(saysGotten('You can order a copy online.')).toBe(true);
  });

  it('does not read a passage that says nothing of getting anything', () => {
    expect(saysWhereToGet('The keynote covered ambient mode and waypoints.', linking('https://istio.io/latest/blog/'))).toBe(false);
  });
});

describe('how to sign up for an event', () => {
  it('reads registering, tickets, passes and what it costs, in en and zh, and a link to a registration page', () => {
    expect(saysHowToRegister('Participation is free of charge, and only requires you to register.', none)).toBe(true);
    expect(saysHowToRegister('Attendees can buy an All-Access pass.', none)).toBe(true);
    expect(saysHowToRegister('现场与会者可以选择购买全场门票。', none)).toBe(true);
    expect(saysHowToRegister('Join us in Paris.', linking('https://events.linuxfoundation.org/kubecon-cloudnativecon-europe/register/'))).toBe(true);
  });

  it('does not read a count of who registered as a way to sign up', () => {
    expect(saysHowToRegister('More than 4,000 registrants from 80 countries took part.', none)).toBe(false);
  });
});
