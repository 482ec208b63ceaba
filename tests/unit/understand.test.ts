import { describe, expect, it } from 'vitest';
import { countedPhrases, understand } from '../../src/understand/index.js';

describe('understand', () => {
  it('reads commands, and a command word with other words as a search', () => {
    expect(understand('talks istio day').command).toBe('talks');
    expect(understand('events').command).toBe('events');
    expect(understand('next istio day')).toMatchObject({ command: null, ask: 'latest' });
  });

  it('reads the intent in English and Chinese', () => {
    expect(understand('when is istio day london').ask).toBe('when');
    expect(understand('伦敦 Istio Day 什么时候').ask).toBe('when');
    expect(understand('how do I submit a talk to istio day').ask).toBe('cfp');
    // The proposals are what a call for proposals asks for: "when did proposals close", "formats for a proposal".
    expect(understand('when did proposals close for istiocon').ask).toBe('cfp');
    expect(understand('accepted formats for a proposal at istio day').ask).toBe('cfp');
    expect(understand('who won the 2025 TOC election').ask).toBe('results');
    expect(understand('what is istio day')).toMatchObject({ ask: 'what-is', subject: 'istio day', words: { wants: ['definition'] } });
    expect(understand('izzy 是什么')).toMatchObject({ ask: 'what-is', subject: 'izzy' });
    expect(understand('what exactly is contribfest')).toMatchObject({ ask: 'what-is', subject: 'contribfest' });
    expect(understand('izzy slides').subject).toBeNull();
    expect(understand('what does the steering committee do')).toMatchObject({ ask: 'what-is', subject: 'steering committee' });
    // Asking for its responsibilities or duties asks what it does; "# of" is "number of".
    expect(understand('steering committee responsibilities')).toMatchObject({ ask: 'what-is', subject: 'steering committee' });
    expect(understand('指导委员会的职责')).toMatchObject({ ask: 'what-is', subject: '指导委员会' });
    expect(understand('# of talks at istio day')).toMatchObject({ ask: 'how-many' });
    // A term alone, asked, asks what it is; not with a place or a year, nor with words that ask something else.
    expect(understand('contribfest?')).toMatchObject({ ask: 'what-is', subject: 'contribfest' });
    // Asked what it means, stands for, or to be told about: the name alone is the subject, before any other ask it holds.
    expect(understand('what does TOC stand for')).toMatchObject({ ask: 'what-is', subject: 'toc' });
    expect(understand('TOC 全称是什么')).toMatchObject({ ask: 'what-is', subject: 'toc' });
    // Words that ask what it stands for are not searched for: a passage need not say 全称 to spell the name out.
    expect(understand('TOC 全称是什么').words.groups.map((group) => group.word)).toEqual(['toc']);
    expect(understand('what does TOC stand for').words.groups.map((group) => group.word)).toEqual(['toc']);
    expect(understand('all-access pass meaning')).toMatchObject({ ask: 'what-is', subject: 'all-access' });
    expect(understand('please explain what istiocon actually is')).toMatchObject({ ask: 'what-is', subject: 'istiocon' });
    expect(understand('tell me about ztunnel')).toMatchObject({ ask: 'what-is', subject: 'ztunnel' });
    expect(understand('what happens at a contribfest')).toMatchObject({ ask: 'what-is', subject: 'contribfest' });
    // Which of two kinds of thing it is says what it is; the kinds only rank. Of one year's event, it asks how that one was held.
    expect(understand('istio day, is it a conference of its own or part of kubecon?')).toMatchObject({ ask: 'what-is', subject: 'istio day' });
    expect(understand('ICA 是考试还是课程')).toMatchObject({ ask: 'what-is', subject: 'ica' });
    expect(understand('istiocon 2031 是线上还是线下').ask).not.toBe('what-is');
    // However else it is put, only the name is what is asked about.
    expect(understand("what's the deal with ztunnel")).toMatchObject({ ask: 'what-is', subject: 'ztunnel' });
    expect(understand('ztunnel, never heard of it')).toMatchObject({ ask: 'what-is', subject: 'ztunnel' });
    expect(understand('i have never been to a contribfest, what goes on there')).toMatchObject({ ask: 'what-is', subject: 'contribfest' });
    expect(understand('ztunnel 指的是什么')).toMatchObject({ ask: 'what-is', subject: 'ztunnel' });
    expect(understand('waypoint 是干什么用的')).toMatchObject({ ask: 'what-is', subject: 'waypoint' });
    expect(understand('ambassador 计划是干嘛的').words.groups.map((group) => group.word)).toEqual(['ambassador', '计划']);
    expect(understand('tell me about the ambassador program')).toMatchObject({ ask: 'what-is', subject: 'ambassador' });
    expect(understand('ztunnel 介绍一下')).toMatchObject({ ask: 'what-is', subject: 'ztunnel' });
    // One stands for a seat: that asks no meaning.
    expect(understand('how to stand for the toc').ask).not.toBe('what-is');
    expect(understand('ztunnel？')).toMatchObject({ ask: 'what-is', subject: 'ztunnel' });
    expect(understand('istio day paris?').ask).not.toBe('what-is');
    expect(understand('contribfest').ask).toBe('search');
    expect(understand('contribfest slides?').ask).toBe('slides');
    expect(understand('who chairs the steering committee').words.wants).toEqual(['people']);
    // Who sponsored or paid for something: companies answer, so a passage that names people is not wanted first.
    expect(understand('who sponsored the stickers at the kiosk')).toMatchObject({ ask: 'who', words: { wants: [] } });
    expect(understand('贴纸是谁赞助的').words.wants).not.toContain('people');
    expect(understand('upcomming istio events').time).toBe('next');
    expect(understand('lastest istio day').time).toBe('latest');
    expect(understand('commit history').time).toBeNull();
    // After a milestone of the project, 之后 dates what is asked, as "after joining the cncf" does; after an event it asks the next.
    expect(understand('成为 CNCF 毕业项目之后 去哪领 istio 贴纸').time).toBeNull();
    expect(understand('after joining the cncf where could you grab istio stickers').time).toBeNull();
    expect(understand('istio day 巴黎之后').time).toBe('next');
    expect(understand('who was elected to the steering committee')).toMatchObject({ ask: 'results', words: { wants: ['outcome'] } });
    expect(understand('2026 指导委员会 谁当选')).toMatchObject({ ask: 'results', words: { wants: ['outcome'] } });
    expect(understand('2024 toc vote outcome')).toMatchObject({ ask: 'results', words: { wants: ['outcome'] } });
    expect(understand('toc 谁连任了').ask).toBe('results');
    // The latest election, or the latest committee, is who it elected; the latest event is which and when.
    expect(understand('most recent toc election')).toMatchObject({ ask: 'latest', words: { wants: ['outcome'] } });
    expect(understand('最新的 指导委员会').words.wants).toEqual(['outcome']);
    // Asked who, a seat named is the election's: who took the latest community seats is who the latest results name.
    expect(understand('who took the community seats most recently')).toMatchObject({ ask: 'who', time: 'latest', words: { wants: expect.arrayContaining(['outcome']) } });
    expect(understand('上一次社区席位给了谁')).toMatchObject({ ask: 'who', time: 'latest', words: { wants: expect.arrayContaining(['outcome']) } });
    expect(understand('latest istio day').words.wants).toEqual(['date']);
    expect(understand('who was voted onto the toc').ask).toBe('results');
    expect(understand('how many people voted in the steering election').ask).toBe('how-many');
    expect(understand('istiocon 2022 slides').ask).toBe('slides');
    expect(understand('最近的 Istio 活动').ask).toBe('latest');
    expect(understand('ambient').ask).toBe('search');
  });

  it('reads events, regions, cities and years whichever way they are written', () => {
    expect(understand('istio day EU 2024').entities).toMatchObject({ kinds: ['istio-day'], regions: ['Europe'], years: [2024] });
    expect(understand('北美 KubeCon').entities).toMatchObject({ kinds: ['kubecon'], regions: ['North America'] });
    expect(understand('伦敦 Istio Day 幻灯片').entities.cities).toEqual(['London']);
    expect(understand('salt lake city').entities.cities).toEqual(['Salt Lake City']);
    // An abbreviation people type, which no post writes: it names the city, and is searched as its names.
    const slc = understand('sign-up page for istio day in slc');
    expect(slc.entities.cities).toEqual(['Salt Lake City']);
    expect(slc.words.groups.find((group) => group.word === 'slc')?.alternatives.flat()).toEqual(expect.arrayContaining(['salt', 'lake', '盐湖']));
  });

  it('takes filters and phrases out of the words, and lets the caller force the language', () => {
    const question = understand('"zero trust" ambient lang:zh year:2024 event:"istio day"');
    expect(question.filters).toEqual({ lang: 'zh', year: 2024, event: 'istio day', phrases: ['zero trust'] });
    expect(question.rest).toBe('zero trust ambient');
    expect(understand('ambient', 'en').lang).toBe('en');
    expect(understand('网格').lang).toBe('zh');
  });

  it('reads "video" beside a topic as wanted rather than required, and synonyms as one word', () => {
    const { words } = understand('多集群 视频');
    expect(words.wants).toEqual(['video']);
    expect(words.groups.map((group) => group.word)).toEqual(['多集群']);
    expect(words.groups[0]?.alternatives).toContainEqual(['multiclust']);
    expect(words.soft.map((group) => group.word)).toEqual(['视频']);
    // The posts call ambient mesh ambient mode too ("Istio’s ambient mode is powered by…").
    expect(understand('what is ambient mesh').words.groups[0]?.alternatives).toContainEqual(['ambient', 'mode']);
    // The Chinese posts call a proxy 代理 and name the Waypoint Proxy in English.
    expect(understand('什么是 waypoint 代理').words.groups.at(-1)?.alternatives).toContainEqual(['proxi']);
  });

  it('searches nothing for Chinese question words: a run is cut at the stop words it holds', () => {
    expect(understand('Istio 吉祥物 叫什么').words.groups.map((group) => group.word)).toEqual(['istio', '吉祥物']);
    expect(understand('指导委员会是什么').words.groups.map((group) => group.word)).toEqual(['指导委员会']);
  });

  it('reads "latest", "next", "first" (最近, 下一次, 首届) as the time asked, not as words every passage must hold', () => {
    const latest = understand('latest steering election results');
    expect(latest.time).toBe('latest');
    // "results" only ranks: a results post names who was elected, and need not say "results".
    expect(latest.words.groups.map((group) => group.word)).toEqual(['steering', 'election']);
    expect(latest.words).toMatchObject({ wants: ['outcome'] });
    expect(latest.words.soft.map((group) => group.word)).toEqual(['results', 'latest']);
    expect(understand('下一次istio day什么时候').words.groups.map((group) => group.word)).toEqual(['istio', 'day']);
    expect(understand('latest').words.groups.map((group) => group.word)).toEqual(['latest']);
  });

  it('reads a misspelled word of the vocabulary as that word and its synonyms, beside what was typed', () => {
    // A typo inside a word of six letters or more is read as the word before the words are read (`spelled.ts`);
    // a shorter or end typo is searched as typed beside the word it misspells.
    const election = understand('who won the steering elecion of 2020').words.groups.find((group) => group.word === 'election');
    expect(election?.alternatives).toEqual(expect.arrayContaining([['elect'], ['选举']]));
    const london = understand('istio day londn').words.groups.find((group) => group.word === 'londn');
    expect(london?.alternatives).toEqual(expect.arrayContaining([['londn'], ['london']]));
    expect(understand('istio day atlana').words.groups.at(-1)?.alternatives).toContainEqual(['atlanta']);
    // Two edits away is another word, not a misspelling.
    expect(understand('istio day atlamda').words.groups.at(-1)?.alternatives).toEqual([['atlamda']]);
  });

  it('reads an election and a vote as two things: "election voting dates" asks when the vote is', () => {
    const { groups } = understand('steering election 2025 voting dates').words;
    expect(groups.map((group) => group.word)).toEqual(['steering', 'election', 'voting']);
    expect(groups[1]?.alternatives).not.toContainEqual(['vote']);
  });

  it('reads a short year written after an event name as that year, and other short numbers as words', () => {
    expect(understand('ambient sessions at kubecon eu 24').entities.years).toEqual([2024]);
    expect(understand('istio day 25 talks').entities.years).toEqual([2025]);
    expect(understand('istio day north america 23').entities.years).toEqual([2023]);
    expect(understand('top 20 contributors').entities.years).toEqual([]);
    expect(understand('24年 指导委员会 谁当选').entities.years).toEqual([2024]);
    expect(understand('23 年的 toc').entities.years).toEqual([2023]);
    expect(understand('前 20 名贡献者').entities.years).toEqual([]);
  });

  it('reads an organisation named in Chinese as its English name too (the Chinese posts write many in English)', () => {
    const { groups } = understand('Ambient 多集群 微软').words;
    expect(groups.find((group) => group.word === '微软')?.alternatives).toContainEqual(['microsoft']);
  });

  it('reads "program committee" as a name, not as asking for the schedule', () => {
    expect(understand('who were the program committee chairs for istio day chicago').ask).toBe('who');
    expect(understand('istio day chicago program').ask).toBe('schedule');
    // Sched is where the conferences publish their schedules: "the sched page" asks for one.
    expect(understand('istiocon china sched page').ask).toBe('schedule');
  });

  it('reads a programme people join ("ambassador program", "mentorship programme") as a name, not as asking for a schedule', () => {
    expect(understand('which istio folks are in the cncf ambassador program').ask).not.toBe('schedule');
    expect(understand('is there a mentorship programme for new contributors').ask).not.toBe('schedule');
    expect(understand('kubecon paris program').ask).toBe('schedule');
  });

  it('reads 未来, 近期 and "soon" as asking for the next event', () => {
    expect(understand('未来的 istio 活动').time).toBe('next');
    expect(understand('istio 近期活动').time).toBe('next');
    expect(understand('istio events soon').time).toBe('next');
  });

  it('reads how people ask to sign up and to get a thing (en and zh)', () => {
    expect(understand('sign up for istio day na 2023').ask).toBe('register');
    expect(understand('istiocon 2021 在哪注册').ask).toBe('register');
    expect(understand('亚特兰大 kubecon istio 新t恤 哪里拿').ask).toBe('buy');
    expect(understand('where can i get an istio t-shirt').ask).toBe('buy');
    expect(understand('izzy 书 哪里有卖').ask).toBe('buy');
    expect(understand('how to get the phippy book').ask).toBe('buy');
    expect(understand('怎么参加 istio day').ask).toBe('register');
    // Taking part in a campaign asks no registration: only the words of signing up rank registration passages.
    expect(understand('生日活动 怎么参加').words.wants).toEqual([]);
    expect(understand('istio day 怎么报名').words.wants).toEqual(['register']);
    expect(understand('how do i attend istio day europe 2025').ask).toBe('register');
    // Attending, counted, is no registration.
    expect(understand('how many people attended istiocon 2021').ask).toBe('how-many');
    // Long words of these intents typed wrong or cut short; a short one near another word is that word.
    expect(understand('registr link istio day').ask).toBe('register');
    expect(understand('regsiter for istiocon').ask).toBe('register');
    expect(understand('purchse the book').ask).toBe('buy');
    expect(understand('which sesions did the maintainers give').ask).toBe('talks');
    expect(understand('presentaions at istio day').ask).toBe('talks');
    // The schedule's long words too: cut short ("schedul") or with two letters swapped at the end ("timetabel").
    expect(understand('istoicon 2021 schedul').ask).toBe('schedule');
    expect(understand('timetabel of the beijing meetup').ask).toBe('schedule');
    expect(understand('maintainer summit').ask).toBe('search');
    expect(understand('istio day 什么时候截稿').ask).toBe('cfp');
    expect(understand('istio day call for speakers').ask).toBe('cfp');
    expect(understand('how do i propose a talk for istiocon').ask).toBe('cfp');
    expect(understand('istio t恤 怎么领').ask).toBe('buy');
    // "去哪领" holds 哪领; shopping online; how to win a giveaway.
    expect(understand('kubecon 的 istio 贴纸 去哪领').ask).toBe('buy');
    expect(understand('这本绘本能网购吗').ask).toBe('buy');
    expect(understand('这本绘本能网购吗').words.wants).toContain('shop');
    expect(understand('istio stickers, how can i win some').ask).toBe('buy');
    expect(understand('生日活动怎么赢贴纸').ask).toBe('buy');
    // Taking a thing for free is getting it, in en and zh; "free" alone asks what registering costs.
    expect(understand('can i get a copy of the dolphin book for free').ask).toBe('buy');
    expect(understand('那本绘本能免费拿吗').ask).toBe('buy');
    expect(understand('那本绘本能免费拿吗').words.wants).toContain('shop');
    expect(understand('is istiocon free').ask).not.toBe('buy');
    // A space typed between two Chinese words splits no word: "哪里 拿" is 哪里拿.
    expect(understand('kubecon 哪里 拿 贴纸').ask).toBe('buy');
    // A T-shirt named beside an event, nothing else asked: how it is got; it stays a word to search for.
    const shirts = understand('kubecon paris tshirts?');
    expect(shirts).toMatchObject({ ask: 'buy', words: { wants: ['shop'] } });
    expect(shirts.words.groups.map((group) => group.word)).toContain('tshirts');
    expect(understand('巴黎 kubecon 的 T 恤').ask).toBe('buy');
    expect(understand('who sponsored the t-shirts at kubecon paris').ask).toBe('who');
    expect(understand('in what order were the istio day talks').ask).not.toBe('buy');
    // What it costs to attend is asked of the registration; the words that ask only rank.
    expect(understand('is istiocon free or does it cost money')).toMatchObject({ ask: 'register', words: { wants: ['register'] } });
    expect(understand('istio day 要买票吗')).toMatchObject({ ask: 'register', words: { wants: ['register'] } });
    const cost = understand('does istio day cost money');
    expect(cost.words.groups.map((group) => group.word)).toEqual(['istio', 'day']);
    expect(cost.words.soft.map((group) => group.word)).toEqual(['cost', 'money']);
    expect(understand('sign up for istiocon').words.groups.map((group) => group.word)).toEqual(['istiocon']);
    // Cost as a topic of talks is no registration.
    expect(understand('ambient cost savings').ask).toBe('search');
    const buy = understand('where can i buy the phippy book');
    expect(buy).toMatchObject({ ask: 'buy', words: { wants: ['shop'] } });
    expect(buy.words.groups.map((group) => group.word)).toEqual(['phippy', 'book']);
    expect(understand('哪里买').words.groups[0]?.alternatives).toContainEqual(['buy']);
    // Slides and videos are links, not things to get: those intents come first.
    expect(understand('where can i get the slides of istio day paris').ask).toBe('slides');
  });

  it('reads a price, a discount or whether it is free as a registration question, and swag as something to get', () => {
    expect(understand('istiocon ticket pricing').ask).toBe('register');
    expect(understand('any discount for istio day europe')).toMatchObject({ ask: 'register', words: { wants: ['register'] } });
    expect(understand('kubecon promo code').ask).toBe('register');
    expect(understand('istio day 报名费用').ask).toBe('register');
    expect(understand('istiocon 有优惠吗').ask).toBe('register');
    // What it costs is answered by the registration passage ("Registration is free"), whatever word it uses.
    const price = understand('how much does istio day europe cost');
    expect(price.ask).toBe('register');
    // Asked of an event already held, in the past tense.
    expect(understand('how much was istiocon 2021').ask).toBe('register');
    expect(price.words.groups.map((group) => group.word)).not.toContain('cost');
    expect(price.words.soft.map((group) => group.word)).toContain('cost');
    // "Free" beside a thing to get is part of what is got: the free signed book.
    expect(understand('free signed book at kubecon').words.groups.map((group) => group.word)).toContain('free');
    expect(understand('istio merch').ask).toBe('buy');
    expect(understand('istio 周边 在哪买').ask).toBe('buy');
    // Swag is what the project hands out: its T-shirts.
    expect(understand('istio swag').words.groups[1]?.alternatives).toContainEqual(['shirt', 'tshirt']);
    expect(understand('istio 周边').words.groups[1]?.alternatives).toContainEqual(['恤']);
    // The Chinese part of a half-Latin synonym ("T 恤") is a word: a particle after it is not part of it.
    expect(understand('kubecon 有 istio t恤吗').words.groups.map((group) => group.word)).toContain('恤');
    // What was handed out is got too; "送什么", "在哪领" ask, the passage that says 免费领取 or 发放 answers.
    expect(understand('what did the istio kiosk hand out').ask).toBe('buy');
    const given = understand('istio 展台 送什么');
    expect(given).toMatchObject({ ask: 'buy', words: { wants: ['shop'] } });
    expect(given.words.groups.map((group) => group.word)).toEqual(['istio', '展台']);
    expect(understand('t恤 在哪领').words.groups.map((group) => group.word)).toEqual(['恤']);
    expect(understand('istio t恤 在哪能领到').ask).toBe('buy');
    // A store named is where the thing is wanted from: searched for, in either language ("CNCF Store", "CNCF 商店").
    const store = understand('is there an istio merch store');
    expect(store.ask).toBe('buy');
    expect(store.words.groups.find((group) => group.word === 'store')?.alternatives).toContainEqual(['商店']);
  });

  it('reads how long and counts with a measure word as how many, "what day" and 几号 as when, wanting a date', () => {
    expect(understand('how long is a presentation at istiocon').ask).toBe('how-many');
    expect(understand('闪电演讲多长').ask).toBe('how-many');
    expect(understand('几家公司 主办').ask).toBe('how-many');
    expect(understand('what day did the meetup start')).toMatchObject({ ask: 'when', words: { wants: ['date'] } });
    expect(understand('istiocon 2022 几号开')).toMatchObject({ ask: 'when', words: { wants: ['date'] } });
  });

  it('reads a count of seats or companies asked beside winning or getting as how many; a count of people stays who won', () => {
    expect(understand('2031 年有几家公司拿到了委员会席位').ask).toBe('how-many');
    expect(understand('acme 拿到几个席位').ask).toBe('how-many');
    expect(understand('how many companies won council seats in 2031').ask).toBe('how-many');
    expect(understand('2031 年有几位当选').ask).toBe('results');
    expect(understand('how many people won council seats in 2031').ask).toBe('results');
  });

  it('reads "what kind of" and "是啥" as "what is", and the subject without the words that ask', () => {
    expect(understand('istiocon, what kind of event is that')).toMatchObject({ ask: 'what-is', subject: 'istiocon' });
    expect(understand('istiocon 是啥')).toMatchObject({ ask: 'what-is', subject: 'istiocon' });
  });

  it('reads a misspelt opening "what" as "what", not as a word to search', () => {
    expect(understand("wat's contribfest")).toMatchObject({ ask: 'what-is', subject: 'contribfest' });
    expect(understand('waht is istio day')).toMatchObject({ ask: 'what-is', subject: 'istio day' });
    expect(understand('wats the toc').words.groups.map((group) => group.word)).toEqual(['toc']);
    expect(understand('whats the steering committee')).toMatchObject({ ask: 'what-is', subject: 'steering committee' });
    expect(understand('that is istio day').ask).not.toBe('what-is');
  });

  it('reads "who is this izzy", "izzy 是谁" as what Izzy is; "who is speaking", "主席是谁", "那个分享是谁" stay who', () => {
    expect(understand('who is this izzy')).toMatchObject({ ask: 'what-is', subject: 'izzy' });
    expect(understand("who's izzy the dolphin")).toMatchObject({ ask: 'what-is', subject: 'izzy dolphin' });
    expect(understand('izzy 是谁')).toMatchObject({ ask: 'what-is', subject: 'izzy', words: { groups: [{ word: 'izzy' }] } });
    expect(understand('who is speaking at istio day').ask).toBe('who');
    expect(understand('who is on the toc').ask).toBe('who');
    // The authors of a book are people asked for, as its speakers are of a talk.
    expect(understand('authors of the mascot book').ask).toBe('who');
    expect(understand('那本绘本的作者').ask).toBe('who');
    expect(understand('who is the chair of istio day').ask).toBe('who');
    expect(understand('伦敦 istio day 主席是谁').ask).toBe('who');
    expect(understand('ambient 大规模架构 那个分享是谁').ask).toBe('who');
    // "who or what is…", with what it is said to be beside its name: that only ranks.
    expect(understand('who or what is ztunnel, the node proxy thing')).toMatchObject({ ask: 'what-is', subject: 'ztunnel' });
    expect(understand('who/what is ztunnel')).toMatchObject({ ask: 'what-is', subject: 'ztunnel' });
    // A term alone, then a guess at what it is to confirm: the guess only ranks.
    expect(understand('izzy = ? is it the dolphin')).toMatchObject({ ask: 'what-is', subject: 'izzy', words: { groups: [{ word: 'izzy' }] } });
    expect(understand('ztunnel? is it a proxy').words.soft.map((group) => group.word)).toEqual(['proxy']);
  });

  it('reads "what is the ambassador program" as what it is, an event\'s programme as its schedule', () => {
    expect(understand('what is the ambassador program')).toMatchObject({ ask: 'what-is', subject: 'ambassador' });
    expect(understand('what is the istio day program').ask).toBe('schedule');
    expect(understand("what's the program for kubecon 2025").ask).toBe('schedule');
    expect(understand('what is the full program').ask).toBe('schedule');
  });

  it('reads what something does in Chinese ("是做什么的", "负责什么") as what it is, and searches none of those words', () => {
    expect(understand('技术监督委员会是做什么的')).toMatchObject({ ask: 'what-is', subject: '技术监督委员会', words: { groups: [{ word: '技术监督委员会' }] } });
    expect(understand('指导委员会负责什么')).toMatchObject({ ask: 'what-is', subject: '指导委员会', words: { groups: [{ word: '指导委员会' }] } });
  });

  it('searches only the words that name what a "what is" question asks about; the kind of thing it is said to be only ranks', () => {
    const words = (question: string) => understand(question).words.groups.map((group) => group.word);
    const soft = (question: string) => understand(question).words.soft.map((group) => group.word);
    expect(words('whats istio day exactly')).toEqual(['istio', 'day']);
    expect(words('what is the istio steering committee responsible for')).toEqual(['steering committee', 'istio']);
    // "the job of X", "X's role?" ask what X does: no word of its name ("what roles are there" asks no such thing).
    expect(understand("so what's the purpose of istio's steering committee").subject).toBe('istio steering committee');
    expect(understand("what is the TOC's role?").subject).toBe('toc');
    expect(words('what roles are there')).toEqual(['roles']);
    expect(words('contribfest meaning?')).toEqual(['contribfest']);
    // Brackets at the end say which one: their words only rank.
    expect(understand('all-access ticket meaning (kubecon atlanta)')).toMatchObject({ subject: 'all-access', words: { groups: [{ word: 'all-access' }] } });
    expect(soft('all-access ticket meaning (kubecon atlanta)')).toEqual(expect.arrayContaining(['kubecon', 'atlanta']));
    expect(understand('贡献席位 是什么意思')).toMatchObject({ subject: '贡献席位', words: { groups: [{ word: '贡献席位' }] } });
    expect(words('istiocon - what kind of conference is it')).toEqual(['istiocon']);
    expect(soft('istiocon - what kind of conference is it')).toContain('conference');
    expect(understand('istiocon 是个什么会')).toMatchObject({ ask: 'what-is', subject: 'istiocon' });
    expect(understand('istio day 到底是个啥样的活动')).toMatchObject({ ask: 'what-is', subject: 'istio day' });
    expect(understand('istio 吉祥物 izzy 是什么动物').subject).toBe('istio 吉祥物 izzy');
    expect(soft('istio 吉祥物 izzy 是什么动物')).toContain('动物');
    // "这只海豚", "这个活动": what it is said to be, beside its name, only ranks.
    expect(understand('Izzy 这只海豚是什么来头')).toMatchObject({ ask: 'what-is', subject: 'izzy' });
    expect(soft('contribfest 这个活动是什么')).toContain('活动');
    expect(words('技术监督委员会是做什么的')).toEqual(['技术监督委员会']);
    // "北美站": the edition in North America; 站 is no word to search.
    expect(understand('istio day 北美站 是什么活动')).toMatchObject({ subject: 'istio day 北美', entities: { regions: ['North America'] } });
  });

  it('reads colloquial Chinese and English ways of asking when, how many, who and what', () => {
    expect(understand('2031 指导委员会选举 投票啥时候开始').ask).toBe('when');
    expect(understand('istio 生日 贡献者人数').ask).toBe('how-many');
    expect(understand('新加入社区席位的是哪两位').ask).toBe('who');
    expect(understand('which people joined the toc').ask).toBe('who');
    expect(understand('what was the twitch stream')).toMatchObject({ ask: 'what-is', subject: 'twitch stream' });
  });

  it('reads a term asked with "??" or "= ?", and what it is said to be after it, as what it is', () => {
    const soft = (question: string) => understand(question).words.soft.map((group) => group.word);
    expect(understand('ztunnel?? the node proxy')).toMatchObject({ ask: 'what-is', subject: 'ztunnel', words: { groups: [{ word: 'ztunnel' }] } });
    expect(soft('ztunnel?? the node proxy')).toEqual(['node', 'proxy']);
    expect(understand('waypoint = ?')).toMatchObject({ ask: 'what-is', subject: 'waypoint' });
    // After "what is X?", "the paris one" says which, not what X is called.
    expect(understand("what's a keynote? the paris one")).toMatchObject({ ask: 'what-is', subject: 'keynote' });
  });

  it('reads "是哪种", the particles that end a spoken sentence and runs of function words as no part of the subject', () => {
    expect(understand('ztunnel 是哪种代理')).toMatchObject({ ask: 'what-is', subject: 'ztunnel', words: { groups: [{ word: 'ztunnel' }], soft: [{ word: '代理' }] } });
    expect(understand('ztunnel 是什么组件呀').subject).toBe('ztunnel');
    expect(understand('ztunnel 是什么嘛').subject).toBe('ztunnel');
    expect(understand('istio day 上的 keynote 是啥').subject).toBe('istio day keynote');
  });

  it('reads "X 是 Y 的什么" as what X is, Y only ranking', () => {
    expect(understand('ztunnel 是 ambient 的什么')).toMatchObject({ ask: 'what-is', subject: 'ztunnel', words: { groups: [{ word: 'ztunnel' }], soft: [{ word: 'ambient' }] } });
    // How it stands to something else, with a second question after it: what comes before is the subject.
    expect(understand('istio day 跟 kubecon 是什么关系，是一个会吗')).toMatchObject({ ask: 'what-is', subject: 'istio day' });
    expect(understand('istio 和 envoy 有什么关系')).toMatchObject({ ask: 'what-is', subject: 'istio', words: { soft: [{ word: 'envoy' }] } });
    // "的什么时候" asks when, "讲的是什么" what was said: no such thing.
    expect(understand('ztunnel 是 istio 的什么时候发布').ask).not.toBe('what-is');
  });

  it('reads a second question after a "what is" as words that rank, not as the subject', () => {
    const soft = (question: string) => understand(question).words.soft.map((group) => group.word);
    expect(understand('what is a waypoint, does it replace the sidecar')).toMatchObject({ ask: 'what-is', subject: 'waypoint' });
    expect(soft('what is a waypoint, does it replace the sidecar')).toEqual(expect.arrayContaining(['replace', 'sidecar']));
    expect(understand('ztunnel 是干嘛的，伦敦那场讲的')).toMatchObject({ ask: 'what-is', subject: 'ztunnel' });
    expect(understand('waypoint?? what is it, heard of it at a meetup')).toMatchObject({ ask: 'what-is', subject: 'waypoint' });
    // A clause that says what was done with it ("they announced", "that was announced") is no part of its name.
    expect(understand('what is the waypoint they announced at kubecon')).toMatchObject({ ask: 'what-is', subject: 'waypoint' });
    expect(understand('what exactly is the foundation that was announced in paris')).toMatchObject({ subject: 'foundation' });
    // With nothing named before it, the second clause is what is asked about.
    expect(understand('what is the thing that is new').words.groups.map((group) => group.word)).toEqual(['new']);
    // One question, one clause: nothing is taken for a second question.
    expect(understand("what's the istio steering committee").subject).toBe('istio steering committee');
  });

  it('keeps the subject in the order the question says it', () => {
    expect(understand("what's the istio steering committee").subject).toBe('istio steering committee');
  });

  it('reads what was talked about in Chinese ("都讲了啥", "谁讲的") as a question about talks', () => {
    expect(understand('上海 istiocon 都讲了啥')).toMatchObject({ ask: 'talks', aboutTalks: true });
    expect(understand('what was presented at istiocon 2021')).toMatchObject({ ask: 'talks', aboutTalks: true });
    expect(understand('北京 meetup ebpf 加速 谁讲的')).toMatchObject({ ask: 'who', aboutTalks: true });
  });
});


describe('the words around a question in a chat', () => {
  it('are not searched for: greetings, thanks and the frames of a polite request, in en and zh', () => {
    const words = (text: string) => understand(text).words.groups.map((group) => group.word);
    expect(words("Hi bot, I'd like to know how many people attended istiocon 2021, thanks!")).toEqual(['people', 'attended', 'istiocon']);
    expect(words('any idea where I can find the ambient slides?')).toEqual(['ambient']);
    expect(words('请问 istiocon 2022 的 t 恤 怎么领 谢谢')).not.toEqual(expect.arrayContaining(['请问', '谢谢']));
  });
});

describe('what a Chinese count question counts', () => {
  it('is the noun before a measure word that ends the question, else the words after 多少 / 几', () => {
    expect(countedPhrases('席位一共有几个？')).toEqual(['席位']);
    expect(countedPhrases('北京 meetup 合作伙伴 有多少家')).toEqual(['作伙伴']);
    // Followed by its noun, or asking "which ones": the measure word's own reading stays.
    expect(countedPhrases('一共有多少个席位')).toEqual(['个席位']);
    expect(countedPhrases('istiocon 2021 有几场')).toEqual(['场']);
    expect(countedPhrases('指导委员会 选了哪几位')).toEqual(['位']);
  });
});

describe('Chinese words that overlap', () => {
  it('reads a longer known word that starts inside another and runs past it: 是什么时候 asks when, not what', () => {
    const question = understand('第一届 istiocon 是什么时候');
    expect(question.ask).toBe('when');
    expect(question.words.wants).toEqual(['date']);
    expect(question.words.groups.map((group) => group.word)).not.toContain('时候');
  });
});
