import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { understand } from '../../src/understand/index.js';
import type { Ask } from '../../src/understand/types.js';
import { shippedService } from '../helpers/engine.js';

/**
 * How people ask what can be bought, got, registered for or submitted to, written without reading any question set:
 * the Izzy book, T-shirts, the CNCF store, kiosks, KubeCon tickets and passes, Istio Day registration, IstioCon
 * (virtual, free), calls for proposals and their deadlines; loose names, typos, with and without a year or city, en
 * and zh. A user notices the ask read (buy, register, cfp), the event named, and whether the answer line, or the first
 * passage when there is no line, holds the place, link, price or date asked.
 */
let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});
const now = new Date('2026-12-06T09:00:00Z');

const STORE = /CNCF (?:online )?store|CNCF (?:在线)?商店/i;
const SHIRT = /^(?=.*T-shirt|.*T 恤)(?=.*handed out|.*发放)/i;
const FREE_ISTIOCON = /free to attend|free, entirely online|免费参加/i;
/** No edition of Istio Day gives a registration link: the latest's page on the KubeCon site, where it takes them. */
const ISTIO_DAY_PAGE = /co-located-events\/istio-day/;
const CHICAGO_CALL_CLOSES = /6 August|August 6|8 月 6 日/;
/** Where proposals go: the call's Sessionize page or the co-located events CFP portal (not a post announcing the call). */
const SUBMIT_PAGE = /sessionize|cfp-colocated-events/i;

/** [question, the ask it is read with, the event kind it names (null: none), what the line (text and link) or first passage holds]. */
const BATTERY: readonly (readonly [string, Ask, string | null, RegExp])[] = [
  ['where do i purchase the izzy book', 'buy', null, STORE],
  ['is the izzy picture book for sale anywhere', 'buy', null, STORE],
  ['izzy book store link', 'buy', null, STORE],
  ['how do i get a copy of the izzy book', 'buy', null, /free copies|CNCF store/],
  ['where can i get an istio tshirt', 'buy', null, SHIRT],
  ['how did people get the new istio t-shirt at kubecon na', 'buy', 'kubecon', SHIRT],
  ['is there istio swag at kubecon', 'buy', 'kubecon', SHIRT],
  ['is istiocon free', 'register', 'istiocon', FREE_ISTIOCON],
  ['does istiocon 2021 cost anything to attend?', 'register', 'istiocon', /free/],
  ['is istiocon 2022 virtual', 'register', 'istiocon', /held online|entirely online/],
  ['was istiocon 2021 online', 'register', 'istiocon', /entirely online/],
  ['how much does istiocon cost', 'register', 'istiocon', FREE_ISTIOCON],
  ['do i need an all-access pass for istio day', 'register', 'istio-day', /KubeCon registration/],
  ['when does the istio day cfp close', 'cfp', 'istio-day', CHICAGO_CALL_CLOSES],
  ['where do i submit a talk for istio day', 'cfp', 'istio-day', SUBMIT_PAGE],
  ['istio day call for proposals deadline', 'cfp', 'istio-day', CHICAGO_CALL_CLOSES],
  ['cfp for istiocon 2022 where to submit', 'cfp', 'istiocon', /Sessionize/i],
  ['when did the istiocon 2021 cfp close', 'cfp', 'istiocon', /\d/],
  ['how do i register for istio day', 'register', 'istio-day', ISTIO_DAY_PAGE],
  ['how do i sign up for istio day 2025', 'register', 'istio-day', ISTIO_DAY_PAGE],
  ['istio day registration link', 'register', 'istio-day', ISTIO_DAY_PAGE],
  ['istioday signup', 'register', 'istio-day', ISTIO_DAY_PAGE],
  ['where to get tickets for istio day', 'register', 'istio-day', ISTIO_DAY_PAGE],
  ['register istio day europe london', 'register', 'istio-day', /Istio Day Europe 2025/],
  ['registration for istiocon china', 'register', 'istiocon', /IstioCon China 2023/],
  ['buy izzy saves the birthday', 'buy', null, STORE],
  ['izzy book where to buy online', 'buy', null, STORE],
  ['istio tee shirt kubecon atlanta', 'buy', 'kubecon', SHIRT],
  ['registr for istio day london', 'register', 'istio-day', /Istio Day Europe 2025/],
  ['istio day cfp sessionize link', 'cfp', 'istio-day', SUBMIT_PAGE],
  ['哪里可以买到 izzy 的书', 'buy', null, STORE],
  ['izzy 的绘本在哪里可以买', 'buy', null, STORE],
  ['怎么才能拿到 istio T恤', 'buy', null, SHIRT],
  ['kubecon 上有 istio 周边吗', 'buy', 'kubecon', SHIRT],
  ['kubecon 亚特兰大 t恤', 'buy', 'kubecon', SHIRT],
  ['istiocon 免费吗', 'register', 'istiocon', FREE_ISTIOCON],
  ['istiocon 是线上的吗', 'register', 'istiocon', /全程线上|线上举行/],
  ['istiocon 2022 是在线举办的吗', 'register', 'istiocon', /线上举行/],
  ['istiocon 要多少钱', 'register', 'istiocon', FREE_ISTIOCON],
  ['参加 istio day 需要全通票吗', 'register', 'istio-day', /注册 KubeCon/],
  ['istio day 征稿什么时候截止', 'cfp', 'istio-day', CHICAGO_CALL_CLOSES],
  ['istio day 在哪里投稿', 'cfp', 'istio-day', SUBMIT_PAGE],
  ['istiocon 2022 的 cfp 在哪里提交', 'cfp', 'istiocon', /sessionize/i],
  ['istio day 怎么报名', 'register', 'istio-day', ISTIO_DAY_PAGE],
  ['istio day 报名链接', 'register', 'istio-day', ISTIO_DAY_PAGE],
  ['istio day 欧洲 注册', 'register', 'istio-day', /kubecon-cloudnativecon-europe\/co-located-events\/istio-day/],
  ['istio day 在哪报名', 'register', 'istio-day', ISTIO_DAY_PAGE],
  ['istio day 门票怎么买', 'register', 'istio-day', ISTIO_DAY_PAGE],
  ['izzy 绘本 网上能买吗', 'buy', null, STORE],
  ['在哪买 izzy 拯救生日', 'buy', null, STORE],
  ['istio 的 T 恤 怎么领', 'buy', null, SHIRT],
  ['亚特兰大 kubecon 展台 送 t恤 吗', 'buy', 'kubecon', SHIRT],
  ['istio day 的征稿截止日期', 'cfp', 'istio-day', CHICAGO_CALL_CLOSES],
  ['istiocon 2022 投稿入口', 'cfp', 'istiocon', /sessionize/i],
  ['istiocon 2021 是免费的吗', 'register', 'istiocon', /免费/],
  ['istio day 伦敦 报名', 'register', 'istio-day', /Istio Day Europe 2025/],
  ['izzy 的书 cncf 商店有卖吗', 'buy', null, STORE],
  ['istio day 报名 入口 在哪', 'register', 'istio-day', ISTIO_DAY_PAGE],
  ['istio day 征稿 截至 几号', 'cfp', 'istio-day', CHICAGO_CALL_CLOSES],
  ['istiocon 2022 线上 还是 线下', 'register', 'istiocon', /线上举行/],
  ['istiocon china 怎么报名', 'register', 'istiocon', /IstioCon China 2023/],
  // Who may have one is asked how it is got: the first 400 registrants, not a name.
  ['who can get an istiocon 2022 tshirt', 'buy', 'istiocon', /first 400 people to register qualified for a conference T-shirt/],
  ['istiocon 2022 的 T 恤 谁能领', 'buy', 'istiocon', /前 400 位注册者可获得一件大会 T 恤/],
  // A thing asked free ("免费吗" after it) asks how it is got, not what registering costs; so does the book's signing (签售).
  ['izzy 绘本 免费吗', 'buy', null, /免费赠书|免费赠送/],
  ['伦敦 签售 免费吗', 'buy', null, /签名并免费赠送/],
  ['istio 的 t恤 免费吗', 'buy', null, SHIRT],
  // Who it is for, or what as, names no thing: the store answers; so does an online shop named in Chinese (网店).
  ['hello, where could i buy the izzy book for my son?', 'buy', null, STORE],
  ['izzy book as a gift, where to buy', 'buy', null, STORE],
  ['izzy 绘本 网店', 'buy', null, STORE],
  // Buying said in the passive ("can it be ordered"), and the chat's names for what is handed out ("goodies", "freebies"),
  // which the posts call swag and T-shirts.
  ['can the istio kids book be ordered somewhere', 'buy', null, STORE],
  ['any istio goodies at kubecon chicago?', 'buy', 'kubecon', SHIRT],
  ['were there freebies at the istio kiosk in salt lake city', 'buy', null, SHIRT],
  // A greeting to the channel ("hey folks,") asks nothing; "where i could get my hands on" is where to get it.
  ['hey folks, anyone know where i could get my hands on the izzy book?', 'buy', null, STORE],
  ['hi everyone - where could i get hold of the dolphin book', 'buy', null, STORE],
];

describe('buying, getting, registering and submitting as people phrase them', () => {
  it.each(BATTERY)('%s', (question, ask, kind, holds) => {
    const read = understand(question);
    expect(read.ask).toBe(ask);
    expect(read.entities.kinds).toEqual(kind ? [kind] : []);
    const answer = engine.answer(question, { now });
    // A line's link is what it gives as much as its text: the call's Sessionize page answers "where to submit".
    const said = answer.direct ? `${answer.direct.text} ${answer.direct.url}` : answer.results[0]?.text;
    expect(said).toMatch(holds);
  });
});
