import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { understand } from '../../src/understand/index.js';
import { shippedService } from '../helpers/engine.js';
import { BATTERY_NOW, shownIn } from '../helpers/readings.js';

/**
 * Where the Izzy book is had, asked by people who do not know the posts' words (round 13): the book pointed back at
 * ("那本书", "这本"), "哪能" for where, ordering it, whether it is on sale, an e-book or PDF of it, its price said bare. A user notices whether the answer line says where the book is sold.
 */
let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});

const STORE = /CNCF (?:online )?store|CNCF (?:在线)?商店/i;

describe('where the book is had, asked in other words', () => {
  it.each([
    // A thing pointed back at ("那本", "这本") and "哪能" are no words of it: searched, they kept only "本书" passages.
    '哪能搞到海豚那本书',
    '想买海豚那本书，哪能买',
    // A greeting before a polite request, and its hedges ("might", "possibly"), name nothing to find.
    'Good afternoon! Could somebody kindly point me to where I might buy the Izzy book?',
    'good evening all - where could i possibly purchase the izzy book',
    // Ordering a thing ("order the book", "order a few copies") or asking whether it is on sale is buying it.
    'could we still order a few copies of the phippy book for our team',
    'is the izzy book still on sale',
    'any way to pre-order the dolphin book',
    // Whether it can be had, in stock, ordered, in Chinese and English: the words that ask it name no thing to find.
    'izzy 绘本现在还有货吗',
    'izzy 绘本 如何订',
    '哪里可以订到 izzy 的绘本',
    'is the izzy book purchasable somewhere',
    'izzy book out of stock?',
    'our kids like dolphins - is the istio book still available to buy',
    // The book in another form (downloaded, an e-book, a PDF, 电子版) or its price said bare: where it is sold.
    'is there an ebook of the istio kids book',
    'izzy book as pdf?',
    'the izzy book - how much',
    'izzy 绘本 电子版 在哪下载',
    // The book by what it is, in words the posts do not use (童书, 故事书, a storybook, a picture book).
    '那本讲 istio 的童书 在哪能买',
    'istio 故事书 哪里买得到',
    'where do people buy the istio storybook',
    'istio picture book - where to buy it',
    // The form named is no thing asked about: the line says where the book is sold.
    'can i download the dolphin book',
    'is the izzy book on kindle',
  ])('%s', (q) => {
    expect(understand(q).ask).toBe('buy');
    expect(shownIn(engine.answer(q, { now: BATTERY_NOW }), 'line')).toMatch(STORE);
  });

  it.each([
    // 书 left alone, with nothing else to find: the index holds Chinese in pairs, so searched as itself it found nothing.
    '哪儿能买书',
    '请问 哪里买书',
  ])('%s', (q) => {
    expect(shownIn(engine.answer(q, { now: BATTERY_NOW }), 'line')).toMatch(STORE);
  });

  it('keeps 书 inside another word: a certificate (证书) is no book', () => {
    const answer = engine.answer('证书怎么轮换', { now: BATTERY_NOW });
    expect(answer.results[0]?.text).toMatch(/证书/);
    expect(answer.results.map((result) => result.text).join(' ')).not.toMatch(/绘本|Izzy/);
  });

  it('says how to enter a giveaway asked with no thing named', () => {
    // "how to enter" says how it is got, no thing to find in the sentence that tells it.
    const q = 'the istio birthday giveaway - how to enter?';
    expect(understand(q).ask).toBe('buy');
    expect(shownIn(engine.answer(q, { now: BATTERY_NOW }), 'line')).toMatch(/#IstioTurns4|chance (?:at|to win)(?: some)? (?:Istio )?swag/);
  });

  it.each([
    // What is handed out said as a chat says it (freebies, goodies, 小礼物, 赠品): it is got, at the kiosk.
    ['any freebies at the istio kiosk in atlanta', /T-shirt/],
    ['what goodies did the istio booth have in atlanta', /T-shirt/],
    ['亚特兰大 istio 展台 有小礼物吗', /T 恤/],
    ['istio 展台 有什么赠品', /T 恤/],
    // Shirts said without the "t" ("shirts", "tees") are a thing too: their price asks where they are had, not what registering costs.
    ['how much do the istio shirts cost', /T-shirt/],
  ])('%s', (q, holds) => {
    expect(understand(q).ask).toBe('buy');
    expect(shownIn(engine.answer(q, { now: BATTERY_NOW }), 'line')).toMatch(holds);
  });

  it.each([
    // A shirt asked beside registering: the first registrants got one, a line says so.
    'will i get a tshirt if i register for istiocon 2022',
    'istiocon 2022 注册了 送衣服吗',
    'istiocon 2022 报名 给 T 恤吗',
  ])('%s', (q) => {
    expect(understand(q).ask).toBe('buy');
    expect(shownIn(engine.answer(q, { now: BATTERY_NOW }), 'line')).toMatch(/first 400|前 400 位/);
  });

  it.each([
    // Istio's certification by the words people use (certified, exam, 认证, 考试): the ICA exam the posts announce.
    'what is the ica exam about',
    'ICA 考试 是什么东西',
  ])('%s', (q) => {
    expect(shownIn(engine.answer(q, { now: BATTERY_NOW }), 'line')).toMatch(/Istio Certified Associate|认证助理/);
  });

  it('leaves the order of things and a talk\'s slides to what else the question asks', () => {
    expect(understand('in what order were the books signed').ask).not.toBe('buy');
    expect(understand('izzy book reading slides pdf').ask).toBe('slides');
    expect(understand('怎么订阅 istio 活动的日历').ask).not.toBe('buy');
    expect(understand('morning keynotes at istio day london').rest).toContain('morning');
    expect(understand('istiocon 2022 ticket price, and is there a shirt').ask).toBe('register');
  });
});
