/**
 * Taking part, on the real istio.io content tree and the project's own posts: the registration link
 * a site banner gives, and the sentence that says what attending takes or costs.
 */
import { describe, expect, it } from 'vitest';
import { corpusEngine } from '../helpers/istio-corpus.js';

const engine = await corpusEngine('istio-first');

describe('taking part in an event, from what istio.io says', () => {
  it('gives the registration page a site banner links for an event no post gives one for', () => {
    const direct = engine.answer('registration link for istio day paris').direct;
    expect(direct?.url).toBe('https://events.linuxfoundation.org/kubecon-cloudnativecon-europe/co-located-events/istio-day/');
    expect(engine.answer('盐湖城 istio day 注册').direct?.url).toMatch(/kubecon-cloudnativecon-north-america\/co-located-events\/istio-day/);
  });

  it('says what attending an Istio Day takes from whichever edition says it, not only the latest one with a link', () => {
    expect(engine.answer('must i register for kubecon to attend istio day').direct?.text).toMatch(/You must be attending KubeCon to attend Istio Day/);
  });

  it('quotes what speakers get from any edition of a series named by its region, not only the latest one with a link', () => {
    // "istio day NA" names every North American edition, not only the 2024 one a site banner gives a registration link for.
    expect(engine.answer('istio day north america: free kubecon pass for the speakers?').direct?.text).toMatch(/free all-access KubeCon ticket/);
    expect(engine.answer('北美 istio day 的讲者 门票免费吗').direct?.text).toMatch(/入选讲者可获得免费的 KubeCon 全通票|演讲者将获得.*免费/);
  });

  it('quotes where the book is sold, not where it was given away, asked whether it is sold (有卖)', () => {
    for (const question of ['izzy 的书 有卖吗', '那本 izzy 绘本 哪儿有卖']) {
      const line = engine.answer(question).direct?.text ?? '';
      expect(line, question).toMatch(/商店/);
      expect(line, question).not.toMatch(/免费领取/);
    }
  });

  it('quotes no book launch for an English raffle: the raffle is the thing asked about, and no birthday post names one', () => {
    // Read as asking how a thing is got, "birthday" and "anniversary" were left as the thing, which the Izzy book's posts hold.
    for (const question of ['istio anniversary raffle', 'istio birthday raffle']) expect(engine.answer(question).direct?.text ?? '', question).not.toMatch(/Izzy|book/);
  });

  it('says first how one joins the way asked about first, in any words: from afar before in person', () => {
    expect(engine.answer('istio day north america 2023 - attend remotely, or in person only?').direct?.text).toMatch(/virtual registration options are available/);
  });

  it('finds how an event is held below the registration passages, asked to join it from afar ("join … remotely", "… online")', () => {
    expect(engine.answer('could one join istiocon 2021 remotely').direct?.text).toMatch(/virtual conference/);
    expect(engine.answer('can i join istio day amsterdam online').direct?.text).toMatch(/virtual registration options are available/);
  });

  it('quotes no other event\'s price for an event named by no kind: the posts do not say whether the 4th birthday\'s meetup needed signing up', () => {
    for (const question of ['四周年社区会议需要报名吗', 'is the 4th birthday meetup free']) {
      expect(engine.answer(question).direct?.text ?? '', question).not.toMatch(/IstioCon|免费|free/);
    }
  });

  it('quotes no ticket bought as where swag is got', () => {
    for (const question of ['istio day eu 2023 swag', 'any merch at istio day amsterdam 2023']) {
      expect(engine.answer(question).direct?.text ?? '', question).not.toMatch(/All-Access ticket/);
    }
  });

  it('says whether a conference is free from its own posts', () => {
    expect(engine.answer('istiocon 2021 registration free?').direct?.text).toMatch(/Registration (?:is|was) free/);
  });
});

describe('what a ticket lets one into', () => {
  it('quotes the sentence that says what the All-Access ticket includes, asked whether it covers Istio Day, in en and zh', () => {
    expect(engine.answer('does a kubecon pass cover istio day').direct?.text).toMatch(/All-Access ticket, which includes entry to all the Day 0 events/);
    expect(engine.answer('kubecon 门票 包含 istio day 吗').direct?.text).toMatch(/全场门票，其中包括/);
  });
});

describe('a page named what it is', () => {
  it("links a conference's landing page, named its event page, asked for a ticket no post links", () => {
    expect(engine.answer('kubecon na 2025 tickets').direct).toMatchObject({ text: expect.stringMatching(/^Event page of KubeCon \+ CloudNativeCon North America 2025 \(held .*, now over\)$/) as unknown, url: 'https://events.linuxfoundation.org/kubecon-cloudnativecon-north-america/' });
  });

  it("answers a conference's agenda with its talks, not with its landing page or its Istio Day's page named its schedule, in en and zh", () => {
    for (const question of ['kubecon 北美 2025 istio 议程', 'kubecon eu 2025 agenda', 'kubecon chicago schedule']) {
      const direct = engine.answer(question).direct;
      expect(direct?.text, question).toMatch(/^(?:Talks at KubeCon \+ CloudNativeCon|KubeCon \+ CloudNativeCon North America 2025 的演讲)/);
    }
    // A city alone stands for the week, whose own programme is its Istio Day's.
    expect(engine.answer('london agenda').direct?.text).toBe('Schedule of Istio Day Europe 2025');
  });
});
