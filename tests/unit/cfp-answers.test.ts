import { beforeAll, describe, expect, it } from 'vitest';
import { Answerer } from '../../src/answer/index.js';
import { Calendar } from '../../src/answer/calendar.js';
import { deadlineIn, openingIn } from '../../src/answer/deadline.js';
import { takingPart } from '../../src/answer/take-part.js';
import { understand } from '../../src/understand/index.js';
import { eventInfo } from '../helpers/answers.js';
import { SHIPPED_INDEX } from '../helpers/engine.js';

let engine: Answerer;
beforeAll(async () => {
  engine = await Answerer.load(SHIPPED_INDEX);
});

describe('when a call opened or closed (shipped index)', () => {
  it('reads "open" and "close" as asking its dates, no topic to search for', () => {
    expect(engine.answer('when did the chicago istio day cfp close').direct?.text).toBe('Call for proposals of Istio Day North America 2023, closed on 6 August');
    // "open" asks when it opened: the day it was announced, not a passage that holds the word.
    expect(engine.answer('when does the istio day cfp open').direct?.text).toBe('Call for proposals of Istio Day North America 2023, announced on 16 June 2023');
    expect(engine.answer('when did the last cfp close').direct?.text).toMatch(/^Call for proposals of Istio Day North America 2023/);
  });
});

describe('how to submit a talk (shipped index)', () => {
  it('answers with the call for proposals link and the deadline its event passages give', () => {
    const answer = engine.answer('istio day europe 2023 cfp deadline');
    expect(answer.direct).toMatchObject({ text: 'Call for proposals of Istio Day Europe 2023, closed on 12 February', lang: 'en' });
    expect(answer.direct?.url).toMatch(/cfp/);
    expect(answer.results[0]?.text).toContain('until 12 February');
  });

  it('reads where or how a talk is sent in, its formats and its review, as the Chinese say them, as asking the call', () => {
    expect(engine.answer('我想给 istiocon 2022 投个议题，在哪里提交？').direct?.text).toMatch(/^IstioCon 2022 的征稿/);
    expect(engine.answer('IstioCon 2021 可以选哪些演讲形式').direct?.text).toMatch(/^IstioCon 2021 的征稿/);
    expect(engine.answer('北美 istio day 2023 提案评审是什么时候').direct?.text).toMatch(/^Istio Day North America 2023 的征稿/);
    // 提交 alone says no call: a committer (提交者) is a part played, and the award names who.
    expect(understand('2025 年谁拿了顶级提交者奖').ask).not.toBe('cfp');
  });

  it('reads wanting to give a talk ("become a speaker", "want to speak", 成为讲者, 想去…分享) as asking the call, not who spoke', () => {
    expect(engine.answer('how do i become a speaker at istio day?').direct?.text).toMatch(/^Call for proposals of Istio Day /);
    expect(engine.answer('we would like to present at istio day europe 2023, how can we apply').direct?.text).toMatch(/^Call for proposals of Istio Day Europe 2023/);
    expect(engine.answer('我想当 istio day 的讲者').direct?.text).toMatch(/^Istio Day .* 的征稿/);
    expect(understand('istio day 入选讲者 有什么福利').ask).toBe('cfp');
    expect(understand('who spoke at istio day london').ask).not.toBe('cfp');
  });

  it('reads giving a talk of a kind there, or asking how to give one there (想在…上做个闪电演讲, 怎么在…做分享), as asking the call', () => {
    expect(engine.answer('想在 istio day 2023 北美 上做个闪电演讲').direct?.text).toMatch(/^Istio Day North America 2023 的征稿/);
    expect(engine.answer('怎么在 istiocon 2022 上做分享').direct?.text).toMatch(/^IstioCon 2022 的征稿/);
    // How to explain a topic asks no call; nor does wanting to watch the talks.
    expect(understand('怎么讲 ambient').ask).not.toBe('cfp');
    expect(understand('想看 istio day 的分享').ask).not.toBe('cfp');
  });

  it('reads a talk sent in by the verb\'s other forms or a chat\'s verbs (submitting, proposing, pitch, 议题提交, 讲师申请) as the call, not its talks', () => {
    expect(engine.answer('anyone else submitting a talk to istiocon 2022?').direct?.text).toMatch(/^Call for proposals of IstioCon 2022/);
    expect(engine.answer('thinking of proposing a session at istio day europe 2023').direct?.text).toMatch(/^Call for proposals of Istio Day Europe 2023/);
    expect(engine.answer('could i still pitch a talk for the chicago istio day').direct?.text).toMatch(/^Call for proposals of Istio Day North America 2023/);
    expect(engine.answer('istiocon 2021 的议题提交入口').direct?.text).toMatch(/^IstioCon 2021 的征稿/);
    expect(engine.answer('芝加哥 istio day 讲师申请截止了吗').direct?.text).toMatch(/^Istio Day North America 2023 的征稿/);
    // Istio's application that Google submitted to the CNCF is no call for talks.
    expect(understand('when was istio submitted to the cncf').ask).not.toBe('cfp');
  });

  it('says the deadline in Chinese to a Chinese question', () => {
    expect(engine.answer('istio day 北美 2023 cfp 截止').direct?.text).toBe('Istio Day North America 2023 的征稿，已于 8 月 6 日截止');
  });

  it('reads 提案, the word of the posts for a proposal, as a call for proposals: its link line, not the dates of the event', () => {
    expect(understand('istio day 的提案在哪里交').ask).toBe('cfp');
    // Applying to give a talk, a submission: the call too.
    expect(understand('istiocon 2022 怎样申请演讲').ask).toBe('cfp');
    expect(understand('istio day 2023 talk submissions closed when').ask).toBe('cfp');
    expect(engine.answer('istio day 北美 2023 提案 在哪交').direct?.text).toMatch(/^Istio Day North America 2023 的征稿/);
  });

  it('answers the latest call asked with the project\'s name or when it closes, which ask nothing else of it', () => {
    expect(engine.answer('istio 最近的 cfp').direct?.text).toBe('Istio Day North America 2023 的征稿，已于 8 月 6 日截止');
    expect(engine.answer('newest istio call for proposals deadline').direct?.text).toMatch(/^Call for proposals of Istio Day North America 2023, closed on /);
    // Something else named is still no event's call.
    expect(engine.answer('想报名参加 toc 的选举，怎么弄').direct).toBeUndefined();
  });

  it('puts the call for proposals first for a question in plain words', () => {
    expect(engine.answer('how do i submit a talk to istio day').results[0]?.text).toMatch(/call for proposals/i);
  });
});

describe('when a call opened (shipped index)', () => {
  it('gives the day the call was announced, not its deadline, when asked when it opened, in en and zh', () => {
    expect(engine.answer('istio day north america 2023 cfp: when was it announced').direct?.text).toBe('Call for proposals of Istio Day North America 2023, announced on 16 June 2023');
    expect(engine.answer('2023 北美 istio day 征稿是哪天公布的').direct?.text).toBe('Istio Day North America 2023 的征稿，于 2023 年 6 月 16 日宣布');
  });
});

describe('something asked of a call beyond the call itself (shipped index)', () => {
  it('shows first the passage about the call that holds what is asked, under the line that links the call', () => {
    const answer = engine.answer('istio day north america 2023 cfp on sessionize');
    expect(answer.direct?.text).toMatch(/^Call for proposals of Istio Day North America 2023/);
    expect(answer.results[0]?.text).toMatch(/Sessionize/);
  });
});

describe('the terms of a call: its formats, an accepted talk (shipped index)', () => {
  it('reads a question about the formats a call takes, or about a talk accepted, as a call for proposals', () => {
    for (const question of ['which formats does istio day take', 'my talk was accepted, what now', 'istio day 演讲被接受之后呢', '议题可以投哪个方向']) {
      expect(understand(question).ask).toBe('cfp');
    }
    // Istio itself was accepted into the CNCF, and a conference has maintainer tracks: no call for proposals.
    for (const question of ['when was istio accepted into the cncf', 'what were the maintainer tracks at kubecon 2024']) {
      expect(understand(question).ask).not.toBe('cfp');
    }
    // What an accepted speaker pays is still a registration question.
    expect(understand('if my talk is accepted do i have to pay for the ticket').ask).toBe('register');
  });

  it('reads accepted speakers with an event named between, and a talk 录取 (admitted), as the call, not who spoke', () => {
    for (const question of ['what do accepted istio day speakers get', 'perks for accepted kubecon eu talks?', 'istio day 演讲被录取有什么福利']) {
      expect(understand(question).ask, question).toBe('cfp');
      // The passages of a call that say what accepted speakers receive are on the first page, no list of speakers.
      const answer = engine.answer(question);
      expect(answer.talks, question).toEqual([]);
      expect(answer.results.slice(0, 3).some((result) => /Accepted speakers|入选讲者/.test(result.text)), question).toBe(true);
    }
  });

  it('reads what speaking brings, "speaker" first or a talk said chosen (讲者入选, 演讲入选), as the call, not a speaker\'s name nor an award', () => {
    for (const question of ['speaker perks istio day europe 2023', 'speaker benefits at the amsterdam istio day', '阿姆斯特丹 istio day 演讲入选有什么福利', 'istio day 欧洲 2023 讲者福利']) {
      const read = understand(question);
      expect(read.command, question).toBeNull();
      expect(read.ask, question).toBe('cfp');
      const answer = engine.answer(question);
      expect(answer.direct?.text, question).toMatch(/^(?:Call for proposals of Istio Day Europe 2023|Istio Day Europe 2023 的征稿)/);
      expect(answer.results.slice(0, 3).some((result) => /Accepted speakers|入选讲者|complimentary|全通票/.test(result.text)), question).toBe(true);
    }
    // A speaker's name after "speaker" is still the command.
    expect(understand('speaker lin sun').command).toBe('speaker');
  });

  it('links where proposals were sent, not the blog post that announced the call', () => {
    for (const question of ['where did the istio day chicago call for papers live', '芝加哥 istio day 的 cfp 在哪']) {
      const url = engine.answer(question).direct?.url ?? '';
      expect(url, question).toContain('cfp-colocated-events');
      expect(url, question).not.toMatch(/\/blog\//);
    }
  });

  it('answers the formats of a call with the passage of the call that lists them first', () => {
    expect(engine.answer('which formats did istiocon 2021 take').results[0]?.text).toMatch(/160-minute/);
  });
});

describe('taking part in an event the question does not single out (shipped index)', () => {
  it('gives the link of the latest of the events named that holds one, with the deadline of its call', () => {
    // Istio Day Europe 2024 and 2025 hold no call for proposals link; 2023 does.
    expect(engine.answer('istio day europe call for papers closing date').direct?.text).toBe('Call for proposals of Istio Day Europe 2023, closed on 12 February');
  });

  it('answers a question that only asks how to take part with the latest call, in its language', () => {
    expect(engine.answer('如何投稿').direct?.text).toMatch(/^Istio Day North America 2023 的征稿，已于 8 月 6 日截止$/);
  });

  it('gives the registration link of the latest event that holds one, and none when none does', () => {
    const links = (register: string[]) => ({ slides: [], schedule: [], recordings: [], register, cfp: [], other: [] });
    const newest = eventInfo({ id: 'a', name: 'Istio Day Europe 2033', start: '2033-03-20', links: links([]) });
    const older = eventInfo({ id: 'b', name: 'Istio Day North America 2032', start: '2032-11-09', links: links(['https://example.org/2032/register/']) });
    const oldest = eventInfo({ id: 'c', name: 'Istio Day Europe 2032', start: '2032-03-20', links: links(['https://example.org/2032-eu/register/']) });
    const calendar = new Calendar([oldest, newest, older]);
    const named = calendar.events('en');
    expect(takingPart(understand('istio day registration'), named, calendar)?.direct).toEqual({ text: 'Registration of Istio Day North America 2032', url: 'https://example.org/2032/register/', lang: 'en' });
    expect(takingPart(understand('register for the first istio day'), named, calendar)?.direct.text).toBe('Registration of Istio Day Europe 2032');
    expect(takingPart(understand('istio day registration'), [newest], calendar)).toBeUndefined();
    expect(takingPart(understand('istio day slides'), named, calendar)).toBeUndefined();
  });

  it('gives no event line to a question about taking part in something else', () => {
    expect(engine.answer('steering election how to register as a candidate').direct).toBeUndefined();
  });
});

describe('openingIn', () => {
  it('finds the date a call was announced or launched, not the one it closes', () => {
    expect(openingIn('The call for proposals, announced on 16 June 2023, ran through the CNCF portal until 6 August.')).toBe('16 June 2023');
    expect(openingIn('通过 CNCF 活动门户提交议题提案，该门户开放至 8 月 6 日。')).toBeNull();
  });
});

describe('deadlineIn', () => {
  it('reads the date the call closes, as the post writes it', () => {
    expect(deadlineIn('Submit a session proposal through the CNCF event portal, which is open until February 12.')).toBe('February 12');
    expect(deadlineIn('Thursday, June 15: CFP + Sponsor Prospectus Launch Sunday, August 6: CFP Closes Tuesday, August 8: CFP Review Window')).toBe('August 6');
    expect(deadlineIn('通过 CNCF 同场活动征集入口提交，截止日期为 8 月 6 日。')).toBe('8 月 6 日');
    expect(deadlineIn('通过 CNCF 活动门户提交议题提案，该门户开放至 8 月 6 日。')).toBe('8 月 6 日');
    // The next step's date is nearer the word than the date heading the step that closes the call.
    expect(deadlineIn('8 月 6 日星期日：CFP 关闭。 8 月 8 日星期二至 8 月 21 日星期一：CFP 审查窗口。')).toBe('8 月 6 日');
  });

  it('takes no other step of a timeline for the deadline, and no date when none closes the call', () => {
    expect(deadlineIn('Wednesday, September 20: Sponsor Sales Close Monday, November 6: Event Day')).toBeNull();
    expect(deadlineIn('Istio Day was held on 18 April 2023 in Amsterdam.')).toBeNull();
  });
});
