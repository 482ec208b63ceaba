/**
 * "who" questions as other people phrase them: loose names, typos, "the guy who…", "which company…",
 * passive and active voice, with and without the event's year or city, in en and zh. Each row checks
 * what a user would notice: the question is read as a who, talks or results ask about the right
 * event or body, and the answer line or the first passage names people or companies the posts name
 * for it (shipped index).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { understand } from '../../src/understand/index.js';
import { shippedService } from '../helpers/engine.js';
import { expectNamed, type Named } from '../helpers/readings.js';

let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});

/** `Named`: the event kind, city or year it must name, when it names one. */
interface Row extends Named {
  q: string;
  /** The asks that read it right. */
  asks: string[];
  /** Names the posts give for it: the line or the first passage must hold one. Absent for the elections, whose results posts are istio.io's (not in the shipped index). */
  names?: RegExp;
}

const WHO = ['who'];
const TALKS = ['who', 'talks'];
const RESULTS = ['results', 'who'];
const LONDON = /Keith Mattix|Denis Jannot/;
const ATLANTA_HOSTS = /John Howard|Keith Mattix/;
const CHICAGO_CHAIRS = /Faseela K|Zack Butcher/;
const AMSTERDAM_CHAIRS = /Mitch Connors|Faseela K/;
const SHANGHAI_PC = /Jimmy Song|Zhonghu Xu/;
const BOOK = /Faseela K|Lin Sun/;
// Both the 2023 and the 2025 awards are told (Lin Sun and Faseela K; Daniel Hawton).
const CHOP_WOOD = /Lin Sun|Faseela K|Daniel Hawton/;

const rows: Row[] = [
  // English: who did something at an event
  { q: 'who chaired the program committee for istio day london', asks: WHO, kind: 'istio-day', city: 'London', names: LONDON },
  { q: 'who were the programme committee chairs at istio day europe 2025', asks: WHO, kind: 'istio-day', year: 2025, names: LONDON },
  { q: 'istio day london 2025 - who ran the program committee?', asks: WHO, kind: 'istio-day', city: 'London', names: LONDON },
  { q: 'who was the gold sponsor of istio day london', asks: WHO, kind: 'istio-day', city: 'London', names: /Microsoft/ },
  { q: 'which company sponsored istio day in london', asks: WHO, city: 'London', names: /Microsoft/ },
  { q: 'which company was the platinum sponsor of istio day chicago', asks: WHO, city: 'Chicago', names: /Google/ },
  { q: 'istio day amsterdam 2023 sponsor?', asks: WHO, city: 'Amsterdam', names: /Tetrate/ },
  { q: 'who sponsored istiocon china', asks: WHO, kind: 'istiocon', names: /Google/ },
  { q: 'who hosted the atlanta istio day', asks: WHO, city: 'Atlanta', names: ATLANTA_HOSTS },
  { q: 'who were the hosts of istio day north america 2025', asks: WHO, kind: 'istio-day', year: 2025, names: ATLANTA_HOSTS },
  { q: 'who was the mc at istio day atlanta', asks: WHO, city: 'Atlanta', names: ATLANTA_HOSTS },
  { q: 'istio day atlanta was hosted by whom', asks: WHO, city: 'Atlanta', names: ATLANTA_HOSTS },
  { q: 'who opened istio day chicago', asks: WHO, city: 'Chicago', names: CHICAGO_CHAIRS },
  { q: 'who gave the opening keynote at istio day chicago 2023', asks: TALKS, city: 'Chicago', names: CHICAGO_CHAIRS },
  { q: 'who did the keynote at istio day amsterdam', asks: TALKS, city: 'Amsterdam', names: AMSTERDAM_CHAIRS },
  { q: 'opening keynote istio day london who gave it', asks: TALKS, city: 'London', names: LONDON },
  { q: 'who presented the opening keynote in london', asks: TALKS, city: 'London', names: LONDON },
  { q: 'the guys who opened istio day in chcago', asks: WHO, city: 'Chicago', names: CHICAGO_CHAIRS },
  { q: 'who organized istiocon china 2023', asks: WHO, kind: 'istiocon', year: 2023, names: SHANGHAI_PC },
  { q: 'who was on the program committee of istiocon china', asks: WHO, kind: 'istiocon', names: SHANGHAI_PC },
  { q: 'who spoke at istio day london', asks: TALKS, city: 'London', names: /Keith Mattix|Lior Lieberman|Denis Jannot/ },
  { q: 'who spoke on multicluster ambient at the atlanta istio day', asks: TALKS, city: 'Atlanta', names: /Jackie Maertens|Steven Jin Xuan/ },
  { q: 'the guy who gave the ai ready talk in atlanta', asks: TALKS, city: 'Atlanta', names: /John Howard/ },
  { q: 'who presented the istio project update at istio day paris', asks: TALKS, city: 'Paris', names: /Eric Van Norman|Zhonghu Xu/ },
  { q: "who wrote izzy's book", asks: WHO, names: BOOK },
  { q: 'izzy saves the birthday, who wrote it', asks: WHO, names: BOOK },
  { q: 'izzy book was written by who', asks: WHO, names: BOOK },
  { q: 'who got the chop wood carry water award', asks: WHO, names: CHOP_WOOD },
  { q: 'who won the cncf community award at istio day chicago', asks: RESULTS, names: CHOP_WOOD },
  { q: 'who was recognised as a cncf mentor at kubecon 2023', asks: WHO, names: /Craig Box/ },
  // English: elections
  { q: 'who won the 2022 steering committee election', asks: RESULTS },
  { q: 'who got elected to the steering committe in 2022', asks: RESULTS },
  { q: 'who was elected in the first steering election 2020', asks: RESULTS },
  { q: 'who is on the steering committee after the 2026 election', asks: RESULTS },
  { q: 'which people were re-elected to the toc in 2025', asks: RESULTS },
  { q: 'toc election 2025 winners', asks: RESULTS },
  // Chinese
  { q: '伦敦 Istio Day 项目委员会主席是谁', asks: WHO, city: 'London', names: LONDON },
  { q: '2025 年欧洲 istio day 谁负责项目委员会', asks: WHO, kind: 'istio-day', year: 2025, names: LONDON },
  { q: '伦敦 istio day 哪家公司赞助的', asks: WHO, city: 'London', names: /Microsoft/ },
  { q: 'istio day 伦敦 的金牌赞助商是谁', asks: WHO, city: 'London', names: /Microsoft/ },
  { q: '芝加哥 istio day 赞助商是哪家', asks: WHO, city: 'Chicago', names: /Google/ },
  { q: '阿姆斯特丹 istio day 2023 谁赞助', asks: WHO, city: 'Amsterdam', names: /Tetrate/ },
  { q: 'istiocon china 2023 哪家公司赞助', asks: WHO, kind: 'istiocon', names: /Google/ },
  { q: '亚特兰大 istio day 主持人是谁', asks: WHO, city: 'Atlanta', names: ATLANTA_HOSTS },
  { q: '亚特兰大那场 istio day 是谁主持的', asks: WHO, city: 'Atlanta', names: ATLANTA_HOSTS },
  { q: '芝加哥 istio day 谁开场的', asks: WHO, city: 'Chicago', names: CHICAGO_CHAIRS },
  { q: '芝加哥 istio day 开幕主题演讲谁讲的', asks: TALKS, city: 'Chicago', names: CHICAGO_CHAIRS },
  { q: '伦敦 istio day 开场主题演讲是谁讲的', asks: TALKS, city: 'London', names: LONDON },
  { q: '阿姆斯特丹 istio day 的主题演讲由谁主讲', asks: TALKS, city: 'Amsterdam', names: AMSTERDAM_CHAIRS },
  { q: 'istiocon china 2023 谁组织的', asks: WHO, kind: 'istiocon', names: SHANGHAI_PC },
  { q: '上海 istiocon 项目委员会有谁', asks: WHO, kind: 'istiocon', names: SHANGHAI_PC },
  { q: '伦敦 istio day 都有谁演讲', asks: TALKS, city: 'London', names: /Keith Mattix|Lior Lieberman|Denis Jannot/ },
  { q: '亚特兰大 ambient 多集群 是谁讲的', asks: TALKS, city: 'Atlanta', names: /Jackie Maertens|Steven Jin Xuan/ },
  { q: 'izzy 那本书是谁写的', asks: WHO, names: BOOK },
  { q: 'izzy saves the birthday 作者是谁', asks: WHO, names: BOOK },
  { q: '谁获得了 chop wood carry water 奖', asks: RESULTS, names: CHOP_WOOD },
  { q: '2023 年 cncf 社区奖 istio 谁得奖了', asks: RESULTS, names: CHOP_WOOD },
  { q: '2022 年指导委员会选举谁当选了', asks: RESULTS },
  { q: '2022 steering 选举 结果 当选者', asks: RESULTS },
  { q: '2020 年第一次指导委员会选举选出了谁', asks: RESULTS },
  { q: '2026 年 指导委员会 谁当选了', asks: RESULTS },
  { q: '2025 toc 选举 谁连任了', asks: RESULTS },
  { q: '2025年技术监督委员会选举结果 谁赢了', asks: RESULTS },
  { q: '谁赢得了 2022 年 steering 选举', asks: RESULTS },
  { q: '伦敦 istio day 项目委员会 负责人', asks: WHO, city: 'London', names: LONDON },
  { q: 'izzy 书的插图是谁画的', asks: WHO, names: /Suri Patel|Alex Davy/ },
  { q: '阿姆斯特丹 kubecon 2023 谁被评为 cncf 导师', asks: RESULTS, names: /Craig Box/ },
  { q: '亚特兰大 istio day 谁做的开场致辞', asks: TALKS, city: 'Atlanta', names: ATLANTA_HOSTS },
  { q: 'izzy 绘本 作者', asks: WHO, names: BOOK },
  { q: '2023 阿姆斯特丹 istio day 项目委员会主席', asks: WHO, city: 'Amsterdam', year: 2023, names: AMSTERDAM_CHAIRS },
  { q: '芝加哥 kubecon 送的 t 恤 谁赞助', asks: WHO, city: 'Chicago', names: /Microsoft|Tetrate/ },
  { q: 'which two people opened istio day chicago', asks: WHO, city: 'Chicago', names: CHICAGO_CHAIRS },
  { q: 'which 2 maintainers hosted the atlanta istio day', asks: WHO, city: 'Atlanta', names: ATLANTA_HOSTS },
  { q: 'who chaired istio day londn', asks: WHO, city: 'London', names: LONDON },
  { q: 'who spoke at istio day londn', asks: TALKS, city: 'London', names: /Keith Mattix|Lior Lieberman|Denis Jannot/ },
];

describe('who questions as people phrase them', () => {
  it.each(rows)('$q', ({ q, asks, names, ...named }) => {
    const question = understand(q);
    const read = question.command === 'talks' ? 'talks' : question.ask;
    expect(asks, `read as ${read}`).toContain(read);
    expectNamed(question, named);
    if (!names) return;
    const answer = engine.answer(q);
    const shown = `${answer.direct?.text ?? ''}\n${answer.results[0]?.text ?? ''}`;
    expect(shown).toMatch(names);
  });
});

describe('a question asking which company did something', () => {
  it('is answered by the sentence naming the company, though it names no person', () => {
    expect(engine.answer('istio day amsterdam 2023 sponsor?').direct?.text).toMatch(/Tetrate was the platinum sponsor/);
    expect(engine.answer('the free istio shirts at chicago were sponsored by whom').direct?.text).toMatch(/Microsoft, Solo\.io, Stackgenie and Tetrate/);
    expect(engine.answer('2023 芝加哥 t 恤 哪些公司赞助的').direct?.text).toMatch(/Microsoft、Solo\.io、Stackgenie 和 Tetrate 赞助/);
  });

  it('asks who beside the words of a talk when it asks which one company, and names the company that gave it', () => {
    // Read as a talks question, these listed the talk's title, which names no company.
    expect(engine.answer('那场多租户 genai 平台的分享，是哪个公司').direct?.text).toMatch(/SAP 讲述/);
    expect(engine.answer('the windows ambient session was from what company?').direct?.text).toMatch(/Microsoft presented/);
    // Which companies, in the plural, still asks for the talks, with their speakers.
    expect(understand('哪些公司在伦敦 istio day 上做了演讲').ask).toBe('talks');
  });

  it('reads a passive "who was <done>" as who did it, not as "who is <name>"', () => {
    expect(engine.answer('who was recognised at istio day chicago').direct?.text).toMatch(/Rob Salmond and Andrea Ma were recognised/);
  });

  it('reads "哪两位" typed together with what was done as asking, so what was done is searched alone', () => {
    // Glued into one run, "哪两位受到表彰" was one word that no passage holds.
    const words = understand('芝加哥那届 istio day 上哪两位受到表彰').words.groups.map((group) => group.word);
    expect(words).toContain('受到表彰');
    expect(words.join(' ')).not.toMatch(/哪两位/);
  });

  it('reads the words that ask which company or which speaker, typed glued to what is asked, as asking only', () => {
    const words = (q: string): string => understand(q).words.groups.map((group) => group.word).join(' ');
    expect(words('哪个公司赞助了伦敦 istio day')).toMatch(/(?:^| )赞助了(?: |$)/);
    expect(words('亚特兰大 数据库 演讲人是谁')).not.toMatch(/演讲人/);
    // A session pointed at ("那场") is asked of talks; an event pointed at ("那场 istio day") is not.
    expect(understand('windows ambient 那场是谁').aboutTalks).toBe(true);
    expect(understand('芝加哥那场 istio day 谁主持的').aboutTalks).toBe(false);
    expect(engine.answer('windows ambient 那场是谁').direct?.text ?? '').not.toMatch(/Lior Lieberman|Josune Cordoba/);
    // "哪个人" asks which person, as "哪位" does.
    expect(understand('芝加哥 ai 翻译 是哪个人讲的').ask).toBe('who');
  });

  it('reads words hyphenated into a phrase as its words, and names the talk they title, not a sentence on "gave … session"', () => {
    expect(understand('the cache-for-the-mesh session').words.groups.map((group) => group.word)).toEqual(['cache', 'mesh']);
    // A compound of two stays one word.
    expect(understand('multi-cluster session').words.groups.map((group) => group.word)).toContain('multi-cluster');
    expect(engine.answer('who gave the databases-in-the-mesh session in atlanta').direct?.text).toMatch(/Tyler Schade/);
  });

  it('reads "who was behind", "the person behind" as who did it, not who someone is', () => {
    expect(engine.answer('who was behind the kiali 2.0 troubleshooting session').direct?.text).toMatch(/Josune Cordoba/);
    // A title holding another ask's words ("how to get") is still asked who gave it.
    expect(understand('the person behind the how to get help lightning talk').ask).toBe('who');
  });

  it('reads "who was in charge of", "emcees", "which maintainers", "the … guy" as asking who', () => {
    // "program" would otherwise ask for the schedule.
    expect(engine.answer('who was in charge of the istio day programme in atlanta').direct?.text).toMatch(/John Howard/);
    expect(engine.answer('istio day london emcees?').direct?.text).toMatch(/Keith Mattix/);
    expect(engine.answer('which maintainers took home cncf community awards in atlanta').direct?.text).toMatch(/Daniel Hawton/);
    expect(understand('the kiali 2.0 guy').ask).toBe('who');
    // Said to the people in a channel, "guys" asks nothing.
    expect(understand('guys, ambient talks at kubecon').ask).toBe('talks');
  });

  it('answers who was recognised by the sentence saying so, not by an award told beside it', () => {
    // The passage tells both; the question asks of no vote or award, so the award's winners are no answer.
    expect(engine.answer('芝加哥那届 istio day 上哪两位受到表彰').direct?.text).toMatch(/Rob Salmond 和 Andrea Ma/);
  });

  it('reads the guests of a programme as its speakers: a company named says whose talks', () => {
    // The 1.0 stream's guests ("嘉宾") are the people of its slots; the one from the company named answers.
    expect(engine.answer('twitch 直播上 datadog 的嘉宾有谁').direct?.text).toMatch(/Jason Yee 和 Ilan Rabinovich/);
    expect(engine.answer('who was the guest from pivotal on the 1.0 twitch stream').direct?.text).toMatch(/Shannon Coen/);
  });

  it('reads 由 ("by", of 由谁, 由哪几家) as asking, not as a word every "由 X 主讲" talk holds', () => {
    expect(understand('那本 izzy 绘本里的插图由谁完成').words.groups.map((group) => group.word)).not.toContain('由');
    expect(engine.answer('那本 izzy 绘本里的插图由谁完成').direct?.text).toMatch(/Suri Patel 和 Alex Davy/);
    expect(engine.answer('21年北京的 istio meetup 是由哪几家单位一起主办的').direct?.text).toMatch(/信通院、阿里云/);
  });

  it('reads "谁写了" a book as asking its authors, whom the posts say co-authored it (合著)', () => {
    expect(engine.answer('谁写了 izzy 那本书').direct?.text).toMatch(/Faseela K 和 Lin Sun 合著/);
  });

  it('does not take a company for a person when it asks who did something else', () => {
    // "who hosted" asks for people: the sentence naming them, not one naming only a sponsor.
    expect(engine.answer('who hosted the atlanta istio day').direct?.text).toMatch(/John Howard/);
  });
});

describe('the people who spoke, named as a noun in a terse question', () => {
  it('reads panelists, 主讲人 and 发言人 as asking who, answered by the talks with their speakers', () => {
    for (const q of ['istio day chicago panelists', '芝加哥 istio day 主讲人有哪些', '芝加哥 istio day 发言人']) {
      expect(understand(q).ask, q).toBe('who');
      // The who line lists each talk with its speakers; a talks line lists the titles alone.
      expect(engine.answer(q).direct?.text ?? '', q).toMatch(/Kush Trivedi/);
    }
  });
});

describe('one speaker asked for, the word after the talk\'s title', () => {
  it('reads "speaker" as asking who gave it, as "speakers" and "presenter" are', () => {
    for (const q of ['advanced debugging of istio with kiali speaker?', 'speaker for the kiali debugging talk']) {
      expect(understand(q).ask, q).toBe('who');
      expect(engine.answer(q).direct?.text ?? '', q).toMatch(/Jay Shaughnessy/);
    }
    // Becoming one, or being told one's talk is in, asks about the call for proposals still.
    expect(understand('how do i become a speaker at istio day').ask).toBe('cfp');
  });
});

describe('a talk the posts name only a company for', () => {
  it('is answered by the sentence said of it that names the company, not by no line', () => {
    expect(engine.answer('who gave the windows talk at istio day london').direct?.text).toMatch(/Microsoft presented its work on running Istio's ambient mode on Windows/);
    expect(engine.answer('伦敦 istio day 谁讲的 windows').direct?.text).toMatch(/微软介绍了/);
    expect(engine.answer('who presented scaling ai powered translation at istio day').direct?.text).toMatch(/Lilt and Intel/);
  });
});

describe('who organised or hosted an event, which the posts say of a body', () => {
  it('is answered by the sentence that says who organised it, though it names no person', () => {
    expect(engine.answer('who organised istiocon china 2023').direct?.text).toMatch(/The Istio maintainers and the CNCF organised it/);
    expect(engine.answer('istiocon china organisers').direct?.text).toMatch(/the CNCF organised it/);
    expect(engine.answer('who hosted istio day chicago').direct?.text).toMatch(/CNCF-hosted event/);
    // The part asked (主办方) and the word the post says it with (组织) differ: any sentence saying it was organised answers.
    expect(engine.answer('istiocon 中国站 主办方是谁').direct?.text).toMatch(/活动由 Istio 维护者和 CNCF 组织/);
  });

  it('is no sentence of another event, nor an announcement that someone "is hosting"', () => {
    expect(engine.answer('who organized the istio 1.0 twitch stream').direct?.text ?? '').not.toMatch(/IstioCon|is hosting/);
  });
});

describe('who ran a session of the project\'s (a ContribFest, a maintainer track)', () => {
  it('is who gave it, whatever the verb', () => {
    for (const q of ['who ran the contribfest at kubecon na 2023', 'who led the contribfest in chicago']) {
      expect(engine.answer(q).direct?.text, q).toMatch(/Steven Landow/);
    }
    expect(engine.answer('who led the maintainer track in london').direct?.text).toMatch(/Raymond Wong/);
  });

  it('is not who ran an Istio Day, which its speakers did not', () => {
    expect(engine.answer('who ran istio day london').direct?.text ?? '').not.toMatch(/^Speakers at/);
  });
});

describe('how a vote went, asked without "results"', () => {
  it('reads "turn out" and "voted in" of an election as asking its results', () => {
    expect(understand('how did the 2026 steering election turn out').ask).toBe('results');
    expect(understand('which two were voted in to the toc in 2021').ask).toBe('results');
  });

  it('still reads how many people turned out as a count', () => {
    expect(understand('how many people turned out for the beijing meetup').ask).toBe('how-many');
  });
});

describe('who sits on a body, asked in Chinese', () => {
  it('reads "谁是 … 成员" and "成员有哪些" as asking who, not what the body is', () => {
    expect(understand('谁是 2031 年 toc 成员').ask).toBe('who');
    expect(understand('2031 年指导委员会的成员有哪些').ask).toBe('who');
    // Who someone is stays a what-is question.
    expect(understand('谁是 izzy').ask).not.toBe('who');
  });
});

describe('who is going to do something', () => {
  it('reads "who is going to be…" as who will be, not as who someone is', () => {
    expect(understand('who is going to be the next program committee chair').ask).toBe('who');
    expect(understand("who's gonna be emcee at istio day").ask).toBe('who');
  });
});

describe('who gave a talk whose title asks something else', () => {
  it('reads "who presented how to get help" and "…是谁讲的" as who gave it, not as where to get a thing', () => {
    expect(understand('who presented how to get help at istio day london').ask).toBe('who');
    expect(engine.answer('闪电演讲 how to get help 是谁讲的').direct?.text).toMatch(/Rob Salmond/);
  });

  it('reads "speaker of…", "the presenter for…" as asking who gave the talk, not as the speaker command or a purchase', () => {
    for (const asked of ['speaker of the how to get help lightning talk', 'the presenters for the how to get help talk', 'who was the speaker of how to get help']) {
      const question = understand(asked);
      expect(question.command).toBeNull();
      expect(question.ask).toBe('who');
      expect(engine.answer(asked).direct?.text).toMatch(/Rob Salmond/);
    }
    // A name after the command word is still the command.
    expect(understand('speaker Rob Salmond').command).toBe('speaker');
  });
});

describe('a person\'s name asked in Chinese, and a part named after a long body name', () => {
  it('reads "…叫什么名字" after a person as who they are, not as what something is called', () => {
    expect(understand('上海 istiocon 讲 merbridge 的那位老师叫什么名字').ask).toBe('who');
    expect(engine.answer('上海 istiocon 讲 merbridge 的那位老师叫什么名字').direct?.text).toMatch(/Kebe Liu/);
    // An event's name asked stays a question about it.
    expect(understand('伦敦 contribfest 叫什么').ask).not.toBe('who');
  });

  it('reads "…的人" as asking who, and answers with the people the sentence names', () => {
    expect(understand('芝加哥 istio day 上受到表彰的人').ask).toBe('who');
    expect(engine.answer('芝加哥 istio day 上受到表彰的人').direct?.text).toMatch(/Rob Salmond 和 Andrea Ma/);
    // Counted, they are a number.
    expect(understand('参加北京 meetup 的人有多少').ask).toBe('how-many');
  });

  it('answers who held a part written right after a long body name ("项目委员会主席为…")', () => {
    expect(engine.answer('伦敦 istio day 的项目委员会主席是哪两位').direct?.text).toMatch(/Keith Mattix 和 Denis Jannot/);
  });
});

describe('which people, asked with 哪几位', () => {
  it('reads "最后是哪几位" as asking who, not how many', () => {
    expect(understand('2031 指导委员会 最后是哪几位').ask).toBe('who');
  });

  it('reads 想问下 as the frame of a request, which leaves the words after it whole', () => {
    expect(understand('想问下去年伦敦 kubecon 的维护者专场都有哪些人').words.groups.map((group) => group.word)).not.toContain('下去年');
  });
});

describe('a seat got', () => {
  it('reads "席位 谁拿到了" as asking who won it, not where a thing is got', () => {
    expect(understand('2031 年指导委员会社区席位 谁拿到了').ask).toBe('results');
    // A thing got stays a question of where it is got.
    expect(understand('kubecon 上的 t 恤 在哪拿到').ask).toBe('buy');
  });
});

describe('the emcee of a day', () => {
  it('is who the posts say hosted it', () => {
    expect(engine.answer('who emceed istio day atlanta').direct?.text).toMatch(/John Howard .*Keith Mattix .*hosted it/);
  });
});
