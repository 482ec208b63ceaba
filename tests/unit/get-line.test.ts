/**
 * "where can I buy…", "what did the kiosk hand out": the answer line quotes the sentence that says
 * where the thing is sold or handed out, from a passage of the first page (shipped index).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { gettingLine } from '../../src/answer/get-line.js';
import type { Ranked } from '../../src/find/index.js';
import { understand } from '../../src/understand/index.js';
import { shippedIndexes, shippedService } from '../helpers/engine.js';

let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});

/** The sentence a line quotes after the post's title ("Title: sentence"). */
const quoted = (text: string | undefined): string => (text ?? '').replace(/^.*?[)）][:：]\s*|^[^:：]*[:：]\s*/u, '');

describe('where to get it: the line quotes the sentence that says where it is sold or handed out', () => {
  it('quotes the store a book is sold at, from a passage of the first page, in en and zh', () => {
    const answer = engine.answer('where could i buy the izzy book');
    expect(answer.direct?.text).toMatch(/at the CNCF store at the conference and then in the CNCF online store\.$/);
    const source = answer.results.find((result) => result.text.includes(quoted(answer.direct?.text)));
    expect(source?.url).toBe(answer.direct?.url);
    expect(engine.answer('izzy 绘本 哪里买').direct?.text).toMatch(/CNCF 商店出售/);
  });

  it('takes "somewhere" or "anywhere" for no thing asked about: the store that sells the book answers', () => {
    expect(engine.answer('could i purchase the izzy book somewhere online').direct?.text).toMatch(/CNCF online store/);
    expect(engine.answer('is izzy saves the birthday sold anywhere').direct?.text).toMatch(/CNCF online store/);
  });

  it('takes an adverb that only stresses the request ("actually", "really") for no thing asked about: the store still answers', () => {
    expect(engine.answer('where do i actually buy the kids book about izzy').direct?.text).toMatch(/CNCF online store/);
    expect(engine.answer('can you really buy the izzy book online').direct?.text).toMatch(/CNCF online store/);
  });

  it('reads the price of a thing said with no asking word, or asked "what does … cost", as where it is sold', () => {
    for (const question of ['the kids book about izzy, cost?', 'what does the izzy book cost']) {
      expect(engine.answer(question).direct?.text).toMatch(/CNCF online store/);
    }
    // A cost that does not end the question is no price asked: what the estimator is.
    expect(understand('what does the cost estimator do').ask).toBe('what-is');
  });

  it('reads "where" asked of a thing, nothing that happened to it, as where it is got, in en and zh; where it was launched stays a place', () => {
    for (const question of ['istio tshirts where?', 'izzy 的绘本在哪里', 'kubecon istio T恤 在哪']) expect(understand(question).ask, question).toBe('buy');
    expect(engine.answer('istio tshirts where?').direct?.text).toMatch(/t-shirt/i);
    expect(engine.answer('izzy 的绘本在哪里').direct?.text).toMatch(/商店/);
    for (const question of ['where was the izzy book launched', 'izzy 绘本在哪个城市首发', 'where does izzy come from']) expect(understand(question).ask, question).not.toBe('buy');
  });

  it('reads whether a thing can be had ("available", "can i still get", 买得到) as where it is sold, never slides asked available', () => {
    for (const question of ['is the izzy book available online?', 'can i still get the izzy book']) {
      expect(engine.answer(question).direct?.text).toMatch(/online store/);
    }
    expect(engine.answer('izzy 绘本现在还买得到吗').direct?.text).toMatch(/CNCF 在线商店/);
    expect(understand('are the slides available for istio day london').ask).toBe('slides');
  });

  it('reads buying said as "buying" or "purchasing" as buying: of a thing, where it is sold; of an event, its registration', () => {
    expect(engine.answer('is buying the izzy book possible online').direct?.text).toMatch(/CNCF online store/);
    expect(understand('buying a kubecon pass for istio day in chicago').ask).toBe('register');
    expect(understand('can i go to istio day without buying kubecon').ask).toBe('register');
    // What a kiosk gives away at an event stays a thing got.
    expect(understand('2025 年亚特兰大的 kubecon 展台上送什么').ask).toBe('buy');
  });

  it('reads whether a thing costs money, said the Chinese ways (要钱吗, 收费吗), as where it is sold or handed out', () => {
    expect(understand('kubecon 上 istio 的 T 恤 要钱吗').ask).toBe('buy');
    expect(engine.answer('izzy 绘本 收费吗').direct?.text).toMatch(/CNCF 在线商店/);
    // Of an event, what attending costs.
    expect(understand('istiocon 2022 要钱吗').ask).toBe('register');
  });

  it('reads "有什么送" as asking what was given away, as "送什么" is', () => {
    expect(engine.answer('亚特兰大 展台 有什么送').direct?.text).toMatch(/发放了新设计的 Istio T 恤/);
  });

  it('takes the booth or "anything" for no thing asked about: the kiosk that handed out a T-shirt answers', () => {
    expect(engine.answer('was anything handed out at the istio booth in atlanta').direct?.text).toMatch(/handed out a new Istio T-shirt/);
  });

  it('quotes a giveaway or what a kiosk handed out when asked what was given away or handed out', () => {
    expect(engine.answer('free izzy book given away where').direct?.text).toMatch(/signed and gave away free copies/);
    // The sentence quoted alone still says who gave them away.
    expect(engine.answer('free izzy book given away where').direct?.text).toMatch(/Faseela K and Lin Sun read the book/);
    expect(engine.answer('what did the istio kiosk hand out in atlanta').direct?.text).toMatch(/handed out a new Istio T-shirt\.$/);
  });

  it('quotes the giveaway, not the store, for a thing asked free, in en and zh', () => {
    expect(engine.answer('can i get the izzy book for free').direct?.text).toMatch(/signed and gave away free copies/);
    expect(engine.answer('izzy 绘本可以免费拿吗').direct?.text).toMatch(/免费赠书/);
  });

  it('quotes the swag bags and raffles of a conference held online, the question\'s aside ("even though…") naming no thing', () => {
    for (const question of ['any giveaways at the first istiocon', 'istiocon 2021 swag, even though it all happened online?', 'any swag although istiocon 2021 was held online']) {
      expect(engine.answer(question).direct?.text, question).toMatch(/virtual swag bags, raffles/);
    }
  });

  it('takes who the thing is for, or "a gift", for no thing asked about: the store answers', () => {
    for (const question of ['hello, where could i buy the izzy book for my son?', 'izzy book as a gift, where to buy']) {
      expect(engine.answer(question).direct?.text, question).toMatch(/CNCF online store/);
    }
  });

  it('takes the city or region the question names for which event, no thing asked about: the T-shirt, not the book launched there', () => {
    expect(engine.answer('salt lake city istio tshirt?').direct?.text).toMatch(/handed out Istio T-shirts/);
    expect(engine.answer('盐湖城 有 T 恤吗').direct?.text).toMatch(/发放了新设计的 Istio T 恤/);
    expect(engine.answer('paris istio t-shirt?').direct?.text ?? '').not.toMatch(/book/i);
  });

  it('gives no line when no passage names the thing asked about (a ticket to buy is no sticker)', () => {
    expect(engine.answer('can i buy istio stickers').direct).toBeUndefined();
    expect(engine.answer('can i buy istio t-shirts').direct?.text).toMatch(/t-shirt/i);
    // A T-shirt named alone asks how it is got, and is still the thing the line must name (not "one").
    expect(engine.answer('istio tshirt where to get one').direct?.text).toMatch(/t-shirt/i);
    expect(engine.answer('kubecon atlanta tshirt').direct?.text).toMatch(/handed out a new Istio T-shirt/);
  });

  it('gives no line from a sentence that only says there was a kiosk, nor for a question that asks nothing of getting', () => {
    expect(engine.answer('where can i get istio things at kubecon paris').direct).toBeUndefined();
    expect(engine.answer('istio kiosk at kubecon paris').direct).toBeUndefined();
  });
});

describe('where to get it: an introduction that only points ahead says no way to get anything', () => {
  it('quotes the passage that says how, shown first, over one that says "read on to learn how"', async () => {
    const { corpus } = await shippedIndexes();
    const how = corpus.passages.find((passage) => passage.lang === 'en' && passage.text.includes('#IstioBirthday'));
    if (!how) throw new Error('the shipped index lost the 4th birthday campaign');
    const intro = { ...how, id: `${how.id}-intro`, text: 'To celebrate, we host a week of events. Read on to learn how to participate and enter a chance to win some Istio swag.' };
    const ranked: Ranked[] = [intro, how].map((passage, at) => ({ passage, score: 2 - at, terms: () => [] }));
    const lead = gettingLine(understand('istio birthday swag, how to win some'), ranked);
    expect(lead?.direct?.text).toMatch(/#IstioBirthday|chance (?:at|to win)/);
    expect(lead?.direct?.text).not.toMatch(/Read on/);
    expect(lead?.first?.passage.id).toBe(how.id);
  });
});


describe('where to get it: a sentence followed by "Stay tuned!" only teases the thing', () => {
  it('quotes the passage that says what the surprise at the store was, shown first, over the one that promised it', async () => {
    const { corpus } = await shippedIndexes();
    const said = corpus.passages.find((passage) => passage.lang === 'en' && /surprise for the CNCF store/.test(passage.text));
    if (!said) throw new Error('the shipped index lost the Salt Lake City surprise');
    const text = 'We also have an interesting surprise for all Istio lovers, to be released at the CNCF store. Stay tuned!';
    const teaser = { ...said, id: `${said.id}-teaser`, text };
    const ranked: Ranked[] = [teaser, said].map((passage, at) => ({ passage, score: 2 - at, terms: () => [] }));
    const lead = gettingLine(understand('what was the surprise at the cncf store'), ranked);
    expect(lead?.direct?.text).toMatch(/Izzy Saves the Birthday/);
    expect(lead?.first?.passage.id).toBe(said.id);
  });
});

describe('where to get it: the way asked for, over a passage above that says another way', () => {
  it('quotes the store for "where can I buy it", not the giveaway at one event ranked above it', async () => {
    const { corpus } = await shippedIndexes();
    const zh = corpus.passages.filter((passage) => passage.lang === 'zh');
    const giveaway = zh.find((passage) => passage.text.includes('免费赠书'));
    const store = zh.find((passage) => passage.text.includes('CNCF 商店出售'));
    if (!giveaway || !store) throw new Error('the shipped index lost the book\'s giveaway or its store');
    const ranked: Ranked[] = [giveaway, store].map((passage, at) => ({ passage, score: 2 - at, terms: () => [] }));
    const lead = gettingLine(understand('《Izzy 拯救生日》这本书哪里能买到'), ranked);
    expect(lead?.direct?.text).toMatch(/CNCF 商店出售/);
    // Asked how it was given away, the giveaway answers.
    expect(gettingLine(understand('《Izzy 拯救生日》在哪领取'), ranked)?.direct?.text).toMatch(/免费赠书/);
  });
});

describe('where to get it: asked how, the sentence that says what to do', () => {
  it('quotes the hashtag to tweet with, over the sentence of the same post that only says there was swag to win', async () => {
    const { corpus } = await shippedIndexes();
    const post = corpus.passages.filter((passage) => passage.lang === 'zh' && passage.text.includes('有机会') && passage.postUrl.includes('istio-4th-birthday'));
    const offered = post.find((passage) => !passage.text.includes('#IstioTurns4'));
    const how = post.find((passage) => passage.text.includes('#IstioTurns4'));
    if (!offered || !how) throw new Error('the shipped index lost the 4th birthday campaign');
    const ranked: Ranked[] = [offered, how].map((passage, at) => ({ passage, score: 2 - at, terms: () => [] }));
    expect(gettingLine(understand('生日活动 怎么赢周边'), ranked)?.direct?.text).toMatch(/#IstioTurns4/);
    // Not asked how: the first passage's sentence, as ranked.
    expect(gettingLine(understand('生日活动 送什么周边'), ranked)?.direct?.text).not.toMatch(/#IstioTurns4/);
    // Asked where or whether it is free, of swag no store or kiosk hands out: what to do to win it, as asked how.
    for (const question of ['生日活动的周边在哪里买', '生日活动 周边是免费的吗']) expect(gettingLine(understand(question), ranked)?.direct?.text, question).toMatch(/#IstioTurns4/);
  });
});

describe('a book signing by its Chinese names', () => {
  it('finds the passage that says the authors signed their book (签名) for a question that says 签售', () => {
    const first = engine.answer('阿姆斯特丹 istio day 签售的是哪本书').results[0];
    expect(first?.text).toMatch(/Istio Ambient Explained》签名/);
  });
});

describe('where to get it: asked who gave it away too, the passage that names them', () => {
  it('quotes the passage naming who signed and gave away the book, over one above it that names no one', async () => {
    const { corpus } = await shippedIndexes();
    const named = corpus.passages.find((passage) => passage.lang === 'zh' && passage.text.includes('免费赠送了 Istio Phippy 绘本'));
    if (!named?.facts.people) throw new Error('the shipped index lost the London book signing, or who signed');
    const unnamed = { ...named, id: `${named.id}-unnamed`, text: '欢迎参加活动，免费领取作者签名的书籍！', facts: { ...named.facts, people: undefined } };
    const ranked: Ranked[] = [unnamed, named].map((passage, at) => ({ passage, score: 2 - at, terms: () => [] }));
    expect(gettingLine(understand('伦敦 kubecon 能免费领取签名书吗，谁签的'), ranked)?.direct?.text).toMatch(/Lin Sun 和 Faseela K/);
    expect(gettingLine(understand('伦敦 kubecon 能免费领取签名书吗'), ranked)?.direct?.text).toMatch(/免费领取作者签名的书籍/);
  });
});

describe('where to get it: asked how, an introduction that says "read on" is followed down its post', () => {
  it('quotes the passage of that post below the first page that says what to do, shown first', async () => {
    const { corpus } = await shippedIndexes();
    const how = corpus.passages.find((passage) => passage.lang === 'en' && passage.text.includes('#IstioBirthday'));
    if (!how) throw new Error('the shipped index lost the 4th birthday campaign');
    const other = (id: string, text: string) => ({ ...how, id, postUrl: `https://example.org/${id}`, url: `https://example.org/${id}`, text });
    const offered = other('offered', 'The week offered participants a chance to win Istio swag.');
    const intro = { ...how, id: `${how.id}-intro`, text: 'Read on to learn how to participate and enter a chance to win some Istio swag.' };
    const filler = other('filler', 'The birthday week also looked back on a year of Istio releases.');
    const ranked: Ranked[] = [offered, intro, filler, how].map((passage, at) => ({ passage, score: 4 - at, terms: () => [] }));
    const lead = gettingLine(understand('istio birthday swag, how to win some'), ranked);
    expect(lead?.direct?.text).toMatch(/#IstioBirthday/);
    expect(lead?.first?.passage.id).toBe(how.id);
  });
});

describe('where to get it: a passage of another year than the one asked says nothing of that year', () => {
  it('quotes the year asked about, or no line, never the kiosk of another year', async () => {
    const { corpus } = await shippedIndexes();
    const base = corpus.passages.find((passage) => passage.lang === 'en');
    if (!base) throw new Error('the shipped index lost its English passages');
    const at = (id: string, text: string, year: number) => ({ ...base, id, postUrl: `https://example.org/${id}`, url: `https://example.org/${id}`, title: `Kiosk ${year}`, text, facts: { years: [year] } });
    const later = at('later', 'Our kiosk handed out new Istio T-shirts for everyone to grab.', 2031);
    const asked = at('asked', 'Find us in the project pavilion, or pick up an Istio T-shirt at the CNCF store.', 2030);
    const ranked = (passages: readonly (typeof later)[]): Ranked[] => passages.map((passage, rank) => ({ passage, score: 2 - rank, terms: () => [] }));
    expect(gettingLine(understand('istio t-shirt at kubecon 2030, where do i grab one'), ranked([later, asked]))?.direct?.text).toMatch(/CNCF store/);
    expect(gettingLine(understand('istio t-shirt at kubecon 2030, where do i grab one'), ranked([later]))).toBeUndefined();
    // With no year asked, the kiosk ranked first answers.
    expect(gettingLine(understand('istio t-shirt at kubecon, where do i grab one'), ranked([later, asked]))?.direct?.text).toMatch(/for everyone to grab/);
  });
});

describe('where to get it: asked where it is sold, the store sentence of a first-page post that names the thing', () => {
  it('quotes where the book is sold from the post of the first passage, which says nothing of getting it, over a giveaway below', async () => {
    const { corpus } = await shippedIndexes();
    const zh = corpus.passages.filter((passage) => passage.lang === 'zh');
    const about = zh.find((passage) => passage.postUrl.includes('istio-phippy-book') && passage.text.includes('Izzy') && !passage.text.includes('商店'));
    const giveaway = zh.find((passage) => passage.text.includes('免费赠送了 Istio Phippy 绘本'));
    if (!about || !giveaway || about.postId === giveaway.postId) throw new Error('the shipped index lost the book\'s page or its London giveaway');
    const ranked: Ranked[] = [about, giveaway].map((passage, at) => ({ passage, score: 2 - at, terms: () => [] }));
    const lead = gettingLine(understand('izzy 的那本绘本，哪儿有卖？'), ranked, () => [], corpus.passages);
    expect(lead?.direct?.text).toMatch(/CNCF 商店出售/);
    expect(lead?.first?.passage.text).toMatch(/CNCF 商店出售/);
    // Asked how it is had free, the giveaway still answers.
    expect(gettingLine(understand('izzy 的那本绘本，能免费领吗'), ranked, () => [], corpus.passages)?.direct?.text).toMatch(/免费赠送/);
  });
});

describe('where to get it: how to take part asked of a thing', () => {
  it('weighs no sentence by the 参加 that asks how: the first way the post says answers, the hashtag to tweet with', () => {
    for (const question of ['istio 生日庆祝 的礼品 如何参加', '生日周的周边 怎么参加']) {
      expect(understand(question).words.groups.map((group) => group.word), question).not.toContain('参加');
      expect(engine.answer(question).direct?.text, question).toMatch(/#IstioTurns4/);
    }
  });
});
