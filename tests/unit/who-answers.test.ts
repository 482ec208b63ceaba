/**
 * "who…" questions get the names, with their source, in the answer line, and the passage that
 * gives them first; "next…" questions get the next event's line only when they ask about events;
 * a question about a duration gets no list of talks (shipped index).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { shippedService } from '../helpers/engine.js';
import { asksWhoIs, understand } from '../../src/understand/index.js';

let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});

/** The sentence a line quotes after the post's title ("Title: sentence"). */
const quoted = (text: string | undefined): string => (text ?? '').replace(/^[^:：]*[:：]\s*/u, '');

describe('who did it: the line names the people from what a passage says', () => {
  it('quotes the sentence that names the people and holds the rarest words of the question, from the passage shown first', () => {
    const answer = engine.answer('who did the illustrations for the izzy book');
    expect(answer.direct?.text).toMatch(/Suri Patel and Alex Davy .*illustrations/);
    expect(answer.results[0]?.text).toContain(quoted(answer.direct?.text));
    expect(answer.direct?.url).toBe(answer.results[0]?.url);
  });

  it('answers who hosted or opened an event from the passage about it, in en', () => {
    expect(engine.answer('who hosted the atlanta istio day').direct?.text).toMatch(/John Howard \(Solo\.io\) and Keith Mattix \(Microsoft\) hosted it/);
    expect(engine.answer('who opened istio day in chicago').direct?.text).toMatch(/Faseela K and Zack Butcher opened it/);
  });

  it('names the talk a Chinese passage tells and its speakers, the talk whose title holds the question’s words', () => {
    const answer = engine.answer('ambient 多集群 那场演讲 谁讲的');
    expect(answer.direct?.text).toMatch(/^“Istio Ambient 走向多集群.*”的演讲者：Jackie Maertens \(Microsoft\) 和 Steven Jin Xuan \(Microsoft\)/);
    expect(answer.results[0]?.text).toContain('Jackie Maertens');
    expect(engine.answer('四周年生日 社区会议 谁讲的').direct?.text).toMatch(/Pratima Nambiar/);
  });

  it('reads 讲 with a topic and 的 ("讲 X 的是谁") as asking who gave the talk on that topic, and names its speakers', () => {
    // The event's opening names the topic too ("在网格中运行数据库"), but not who spoke on it.
    expect(engine.answer('亚特兰大 istio day 上讲数据库的是哪位').direct?.text).toMatch(/演讲者：.*Tyler Schade/);
    expect(engine.answer('伦敦那次 istio day 讲多集群的是谁').direct?.text).toMatch(/演讲者：.*Pamela Hernandez/);
  });

  it('answers which companies did something with the sentence that names them, not the people the event thanks', () => {
    // The organisers thanked rank first (their names are people's); the partners are named in the post's opening.
    expect(engine.answer('北京那次 meetup 哪些公司参与主办').direct?.text).toMatch(/信通院、阿里云.*Tetrate/);
    expect(engine.answer('which companies co-organised the 2021 beijing meetup').direct?.text).toMatch(/CAICT, Alibaba Cloud.*Tetrate/);
  });

  it('reads the host of one of the project’s sessions ("contribfest 主持人", "maintainer track hosts") as who gave it', () => {
    expect(engine.answer('伦敦 2025 contribfest 的主持人有哪些').direct?.text).toMatch(/ContribFest 的演讲者：.*Mitch Connors、Daniel Hawton 和 Jackie Maertens/);
    expect(engine.answer('maintainer track hosts, kubecon paris 2024').direct?.text).toMatch(/^Speakers at .*Maintainer Track: Istio Project Update \(Eric Van Norman and Zhonghu Xu\)/);
  });

  it('reads remarks that open or close a day (致辞) as one of its sessions, given by its speakers', () => {
    // Not the sentence that says what the closing remarks announced (Lin Sun as a co-chair).
    const line = engine.answer('2025 北美 istio day 闭幕致辞是哪两位').direct?.text ?? '';
    expect(line).toMatch(/John Howard.*Keith Mattix/);
    expect(line).not.toMatch(/联合主席/);
  });

  it('reads who, of one of the project’s sessions named with nothing else asked of it, as who gave it', () => {
    expect(engine.answer('kubecon 2025 欧洲站 维护者专场 是谁').direct?.text).toMatch(/Maintainer Track 的演讲者：.*Louis Ryan/);
    expect(engine.answer('maintainer track at kubecon paris, who?').direct?.text).toMatch(/Eric Van Norman/);
  });

  it('takes a talk of the maintainer track of the conference an Istio Day named was held with as of that event', () => {
    // Not the Paris week's other talk that holds 项目 ("如何用 CNCF 项目搭建…"), whose passage is of the Istio Day.
    expect(engine.answer('2024 巴黎 istio day 上 项目更新 那场是谁讲的').direct?.text).toMatch(/^“Istio 项目进展.*”的演讲者：Eric Van Norman/);
  });

  it('reads a part named in English inside a Chinese question by the Chinese posts’ word for it', () => {
    // programme committee chair: 项目委员会主席; platinum sponsor: 白金赞助商.
    expect(engine.answer('Istio Day London 2025 的 programme committee chair 有谁').direct?.text).toMatch(/项目委员会主席为 Keith Mattix 和 Denis Jannot/);
    expect(engine.answer('Chicago istio day 的 platinum sponsor 是哪家').direct?.text).toMatch(/Google Cloud 是白金赞助商/);
  });

  it('asks who holds a part named in English before 是谁 ("… 的 co-chair 是谁"), not who someone of that name is', () => {
    expect(understand('kubecon na 2025 的 co-chair 是谁').ask).toBe('who');
    expect(engine.answer('kubecon na 2025 的 co-chair 是谁').direct?.text).toMatch(/联合主席之一 Faseela K/);
    // A name before 是谁 still asks who that is.
    expect(understand('lin sun 是谁').ask).toBe('what-is');
  });

  it('reads 作者 as the posts say a book’s authors (合著, co-authored)', () => {
    expect(engine.answer('Istio Phippy 绘本的作者有哪些').direct?.text).toMatch(/Faseela K 和 Lin Sun 合著/);
  });

  it('names the speakers of a talk a Chinese passage gives under its English title too', () => {
    expect(engine.answer('ambient 大规模架构 那个分享是谁').direct?.text).toMatch(/^“规模化 Ambient 架构.*”的演讲者：John Howard/);
  });

  it('gives no names to "who is …", which asks what someone or something is', () => {
    expect(engine.answer('who is izzy the dolphin').direct).toBeUndefined();
    // The line, when there is one, says what Izzy is (a dolphin), not who did something.
    expect(engine.answer('who/what is izzy').direct?.text ?? '').toMatch(/^$|dolphin/);
    expect(engine.answer('izzy 是谁').direct?.text ?? '').toMatch(/^$|海豚/);
  });

  it('is not quoted for the words that name the event alone', () => {
    // No sentence says who organised it; sentences that say "Istio Day" and "London" do not answer.
    expect(engine.answer('who organised istio day london').direct).toBeUndefined();
    // "gave" names the talk given: its speakers, from the programme.
    expect(engine.answer('who gave the closing remarks at istio day atlanta').direct?.text).toMatch(/Closing remarks.*John Howard.*Keith Mattix/);
  });

  it('is not taken from a passage that holds fewer of the question’s words than one ranked above it', () => {
    // The passages above say who was re-elected to the TOC in 2026 without naming them in a sentence; a book signing by TOC members does not answer.
    expect(engine.answer('2026 toc 谁连任了').direct?.text ?? '').not.toMatch(/Lin Sun/);
  });

  it('takes no title, committee or organisation for a person', () => {
    // The first passages name Izzy's book ("Izzy Saves the Birthday"), the Steering Committee and the CNCF: a sponsor
    // asked about is the company the post says sponsored it, not one of those.
    const answer = engine.answer('who sponsored istio day amsterdam 2023');
    expect(answer.direct?.text).toMatch(/: Tetrate was the platinum sponsor/);
    expect(answer.results[0]?.event).toBe('Istio Day Europe 2023');
  });
});

describe('who spoke at an event: the line names the speakers of its talks', () => {
  it('lists the talks with their speakers, cited from the event’s post', () => {
    const answer = engine.answer('who spoke at istio day atlanta');
    expect(answer.intent).toBe('talks');
    expect(answer.direct?.text).toMatch(/^Speakers at Istio Day North America 2025: Welcome \+ Opening Remarks \(John Howard and Keith Mattix\); /);
    expect(answer.direct?.url).toMatch(/^https:\/\//);
  });

  it('names who a sentence says was honoured at a talk, not the talk\'s speakers, when the talk holds fewer of the question\'s words', () => {
    const answer = engine.answer('istio day europe 2023 keynote: who became a cncf mentor');
    expect(answer.direct?.text).toMatch(/Craig Box was recognised as a CNCF mentor/);
    expect(answer.results[0]?.text).toContain('Craig Box');
  });

  it('reads "who gave" a talk\'s title as who gave that talk, not as any sentence naming someone', () => {
    const answer = engine.answer('who gave the roadmap update at istio day europe 2023');
    expect(answer.direct?.text).toMatch(/Istio 2023 roadmap update \(Lin Sun and Louis Ryan\)/);
  });

  it('names only the talks the question’s words title, at the event it names', () => {
    const answer = engine.answer('who gave the keynote at kubecon europe 2025');
    // Its one keynote the programme lists names no speaker: the line names the talk a passage about that week tells, not every talk.
    expect(answer.direct?.text).toMatch(/ at (KubeCon \+ CloudNativeCon Europe 2025|Istio Day Europe 2025)$/);
  });
});

describe('"next": the next event only for questions about events', () => {
  const now = new Date('2025-10-01T00:00:00Z');

  it('gives no event line to the next election, in en and zh', () => {
    for (const question of ['when is the next steering election', '下一次选举']) {
      const answer = engine.answer(question, { now });
      expect(answer.direct?.text ?? '').not.toMatch(/Istio Day|KubeCon|下一场/);
      expect(answer.intent).toBe('search');
    }
  });

  it('still answers upcoming events, misspelt, and the next Istio Day in Chinese', () => {
    expect(engine.answer('upcomming istio events', { now }).direct?.text).toMatch(/^Next: Istio Day North America 2025/);
    expect(engine.answer('下一次 istio day', { now }).direct?.text).toMatch(/^下一场：Istio Day North America 2025/);
  });
});

describe('the event held after a past one', () => {
  it('answers which event followed one named with its year, of the same kind', () => {
    expect(engine.answer('which istiocon followed the 2021 one').direct?.text).toBe('IstioCon 2022: 25 to 29 April 2022');
    expect(engine.answer('after kubecon na 2025 where did istio go next').direct?.text).toMatch(/^KubeCon \+ CloudNativeCon Europe 2026: 23 to 26 March 2026, Amsterdam/);
  });

  it('reads "future" in a talk title as no question about what followed', () => {
    expect(engine.answer('maintainers track kubecon eu 2025 past present future').direct?.text ?? '').not.toMatch(/North America 2025/);
  });
});

describe('talks lines for a command, a lineup and what is on', () => {
  it('names the talks of `talks <event>` and of "<event> lineup", with how many there are', () => {
    expect(engine.answer('talks istio day london').direct?.text).toMatch(/^Talks at Istio Day Europe 2025 \(\d+\): /);
    expect(engine.answer('istio day atlnta lineup').direct?.text).toMatch(/^Talks at Istio Day North America 2025 \(\d+\): /);
    // "what's on", as a programme says it, asks for the talks: not what the event is.
    expect(engine.answer("what's on at istio day london").direct?.text).toMatch(/^Talks at Istio Day Europe 2025 \(\d+\): /);
    expect(engine.answer('what was on at istio day atlanta').direct?.text).toMatch(/^Talks at Istio Day North America 2025 \(\d+\): /);
  });
});

describe('a duration is no count of talks', () => {
  it('"how long is a lightning talk at istio day" gets no talks line; "how many talks" does', () => {
    expect(engine.answer('how long is a lightning talk at istio day').direct?.text ?? '').not.toMatch(/^Talks at/);
    expect(engine.answer('istio day 2025 闪电演讲多长').direct?.text ?? '').not.toMatch(/演讲（\d+ 场）/);
    expect(engine.answer('how many talks were at istio day london').direct?.text).toMatch(/^Talks at Istio Day Europe 2025 \(\d+\)/);
  });
});

describe('who gave a talk the posts name no speaker for', () => {
  it('gets no line naming the speakers of another talk whose title shares some of its words', () => {
    // KubeCon Europe 2026's Bloomberg migration talk is listed without speakers; Istio Day NA 2025 has a
    // zero-downtime migration talk by Lin Sun and Ahmad Al-Masry.
    for (const question of ['who spoke on bloombergs zero downtime move off ingress-nginx', '彭博 从 ingress-nginx 零停机迁移到 istio 的演讲是谁讲的']) {
      expect(engine.answer(question).direct?.text ?? '').not.toMatch(/Lin Sun|Ahmad Al-Masry/);
    }
    // A talk with speakers is still answered by its line.
    expect(engine.answer('who gave the zero downtime migration talk at istio day atlanta').direct?.text).toMatch(/Lin Sun.*Ahmad Al-Masry/);
  });
});

describe('who gave a talk the posts tell only an organisation gave', () => {
  it('names the company its own entry opens with, though no speaker of any talk spoke for it, in zh and en', () => {
    expect(engine.answer('istiocon 2021 上讲联合接入点的是哪位').direct?.text).toMatch(/：eBay 说明了/);
    expect(engine.answer('who presented on federated access points back at the first istiocon').direct?.text).toMatch(/: eBay explained/);
  });

  it('never names the company or speakers of the next entry the same passage lists', () => {
    // The Ant Group keynote's entry is followed, in the same passage, by a Solo.io talk with its speakers.
    expect(engine.answer('蚂蚁集团那场 keynote 谁讲的').direct?.text ?? '').not.toMatch(/Idit Levine|Solo\.io/);
  });
});

describe('the first edition of a series, asked about beside who', () => {
  it('is answered from that edition\'s posts: the first Istio Day\'s sponsor, not a later one\'s', () => {
    expect(engine.answer('the first istio day sponsor').direct?.text).toMatch(/^Istio Day Europe 2023 in Amsterdam: Tetrate was the platinum sponsor/);
  });

  it('gives no line from another event\'s organisers for who organised the first IstioCon', () => {
    expect(engine.answer('who organised the first istiocon').direct?.text ?? '').not.toMatch(/Meetup China/);
  });
});

describe('who was recognised or given an award', () => {
  it('is named by a sentence that says they were, not by the speakers of the talk it happened at', () => {
    const award = engine.answer('who got an award at the chicago keynote').direct?.text ?? '';
    expect(award).not.toMatch(/Opening keynote/);
    expect(award).toMatch(/Lin Sun and Faseela K received/);
    // A talk titled with the question's words is London's opening keynote; its speakers were not recognised at Chicago.
    const zh = engine.answer('芝加哥 istio day 开幕主题演讲上谁被表彰了').direct?.text ?? '';
    expect(zh).not.toMatch(/Keith Mattix/);
    expect(zh).toMatch(/Rob Salmond 和 Andrea Ma .*受到表彰/);
  });
});

describe('who holds a part (a chair)', () => {
  it('is not answered by who was elected to the body, but by a sentence naming the chair of it', () => {
    const line = engine.answer('who chairs the toc these days').direct?.text ?? '';
    expect(line).not.toMatch(/re-elected/);
    expect(line).toMatch(/Emily Fox \(chair of the CNCF TOC\)/);
  });

  it('reads a part said with no article ("who was host of…", "who was election officer for…") as who played it, not who someone is', () => {
    expect(engine.answer('who was host of istio day london').direct?.text).toMatch(/Keith Mattix and Denis Jannot chaired/);
    expect(asksWhoIs(understand('who was election officer for the 2031 vote').rest)).toBe(false);
    expect(asksWhoIs(understand('who is craig box').rest)).toBe(true);
  });

  it('gives no line from a sentence that names a chair of another body than the one asked about', () => {
    for (const q of ['who is the steering committee chair', 'steering committee 主席是谁']) expect(engine.answer(q).direct?.text ?? '', q).not.toMatch(/Emily Fox/);
  });
});

