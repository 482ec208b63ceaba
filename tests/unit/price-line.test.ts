/**
 * "Is it free", "要收费吗", "do I need a KubeCon pass", "online or in person": a registration question that asks what it
 * costs or takes, or how the event is held, gets the sentence that says so, of the event it names, before the registration
 * link (shipped index).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { understand } from '../../src/understand/index.js';
import { shippedService } from '../helpers/engine.js';

let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});

describe('what it costs: the line quotes the sentence that gives the price', () => {
  it('answers whether a conference is free from its own passages, in en and zh', () => {
    expect(engine.answer('does istiocon 2022 cost anything').direct?.text).toMatch(/free to attend after registering/);
    const zh = engine.answer('istiocon 2021 需要买票吗').direct;
    expect(zh?.text).toMatch(/免费参加/);
    expect(zh?.text).toMatch(/^IstioCon 2021/);
  });

  it('quotes what speakers get for free, to a question about speaking only', () => {
    expect(engine.answer('do speakers at istio day get a free ticket').direct?.text).toMatch(/free all-access in-person KubeCon ticket/i);
    expect(engine.answer('istio day amsterdam: is the ticket free once your talk is accepted').direct?.text).toMatch(/free all-access in-person KubeCon ticket/i);
    expect(engine.answer('istio day 阿姆斯特丹 演讲被接受 门票免费吗').direct?.text).toMatch(/入选讲者可获得一张免费的 KubeCon 线下全通票/);
    // Asked what a ticket costs, what speakers alone get is no answer; a sentence that also says what attending takes is.
    for (const question of ['istio day amsterdam ticket price', '阿姆斯特丹 istio day 门票 多少钱', 'is istio day amsterdam free to attend']) {
      expect(engine.answer(question).direct?.text ?? '').not.toMatch(/^[^,，]*(?:Accepted speakers|入选讲者|演讲者将)[^,，]*$/);
    }
    expect(engine.answer('istio day chicago ticket price').direct?.text ?? '').toMatch(/required a KubeCon registration|^Registration/);
  });

  it('quotes what attending takes when asked whether one needs something to attend, in en and zh', () => {
    expect(engine.answer('do i need a kubecon pass to go to istio day').direct?.text).toMatch(/required a KubeCon registration/);
    expect(engine.answer('参加 istio day 一定要注册 kubecon 吗').direct?.text).toMatch(/参加 Istio Day 需要注册 KubeCon/);
    expect(engine.answer('istio day 要不要先注册 kubecon').direct?.text).toMatch(/参加 Istio Day 需要注册 KubeCon/);
    // Buying a ticket with the conference named between ("买 KubeCon 的票") is registering, not shopping.
    expect(understand('去 istio day 得先买 kubecon 的票吗').ask).toBe('register');
    expect(engine.answer('参加 istio day 得先买 kubecon 的票吗').direct?.text).toMatch(/参加 Istio Day 需要注册 KubeCon/);
    expect(understand('在哪买 istio 的书').ask).toBe('buy');
    // The ticket said before how it is bought ("票在哪买", "票要怎么买") is registering as well: not the book a store sells.
    for (const question of ['istio day 的票在哪买', '北美 kubecon 票要怎么买']) expect(understand(question).ask).toBe('register');
    const ticket = engine.answer('北美 istio day 的票怎么买').direct?.text ?? '';
    expect(ticket).not.toMatch(/书|Izzy/);
    expect(ticket).toMatch(/^Istio Day North America/);
    expect(understand('投票在哪里看').ask).not.toBe('register');
    // 票 alone beside an event is its ticket ("伦敦 istio day 的票"), answered with its registration; a vote's 票 is not.
    expect(understand('2024 北美 istio day 票').ask).toBe('register');
    expect(engine.answer('伦敦那次 istio day 的票').direct?.text).toMatch(/^Istio Day Europe 2025 的/);
    for (const question of ['2025 steering 选举 票数', 'istio day 选票']) expect(understand(question).ask).not.toBe('register');
  });

  it('reads "do I have to pay", "paid or free", "要花钱吗" as asking what registering costs, and quotes it', () => {
    for (const question of ['do we have to pay to attend istiocon 2022', 'istiocon 2022: free or paid?', 'istiocon 2022 参加要花钱吗', 'istiocon 2022 需要付费吗']) {
      expect(understand(question).ask).toBe('register');
    }
    expect(engine.answer('do we have to pay to attend istiocon 2022').direct?.text).toMatch(/free to attend after registering/);
    expect(engine.answer('istiocon 2022 参加要花钱吗').direct?.text).toMatch(/免费参加/);
    // A price asked of being there, with no other ask: "is attendance free", "入场免费吗".
    for (const question of ['is attendance at istiocon 2022 free', 'does joining istiocon 2022 cost anything', 'istiocon 2022 入场免费吗']) {
      expect(understand(question).ask).toBe('register');
    }
    expect(engine.answer('is attendance at istiocon 2022 free').direct?.text).toMatch(/free to attend after registering/);
    expect(understand('was the izzy book free').ask).not.toBe('register');
    // An RSVP and the all-access pass (全通票, 通票) are the registration's own words.
    expect(understand('beijing meetup rsvp').ask).toBe('register');
    expect(engine.answer('参加 istio day 需要全通票吗').direct?.text).toMatch(/参加 Istio Day 需要注册 KubeCon/);
    // "paid" alone asks no price: who paid for something sponsored it.
    expect(understand('who paid for the istio t-shirts at kubecon').ask).not.toBe('register');
  });

  it('quotes no other event’s price: the registration link of the one named stays', () => {
    expect(engine.answer('istio meetup beijing 免费吗').direct?.url).toMatch(/huodongxing\.com\/event\/7604616393700/);
  });

  it('keeps the registration link for a question that does not ask the price, or when no passage gives it', () => {
    expect(engine.answer('register for the beijing istio meetup').direct?.url).toMatch(/huodongxing\.com\/event\/7604616393700/);
    expect(engine.answer('is registration for the beijing istio meetup free').direct?.url).toMatch(/huodongxing\.com\/event\/7604616393700/);
  });
});

describe('online or on site: the line quotes the sentence that says how the event is held', () => {
  it('answers whether a conference was held online, in en and zh', () => {
    expect(engine.answer('istiocon 2022 online or in person').direct?.text).toMatch(/held online from 25 to 29 April 2022/);
    expect(engine.answer('istiocon 2022 线上还是线下').direct?.text).toMatch(/在线上举行/);
  });

  it('reads the Chinese words of the ask typed apart as the words they are ("线上 还是 线下")', () => {
    expect(engine.answer('istiocon 2022 是 线上 还是 线下 的').direct?.text).toMatch(/在线上举行/);
  });

  it('quotes the sentence in the question’s own word first', () => {
    expect(engine.answer('istio day amsterdam 2023: could you attend virtually?').direct?.text).toMatch(/with virtual options available/);
  });

  it('reads joining from afar, or an event said to be in person only, as asking how it is held', () => {
    for (const question of ['can i follow istio day amsterdam 2023 remotely, or is it in-person only', 'istio day amsterdam 2023 in person only?']) {
      expect(understand(question).ask, question).toBe('register');
      expect(engine.answer(question).direct?.text, question).toMatch(/with virtual options available/);
    }
  });

  it('reads taking part and following from away said apart ("attend … online", "线上能参加吗") as asking how it is held, in en and zh', () => {
    const virtual = { 'is there a virtual option for istio day amsterdam 2023': /with virtual options available/, 'can i join istio day amsterdam 2023 online': /with virtual options available/, 'can i attend istiocon 2022 online': /held online/, '2023 欧洲 istio day 线上能参加吗': /线上参会选项/, '参加 istiocon 2022 可以远程吗': /在线上举行/ };
    for (const [question, said] of Object.entries(virtual)) {
      expect(understand(question).ask, question).toBe('register');
      expect(engine.answer(question).direct?.text, question).toMatch(said);
    }
    // No event named, "virtual" names a talk's subject ("Virtual Kubelet"), and asks nothing of how anything is held.
    expect(understand('virtual kubelet online options').ask).not.toBe('register');
  });

  it('quotes no sentence that only says material is still to be viewed online ("仍可在线查看")', () => {
    const direct = engine.answer('istiocon 2021 在线参加要怎么报名').direct?.text;
    expect(direct).not.toMatch(/仍可在线查看/);
    expect(direct).toMatch(/全程线上/);
  });

  it('quotes no sentence that only says something stays online, nor one about another edition', () => {
    const direct = engine.answer('the first istiocon: in person or virtual?').direct?.text;
    expect(direct).not.toMatch(/remain online/);
    expect(direct).not.toMatch(/IstioCon 2022/);
  });

  it('keeps "virtual" a topic and "sold online" a question of where a thing is sold', () => {
    expect(understand('virtual kubelet talks').ask).not.toBe('register');
    expect(understand('virtual kubelet').ask).toBe('search');
    expect(understand('was the izzy book sold online or at the kiosk').ask).toBe('buy');
    expect(understand('istiocon 2022 线上还是线下').ask).toBe('register');
  });
});

describe('registering for an event whose registration link the posts do not give', () => {
  it('links its event page, named its event page (no schedule and no registration), rather than giving no line, in en and zh', () => {
    for (const question of ['register istio day atlanta', 'istio day atlanta 怎么报名']) {
      const direct = engine.answer(question).direct;
      expect(direct?.url).toBe('https://events.linuxfoundation.org/kubecon-cloudnativecon-north-america/co-located-events/istio-day/');
      expect(direct?.text).toMatch(/^(?:Event page of Istio Day North America 2025 \(held 10 November 2025, now over\)|Istio Day North America 2025 的活动页面（已于 2025 年 11 月 10 日举办，活动已结束）)$/);
    }
  });

  it('quotes what attending takes, asked whether a KubeCon ticket includes Istio Day, in en and zh', () => {
    for (const question of ['is istio day included in the kubecon ticket', 'istio day - an add-on to a kubecon pass?', 'kubecon 的门票包含 istio day 吗']) {
      expect(engine.answer(question).direct?.text, question).toMatch(/Attending Istio Day required a KubeCon registration|参加 Istio Day 需要注册 KubeCon/);
    }
  });

  it('names a schedule site it falls back to a schedule, which it is', () => {
    expect(engine.answer('how do i sign up for istiocon china 2023').direct).toMatchObject({ text: 'Schedule of IstioCon China 2023 (held 26 September 2023, now over)', url: 'https://istioconchina2023.sched.com/' });
  });

  it('gives the event’s date beside its registration line when the question asks which day too, in en and zh', () => {
    expect(engine.answer('register for istio day london, what day is it').direct?.text).toMatch(/Istio Day Europe 2025 \(1 April 2025\)$/);
    expect(engine.answer('istio day 伦敦 怎么报名，哪天举行').direct?.text).toMatch(/（2025 年 4 月 1 日）$/);
  });

  it('quotes the sentence that says when registration opened, asked when it opened, in en and zh', () => {
    expect(engine.answer('istiocon 2022: on what date did sign-ups open').direct?.text).toMatch(/Registration opened on 21 March 2022/);
    expect(engine.answer('istiocon 2022 注册是哪天开放的').direct?.text).toMatch(/注册于 2022 年 3 月 21 日开放/);
  });

  it('gives no event date when the question asks when registration opens or closes', () => {
    expect(engine.answer('when does registration for istio day london open').direct?.text).not.toMatch(/April/);
  });
});

describe('how many signed up: a count, not the registration link', () => {
  it('quotes the sentence that gives how many registered, asked "报名人数" or "多少人注册"', () => {
    expect(understand('北京 meetup 报名人数').ask).toBe('how-many');
    expect(engine.answer('北京 meetup 报名人数').direct?.text).toMatch(/292 人/);
    expect(engine.answer('istiocon 2021 一共多少人注册的').direct?.text).toMatch(/4,000 多人注册/);
    expect(understand('the number of signups for the beijing meetup').ask).toBe('how-many');
  });
});
