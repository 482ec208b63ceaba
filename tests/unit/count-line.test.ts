/** The "how many" line quotes the sentence that gives the count asked about, of the year asked about, said as a fact. */
import { describe, expect, it } from 'vitest';
import { countLine } from '../../src/answer/count-line.js';
import { countedIn } from '../../src/facts/index.js';
import type { RankedPassages } from '../../src/find/index.js';
import type { Passage } from '../../src/model/index.js';
import { understand } from '../../src/understand/index.js';

const passage = (id: string, text: string, event: string | null, lang: 'en' | 'zh' = 'en'): Passage =>
  ({ id, postId: id, title: `Post ${id}`, url: `https://example.org/${id}`, postUrl: `https://example.org/${id}`, text, lang, headings: [], event, date: '2031-05-01', links: { videos: [], slides: [], schedule: [], other: [] }, facts: { count: true, counted: countedIn(text) } }) as unknown as Passage;
const rankedOf = (passages: readonly Passage[]): RankedPassages => passages.map((one, index) => ({ passage: one, score: passages.length - index, terms: () => [] }));

describe('the count line', () => {
  it('quotes no count of people for how many of some other thing took part', () => {
    const shirts = passage('s', 'The first 500 people to sign up for the summit got a hoodie.', 'Summit 2031');
    expect(countLine(understand('how many nations joined summit 2031'), rankedOf([shirts]))).toBeUndefined();
    const reach = passage('r', 'More than 2,000 people joined Summit 2031 from 40 countries.', 'Summit 2031');
    expect(countLine(understand('how many joined summit 2031'), rankedOf([shirts, reach]))?.direct?.text).toMatch(/2,000 people/);
  });

  it('counts a Chinese noun of four characters after its measure word ("个贡献席位"), so a count of seats answers', () => {
    const seats = passage('z', '理事会由 7 个贡献席位和 3 个社区席位组成。', 'Council 2031', 'zh');
    expect(countLine(understand('理事会 2031 有几个席位'), rankedOf([seats]))?.direct?.text).toMatch(/7 个贡献席位/);
  });

  it('answers a count of talks with the post\'s count of sessions, the word it uses for them', () => {
    const stage = passage('m', 'The week held six FooCon sessions on the main stage and a kiosk.', 'FooCon 2031');
    expect(countLine(understand('how many talks on the main stage at foocon 2031'), rankedOf([stage]))?.direct?.text).toMatch(/six FooCon sessions/);
    expect(countLine(understand('how many kiosks did foocon 2031 have'), rankedOf([stage]))).toBeUndefined();
  });

  it('looks past the first page for the sentence that counts, when the opening above it only names what is counted', () => {
    const opening = passage('o', 'Members vote for the council seats; candidates come from the member companies.', null);
    const calls = [1, 2].map((n) => passage(`c${n}`, `Voting for the council opens on ${n} May and lasts 12 days.`, null));
    const results = passage('r', 'Seven candidates stood for the three open council seats.', null);
    expect(countLine(understand('how many candidates stood for the council'), rankedOf([opening, ...calls, results]))?.direct?.text).toBe('Post r: Seven candidates stood for the three open council seats.');
  });

  it('answers a count of a kind of thing ("founding seats") with a sentence counting that kind, not the bare noun above it', () => {
    const charter = passage('a', 'The council has 5 seats to be filled by the founders, as the charter wants.', null);
    const makeup = passage('b', 'The council consists of 5 permanently-held Founding Seats and 2 rotating Guest Seats.', null);
    expect(countLine(understand('how many founding seats does the council have'), rankedOf([charter, makeup]))?.direct?.text).toBe('Post b: The council consists of 5 permanently-held Founding Seats and 2 rotating Guest Seats.');
    // Asked of the seats alone, the first passage's count of them stands.
    expect(countLine(understand('how many seats does the council have'), rankedOf([charter, makeup]))?.direct?.text).toMatch(/^Post a: /);
  });

  it('counts what comes before the event and the city named: "how many sponsors istio day chicago" counts no days', () => {
    const recap = passage('d', 'The four-day conference was twice the fun this year. Two sponsors, Acme and Globex, backed Istio Day.', 'Istio Day North America 2031');
    expect(countLine(understand('how many sponsors istio day chicago 2031'), rankedOf([recap]))?.direct?.text).toBe('Post d: Two sponsors, Acme and Globex, backed Istio Day.');
  });

  it('quotes, of the sentences that give the count, the one the other words of the question pick', () => {
    // Every format of the call counts its speakers: asked of the workshop, its own item answers, not the first.
    const formats = passage('f', 'Talk: 30 minutes, 1 or 2 speakers. Workshop: 90 minutes with 2 to 4 speakers. Quick demo: 5 minutes, 1 speaker.', 'FooCon 2031');
    expect(countLine(understand('how many speakers can a foocon 2031 workshop have'), rankedOf([formats]))?.direct?.text).toBe('Post f: Workshop: 90 minutes with 2 to 4 speakers.');
    expect(countLine(understand('how many speakers per talk at foocon 2031'), rankedOf([formats]))?.direct?.text).toBe('Post f: Talk: 30 minutes, 1 or 2 speakers.');
  });

  it('quotes no talk\'s length for how many speakers it may have: "25 分钟演讲" counts minutes, not talks', () => {
    const recap = passage('r', '形式为 25 分钟演讲、35 分钟小组讨论或 5 分钟快讲。', 'FooCon 2031', 'zh');
    const call = passage('c', '快讲：简短的 5 分钟演讲，最多 1 位演讲者。', 'FooCon 2031', 'zh');
    expect(countLine(understand('FooCon 2031 的快讲最多能有几个演讲者'), rankedOf([recap, call]))?.direct?.text).toBe('Post c：快讲：简短的 5 分钟演讲，最多 1 位演讲者。');
  });

  it('quotes no rank for how many there are: "占据前三名" is the top three companies, not three contributors', () => {
    const top = passage('t', '去年贡献最多的公司中，Acme、Globex 和 Initech 占据前三名。', null, 'zh');
    const growth = passage('g', '去年项目已有超过 900 名贡献者。', null, 'zh');
    expect(countLine(understand('去年项目有多少贡献者'), rankedOf([top, growth]))?.direct?.text).toBe('Post g：去年项目已有超过 900 名贡献者。');
  });

  it('answers a count of a noun alone with a sentence that counts it alone, not some kinds of it, when a later passage has one', () => {
    const kinds = passage('k', 'The council consists of 5 company-allocated Company Seats and 3 elected Member Seats.', null);
    const whole = passage('w', 'The new council consists of 8 seats: 5 Company Seats and 3 Member Seats.', null);
    expect(countLine(understand('how many seats does the council have'), rankedOf([kinds, whole]))?.direct?.text).toBe('Post w: The new council consists of 8 seats: 5 Company Seats and 3 Member Seats.');
    expect(countLine(understand('how many company seats does the council have'), rankedOf([kinds, whole]))?.direct?.text).toMatch(/^Post k:/);
    const zhKinds = passage('zk', '委员会由 5 个公司席位和 3 个成员席位组成。', null, 'zh');
    const zhWhole = passage('zw', '新委员会由 8 个席位组成。', null, 'zh');
    expect(countLine(understand('委员会一共有几个席位'), rankedOf([zhKinds, zhWhole]))?.direct?.text).toBe('Post zw：新委员会由 8 个席位组成。');
    // Of people, a sentence naming two of them is no better answer than the first one's count.
    const top = passage('t', 'Some 20 active contributors were called on stage.', 'FooCon 2031');
    const pair = passage('p', 'Our two contributors Ann and Bo won an award.', 'FooCon 2031');
    expect(countLine(understand('how many contributors were called on stage at foocon 2031'), rankedOf([top, pair]))?.direct?.text).toMatch(/^Post t:/);
  });

  it('quotes the count of a thing asked by 数 or 数量 after it, counted with a measure word and its Latin name', () => {
    const stars = passage('s', '项目已有超过 35,000 个 GitHub Star，并且还在增长。', null, 'zh');
    const line = 'Post s：项目已有超过 35,000 个 GitHub Star，并且还在增长。';
    expect(countLine(understand('项目 github star 数'), rankedOf([stars]))?.direct?.text).toBe(line);
    expect(countLine(understand('项目的 star 数量是多少'), rankedOf([stars]))?.direct?.text).toBe(line);
  });

  it('quotes no question to the reader: "remember when we had 300 contributors?" recalls another time', () => {
    const growth = passage('g', 'Remember when the project had 300 contributors? This year over 1,200 contributors sent changes.', null);
    expect(countLine(understand('how many contributors did the project have this year'), rankedOf([growth]))?.direct?.text).toBe('Post g: This year over 1,200 contributors sent changes.');
    const zh = passage('z', '还记得项目只有 300 名贡献者吗？今年已有超过 1,200 名贡献者！', null, 'zh');
    expect(countLine(understand('今年贡献者有多少名'), rankedOf([zh]))?.direct?.text).toBe('Post z：今年已有超过 1,200 名贡献者！');
  });

  it('quotes no count of the newcomers for how many there are, only for how many are new', () => {
    const welcome = passage('w', 'The council welcomes its three newest voted seat holders this spring.', null);
    const charter = passage('c', 'The council has 7 voted seats and 5 company seats.', null);
    expect(countLine(understand('how many voted seats does the council have'), rankedOf([welcome, charter]))?.direct?.text).toBe('Post c: The council has 7 voted seats and 5 company seats.');
    expect(countLine(understand('how many new voted seat holders does the council have'), rankedOf([welcome, charter]))?.direct?.text).toMatch(/three newest voted seat holders/);
  });

  it('quotes no count from the post of another governance body than the one asked about', () => {
    const toc = { ...passage('t', 'Six candidates stood for the three open seats.', null), title: 'Technical Oversight Committee election results 2031' };
    expect(countLine(understand('how many candidates stood in the 2031 steering committee vote'), rankedOf([toc]))).toBeUndefined();
    expect(countLine(understand('how many candidates stood in the 2031 toc vote'), rankedOf([toc]))?.direct?.text).toMatch(/Six candidates/);
  });

  it('quotes, asked about a governance body, a count of a post not titled with it only from a sentence that names it', () => {
    const summit = passage('s', 'The Steering Committee announced the summit in May. More than 900 people from 40 countries registered.', 'Summit 2031');
    expect(countLine(understand('how many people sit on the steering committee'), rankedOf([summit]))).toBeUndefined();
    const charter = passage('c', 'The summit went well. The Steering Committee now has 11 people on it.', 'Summit 2031');
    expect(countLine(understand('how many people sit on the steering committee'), rankedOf([charter]))?.direct?.text).toMatch(/11 people/);
  });

  it('quotes no count of those who hold the seats for how many seats there are, only for how many hold them', () => {
    const moved = passage('m', '今年，我们的三个理事席位持有人转为公司席位。', null, 'zh');
    const charter = passage('c', '理事会设有七个理事席位和五个公司席位。', null, 'zh');
    expect(countLine(understand('理事会有几个理事席位'), rankedOf([moved, charter]))?.direct?.text).toBe('Post c：理事会设有七个理事席位和五个公司席位。');
    expect(countLine(understand('有几个理事席位持有人转为公司席位'), rankedOf([moved, charter]))?.direct?.text).toMatch(/三个理事席位持有人/);
  });

  it('quotes no sentence about another year\'s edition from the post of the edition asked about', () => {
    const recap = passage('r', 'Registration opened in March. The announcement recalled IstioCon 2030, where 3,000 people registered.', 'IstioCon 2031');
    expect(countLine(understand('how many people registered for istiocon 2031'), rankedOf([recap]))).toBeUndefined();
    expect(countLine(understand('how many people registered for istiocon 2030'), rankedOf([recap]))?.direct?.text).toMatch(/3,000 people registered/);
    // Opening with the year it tells of, a sentence of the next edition's post recalls that year's count.
    const recall = passage('n', 'Registration opened in March. In 2030, more than 3,000 people joined online.', 'IstioCon 2031');
    expect(countLine(understand('how many people joined istiocon 2031'), rankedOf([recall]))).toBeUndefined();
    expect(countLine(understand('how many people joined istiocon 2030'), rankedOf([recall]))?.direct?.text).toMatch(/In 2030, more than 3,000 people/);
    const zhRecall = passage('nz', '注册于 3 月开放。2030 年，来自 60 个国家的 3,000 多人在线参加了活动。', 'IstioCon 2031', 'zh');
    expect(countLine(understand('istiocon 2031 有多少人参加'), rankedOf([zhRecall]))).toBeUndefined();
    // A year that names no edition ("a later post") says nothing of which one is counted.
    const own = passage('o', 'More than 3,000 people registered (a 2032 post counts 3,100).', 'IstioCon 2031');
    expect(countLine(understand('how many people registered for istiocon 2031'), rankedOf([own]))?.direct?.text).toMatch(/More than 3,000 people registered/);
    // Nor is it the year counted: the 2031 count is no answer for IstioCon 2032.
    expect(countLine(understand('how many people registered for istiocon 2032'), rankedOf([own]))).toBeUndefined();
    const zhOwn = passage('zo', '共有 3,000 多人注册（2032 年的一篇文章给出的数字是 3,100）。', 'IstioCon 2031', 'zh');
    expect(countLine(understand('istiocon 2032 有多少人注册'), rankedOf([zhOwn]))).toBeUndefined();
  });

  it('answers how many came with no format\'s speakers or limit: those answer only a question about them', () => {
    const formats = passage('f', 'Workshop: 120 minutes, led by 1 to 3 speakers. Quick talk: 8 minutes, limited to 1 speaker.', 'FooCon 2031');
    const reach = passage('r', 'More than 2,500 people from 60 countries signed up for FooCon 2031.', 'FooCon 2031');
    expect(countLine(understand('how many people joined foocon 2031'), rankedOf([formats, reach]))?.direct?.text).toMatch(/2,500 people/);
    expect(countLine(understand('how many speakers can a workshop have at foocon 2031'), rankedOf([formats, reach]))?.direct?.text).toMatch(/1 to 3 speakers/);
    const zhFormats = passage('zf', '研讨会：120 分钟，由 1 至 3 名发言者带领。快速演讲：8 分钟，限 1 人。', 'FooCon 2031', 'zh');
    const zhReach = passage('zr', '共有来自 60 个国家的 2,500 多人报名参加 FooCon 2031。', 'FooCon 2031', 'zh');
    expect(countLine(understand('foocon 2031 多少人参加了'), rankedOf([zhFormats, zhReach]))?.direct?.text).toMatch(/2,500 多人/);
    expect(countLine(understand('foocon 2031 快速演讲 最多几人'), rankedOf([zhFormats, zhReach]))?.direct?.text).toMatch(/限 1 人/);
    // "最多样化" (the most diverse) sets no limit.
    const diverse = passage('d', '今年的席位分配是有史以来最多样化的，共有六家公司。', null, 'zh');
    expect(countLine(understand('今年席位分给了几家公司'), rankedOf([diverse]))?.direct?.text).toMatch(/六家公司/);
  });

  it('quotes no gift\'s cut-off ("the first 500 to sign up get a mug") as how many signed up', () => {
    const gift = passage('g', 'Sign-ups opened in May, and the first 500 people to sign up received a free mug.', 'FooCon 2031');
    expect(countLine(understand('how many sign-ups did foocon 2031 have'), rankedOf([gift]))).toBeUndefined();
    expect(countLine(understand('how many people registered at foocon 2031'), rankedOf([gift]))).toBeUndefined();
    const zhGift = passage('zg', '报名于 5 月开放，前 500 位报名者可获得一个马克杯。', 'FooCon 2031', 'zh');
    expect(countLine(understand('foocon 2031 有多少人报名'), rankedOf([zhGift]))).toBeUndefined();
  });

  it('answers how long a talk runs with the call\'s formats in minutes, not with any count of years or another event\'s call', () => {
    const call = passage('c', 'Proposals closed in May. Formats were 30-minute talks (1 or 2 speakers) and 6-minute lightning talks.', 'FooCon 2031');
    expect(countLine(understand('how long does a talk slot run at foocon 2031'), rankedOf([call]))?.direct?.text).toMatch(/30-minute talks/);
    const zhCall = passage('zc', '提案于 5 月截止。形式为 30 分钟演讲（1 或 2 位讲者）和 6 分钟闪电演讲。', 'FooCon 2031', 'zh');
    expect(countLine(understand('foocon 2031 每场演讲时长多久'), rankedOf([zhCall]))?.direct?.text).toMatch(/30 分钟演讲/);
    expect(countLine(understand('foocon 2031 闪电演讲几分钟'), rankedOf([zhCall]))?.direct?.text).toMatch(/6 分钟闪电演讲/);
    // A title's "9 Years of Running Meshes" or "Meshes in 3 Minutes" is no talk's length.
    const title = passage('t', 'Talks included Lessons From 9 Years of Running Meshes.', 'FooCon 2031');
    expect(countLine(understand('how long were the talks at foocon 2031'), rankedOf([title]))).toBeUndefined();
    const quick = passage('q', 'Lightning Talk: Zero-Trust Meshes up and Running in 3 Minutes.', 'FooCon 2031');
    expect(countLine(understand('how long is a lightning talk at foocon 2031'), rankedOf([quick]))).toBeUndefined();
    const zhQuick = passage('zq', '闪电演讲：3 分钟跑通零信任网格。', 'FooCon 2031', 'zh');
    expect(countLine(understand('foocon 2031 闪电演讲多长'), rankedOf([zhQuick]))).toBeUndefined();
    // Another event's call gives the length of its own talks, not those of the event named.
    expect(countLine(understand('how long were the talks at barcon'), rankedOf([call]), () => ['BarCon 2032'])).toBeUndefined();
  });

  it('answers a count asked of each year with the sentence that says it of each year, not the count of the whole', () => {
    const whole = passage('w', 'The council has always had 8 seats, and still does.', null);
    const rota = passage('r', 'Each year, four of the eight council seats come up for a vote.', null);
    expect(countLine(understand('how many council seats come up each year'), rankedOf([whole, rota]))?.direct?.text).toMatch(/Each year, four of the eight/);
    expect(countLine(understand('how many council seats are there'), rankedOf([whole, rota]))?.direct?.text).toMatch(/always had 8 seats/);
    const wholeZh = passage('w', '理事会一直由 8 名成员组成。', null, 'zh');
    const rotaZh = passage('r', '理事会每年改选，选出八个席位中的四个。', null, 'zh');
    expect(countLine(understand('理事会每年改选几个人'), rankedOf([wholeZh, rotaZh]))?.direct?.text).toMatch(/每年改选，选出八个席位中的四个/);
  });

  it('answers how many people an election picks with its count of the seats it fills, but not how many candidates or voters', () => {
    const rota = passage('r', '理事会改选，选出八个席位中的四个。', null, 'zh');
    expect(countLine(understand('理事会这次选几个人'), rankedOf([rota]))?.direct?.text).toMatch(/八个席位中的四个/);
    expect(countLine(understand('理事会这次有几个候选人'), rankedOf([rota]))).toBeUndefined();
    const seats = passage('s', 'The election fills four of the eight council seats.', null);
    expect(countLine(understand('how many people do they elect to the council'), rankedOf([seats]))?.direct?.text).toMatch(/four of the eight/);
    expect(countLine(understand('how many voters does the council have'), rankedOf([seats]))).toBeUndefined();
    const allocated = passage('a', 'The member companies are allocated nine council seats.', null);
    expect(countLine(understand('how many people do they elect to the council'), rankedOf([allocated]))).toBeUndefined();
  });

  it('answers how many people sit on a body with what it is made of, not with how many stood or one election filled', () => {
    const stood = passage('c', 'Five candidates stood for our four open seats on the Steering Committee.', null);
    const made = passage('m', 'The Steering Committee consists of 13 seats: 9 Contribution Seats and 4 Community Seats.', null);
    expect(countLine(understand('how many people on the steering committee now'), rankedOf([stood, made]))?.direct?.text).toMatch(/^Post m: .*13 seats/);
    expect(countLine(understand('how many people on the steering committee now'), rankedOf([stood]))).toBeUndefined();
    const zhStood = passage('zc', '共有五名候选人角逐指导委员会的四个空缺席位。', null, 'zh');
    const zhMade = passage('zm', '指导委员会由 13 个席位组成。', null, 'zh');
    expect(countLine(understand('指导委员会有多少人'), rankedOf([zhStood, zhMade]))?.direct?.text).toMatch(/^Post zm：/);
    // Members counted as such, in what the body comprises.
    const members = passage('t', 'The TOC has traditionally comprised 6 members.', null);
    expect(countLine(understand('how many members does the toc have'), rankedOf([members]))?.direct?.text).toMatch(/6 members/);
    // Who voted is counted as itself.
    const voters = passage('v', 'Over 120 people voted for the Steering Committee this year.', null);
    expect(countLine(understand('how many people can vote for the steering committee'), rankedOf([voters, made]))?.direct?.text).toMatch(/^Post v:/);
  });

  it('quotes no count of the others, set apart from one named before, for how many there are', () => {
    const rest = passage('o', '新成员 Ann 来自 Acme。其他两位候选人都曾在理事会任职。', null, 'zh');
    expect(countLine(understand('理事会现在几个人'), rankedOf([rest]))).toBeUndefined();
    expect(countLine(understand('其他候选人有几个'), rankedOf([rest]))?.direct?.text).toMatch(/其他两位候选人/);
    const restEn = passage('e', 'Ann joins from Acme. The other two candidates have all served before.', null);
    expect(countLine(understand('how many candidates were there'), rankedOf([restEn]))).toBeUndefined();
  });
});
