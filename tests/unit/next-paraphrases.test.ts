import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { understand } from '../../src/understand/index.js';
import { shippedService } from '../helpers/engine.js';

/**
 * How people ask for the next, the latest or a later year's event, written without reading any question set:
 * loose names, typos, with and without a year or region, en and zh. Today nothing after KubeCon Europe 2026 is
 * announced, so "next" gets "none announced; the latest: …" naming the latest of the kind (and region) asked.
 */
let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});
const now = new Date('2026-12-06T09:00:00Z');

const ISTIO_DAY = 'Istio Day North America 2025';
const ISTIOCON = 'IstioCon China 2023';
const KUBECON_EU = 'KubeCon + CloudNativeCon Europe 2026';
const KUBECON_NA = 'KubeCon + CloudNativeCon North America 2025';
const CONTRIBFEST = 'KubeCon + CloudNativeCon North America 2025 ContribFest';
const MEETUP = 'Istio Meetup China 2021';

type Asked = 'next' | 'latest' | 'in 2027' | 'none';

/** [question, which the question asks (the next, the latest, one in 2027, or one never held: no line), the event the line names]. */
const BATTERY: readonly (readonly [string, Asked, string])[] = [
  ['when is the next istio day', 'next', ISTIO_DAY],
  ['is there another istio day coming', 'next', ISTIO_DAY],
  ['any plans for an istio day in 2027', 'in 2027', ISTIO_DAY],
  ['when does istio day come back', 'next', ISTIO_DAY],
  ['will istio day happen again', 'next', ISTIO_DAY],
  ['next istio day north america', 'next', ISTIO_DAY],
  ['istioday next date', 'next', ISTIO_DAY],
  ['whens the upcoming istio day', 'next', ISTIO_DAY],
  ['when was the previous istio day', 'latest', ISTIO_DAY],
  ['when was the last time istio day was held', 'latest', ISTIO_DAY],
  ['most recent istio day location', 'latest', ISTIO_DAY],
  ['next istiocon', 'next', ISTIOCON],
  ['will there be another istiocon', 'next', ISTIOCON],
  ['is istiocon coming back', 'next', ISTIOCON],
  ['when was the last istiocon', 'latest', ISTIOCON],
  ['latest istio con', 'latest', ISTIOCON],
  ['the next kubecon europe', 'next', KUBECON_EU],
  ['kubecon eu 2027 dates', 'in 2027', KUBECON_EU],
  ['when is kubecon coming back to europe', 'next', KUBECON_EU],
  ['when was the most recent kubecon eu', 'latest', KUBECON_EU],
  ['next kubecon north america', 'next', KUBECON_NA],
  ['last kubecon na', 'latest', KUBECON_NA],
  ['next kubecon', 'next', KUBECON_EU],
  ['whats the next cloudnativecon', 'next', KUBECON_EU],
  ['next contribfest', 'next', CONTRIBFEST],
  ['when was the last contribfest', 'latest', CONTRIBFEST],
  ['upcoming istio meetup', 'next', MEETUP],
  ['is there a kubecon in 2027', 'in 2027', KUBECON_EU],
  ['下一届的 istio day 会在什么时候', 'next', ISTIO_DAY],
  ['istio day 还会办吗', 'next', ISTIO_DAY],
  ['明年有 istio day 吗', 'in 2027', ISTIO_DAY],
  ['上一次 istio day 在哪里', 'latest', ISTIO_DAY],
  ['最近一次 istio day 是什么时候', 'latest', ISTIO_DAY],
  ['istio day 下次在哪', 'next', ISTIO_DAY],
  ['istio day 什么时候再办', 'next', ISTIO_DAY],
  ['还有下一届 istio day 吗', 'next', ISTIO_DAY],
  ['istio day 2027 有计划吗', 'in 2027', ISTIO_DAY],
  ['下一届 istiocon 什么时候举办', 'next', ISTIOCON],
  ['istiocon 还会举办吗', 'next', ISTIOCON],
  ['上一届 istiocon 在哪里', 'latest', ISTIOCON],
  ['最近的 istiocon', 'latest', ISTIOCON],
  ['下一届 kubecon 欧洲', 'next', KUBECON_EU],
  ['kubecon 欧洲 明年有吗', 'in 2027', KUBECON_EU],
  ['上一次 kubecon 北美 在哪', 'latest', KUBECON_NA],
  ['下届 kubecon 北美', 'next', KUBECON_NA],
  ['下一次 kubecon 什么时候', 'next', KUBECON_EU],
  ['2027 年有 kubecon 吗', 'in 2027', KUBECON_EU],
  ['即将举行的 istio 活动', 'next', KUBECON_EU],
  ['下一届 contribfest', 'next', CONTRIBFEST],
  ['上一次 contribfest 在哪', 'latest', CONTRIBFEST],
  ['下一次 istio meetup', 'next', MEETUP],
  ['is istio day coming back next year', 'in 2027', ISTIO_DAY],
  ['another kubecon eu planned?', 'next', KUBECON_EU],
  ['will kubecon na happen again', 'next', KUBECON_NA],
  ['upcomming istio day', 'next', ISTIO_DAY],
  ['wen is next kubecon na', 'next', KUBECON_NA],
  ['kubecon 北美 还会办吗', 'next', KUBECON_NA],
  ['istio day 会再来吗', 'next', ISTIO_DAY],
  ['上届 istio day 是哪天', 'latest', ISTIO_DAY],
  ['最近一届 contribfest', 'latest', CONTRIBFEST],
  ['下一次 istio day 伦敦', 'next', 'Istio Day Europe 2025'],
  ['明年还有 istiocon 吗', 'in 2027', ISTIOCON],
  // "take place" names no Salt Lake City ("lake"); "prev" is "previous" as people type it.
  ['when will the next kubecon na take place', 'next', KUBECON_NA],
  ['will kubecon na take place again', 'next', KUBECON_NA],
  ['prev istio day', 'latest', ISTIO_DAY],
  // "istio 大会" is read as IstioCon though no event's name holds "大会": the latest IstioCon, not the latest event.
  ['上次的 istio 大会', 'latest', ISTIOCON],
  ['下一届 istio 大会', 'next', ISTIOCON],
  // "上回", "下回": "last time", "next time" said colloquially; "以后还有…吗": is there one later still.
  ['上一回 istio day', 'latest', ISTIO_DAY],
  ['下回 istio day 什么时候', 'next', ISTIO_DAY],
  ['istio day 以后还有吗', 'next', ISTIO_DAY],
  // No KubeCon was held in China, no Istio Day in Tokyo: another region's or city's is no answer.
  ['upcoming kubecon china', 'none', ''],
  ['when was the last kubecon china', 'none', ''],
  ['最近一次 kubecon 中国', 'none', ''],
  ['kubecon china 下一届', 'none', ''],
  ['next istio day in tokyo', 'none', ''],
];

const escaped = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The start of the line a user should see: the event named, said to be the latest when nothing later is announced. */
function expected(question: string, asked: Exclude<Asked, 'none'>, name: string): RegExp {
  const zh = /\p{Script=Han}/u.test(question);
  const event = escaped(name) + (zh ? '：' : ': ');
  if (asked === 'latest') return new RegExp(`^${event}`);
  if (asked === 'next') return new RegExp(zh ? `^尚未公布新的活动；最近一场：${event}` : `^No upcoming event is announced; the latest: ${event}`);
  return new RegExp(zh ? `^尚未公布 2027 年的.*；最近一场：${event}` : `^No .* in 2027 is announced; the latest: ${event}`);
}

describe('next, latest and later-year questions as people phrase them', () => {
  it.each(BATTERY)('%s', (question, asked, name) => {
    const { time } = understand(question);
    const text = engine.answer(question, { now }).direct?.text;
    if (asked === 'none') return expect(text).toBeUndefined();
    if (asked !== 'in 2027') expect(time).toBe(asked);
    expect(text).toMatch(expected(question, asked, name));
  });
});

describe('"again" that asks to be reminded', () => {
  it('reads no next event in it, only in "again" said of an event taking place', () => {
    expect(understand('remind me, when was kubecon chicago again').time).toBeNull();
    expect(understand('is istio day held again in 2027').time).toBe('next');
  });
});
