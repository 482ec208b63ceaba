/** Talks asked for by the organisation that gave them: "what did fabrikam present at istio day montreal" (fixtures). */
import { describe, expect, it } from 'vitest';
import { aboutEvents } from '../../src/answer/about-events.js';
import { Calendar } from '../../src/answer/calendar.js';
import { Programme } from '../../src/answer/programme.js';
import { whoGave } from '../../src/answer/talk-lines.js';
import { understand } from '../../src/understand/index.js';
import { eventInfo, talk } from '../helpers/answers.js';

const montreal = eventInfo();
const lisbon = eventInfo({ id: 'istio-day-eu-2033', name: 'Istio Day Europe 2033', city: 'Lisbon', country: 'Portugal', start: '2033-03-20', end: '2033-03-20', parent: null });
// No links: copies of one talk are told apart by their titles and links, and these are different talks.
const person = (name: string, organisation: string) => ({ speakers: [name], organisations: [organisation], people: [{ name, organisation }], video: null, slides: null, schedule: null });

const opening = talk({ id: 'opening', title: 'Opening remarks', titles: { en: 'Opening remarks' }, ...person('Ana Lima', 'Example Corp') });
const scale = talk({ id: 'scale', title: 'Running ambient at scale', titles: { en: 'Running ambient at scale', zh: '大规模运行 ambient' }, ...person('Wei Chen', 'Fabrikam') });
const migration = talk({ id: 'migration', title: 'Gateway API migration', titles: { en: 'Gateway API migration' }, ...person('Sam Roe', 'Example Corp') });
// An organisation whose name is a word of the domain: a question about gateways is not about it.
const gateways = talk({ id: 'gateways', title: 'Gateway API at the edge', titles: { en: 'Gateway API at the edge' }, ...person('Kim Park', 'Gateway') });
// A second copy of the Fabrikam talk, from another post, that does not say whom its speaker spoke for.
const recap = talk({ id: 'recap', title: 'Running ambient at scale', titles: { en: 'Running ambient at scale' }, ...person('Wei Chen', 'Fabrikam'), people: [{ name: 'Wei Chen', organisation: null }], organisations: [], passageId: 'en:blog/2032/recap#2' });
// A talk whose title names the organisation, from a post that does not say whom its speaker spoke for.
const journey = talk({ id: 'journey', title: "Fabrikam's road to ambient", titles: { en: "Fabrikam's road to ambient" }, ...person('Lee Wong', 'Fabrikam'), people: [{ name: 'Lee Wong', organisation: null }] });
const policy = talk({ id: 'policy', title: 'Policy for every mesh', titles: { en: 'Policy for every mesh' }, ...person('Noor Ali', 'Tigera') });
const lisbonTalk = talk({ id: 'lisbon', title: 'Zero trust in practice', titles: { en: 'Zero trust in practice' }, event: lisbon.name, eventId: lisbon.id, date: lisbon.start, ...person('Ola Berg', 'Contoso') });

const calendar = new Calendar([montreal, lisbon]);
const programme = new Programme([recap, opening, scale, migration, gateways, journey, policy, lisbonTalk], [montreal, lisbon]);
const ask = (text: string) => aboutEvents(understand(text), calendar, programme, new Date('2034-01-01T00:00:00Z'));
const ids = (text: string) => ask(text).talks?.map((one) => one.id);

describe('talks asked for by the organisation that gave them', () => {
  it('lists only the talks of its speakers at the event named, with a line that counts them', () => {
    const part = ask('what did Fabrikam present at istio day montreal');
    // Its speakers' talks, and the talk whose title names it.
    expect(part.talks?.map((one) => one.id)).toEqual(['recap', 'journey']);
    expect(part.direct?.text).toBe("Talks by Fabrikam at Istio Day North America 2032 (2): Running ambient at scale (Wei Chen); Fabrikam's road to ambient (Lee Wong)");
  });

  it('answers a Chinese question likewise, in Chinese', () => {
    const part = ask('Fabrikam 在 蒙特利尔 istio day 上讲了啥');
    expect(part.talks?.map((one) => one.id)).toEqual(['scale']);
    expect(part.direct?.text).toBe('Istio Day North America 2032 上 Fabrikam 的演讲（1 场）：大规模运行 ambient（Wei Chen）');
  });

  it('reads a long name typed with a typo, a short one only as written', () => {
    expect(ids('any talks from fabrikma at istio day montreal')).toEqual(['recap', 'journey']);
    expect(ids('what did tigera present at istio day montreal')).toEqual(['policy']);
    // "tigerra" is within a typo of Tigera, but too short a name to be read through one.
    expect(ids('what did tigerra present at istio day montreal')).toHaveLength(6);
    // Without an event: its talks at every event.
    expect(ids('what did contoso present')).toEqual(['lisbon']);
  });

  it('answers "who" with the speakers of the organisation', () => {
    expect(ask('who from example corp spoke at istio day montreal').direct?.text).toBe('Speakers from Example Corp at Istio Day North America 2032: Opening remarks (Ana Lima); Gateway API migration (Sam Roe)');
  });

  it('answers "who" naming no event with its speakers at every event, and nothing of its own when none gave a talk', () => {
    expect(ask('who from fabrikam gave talks').direct?.text).toBe('Speakers from Fabrikam at Istio Day North America 2032: Running ambient at scale (Wei Chen)');
    // None of its talks is on the topic: the passages answer, not every event's talks on it.
    expect(ask('who from tigera talked about gateway api')).toEqual({});
  });

  it('answers no governance question with the talk its name titles: who holds its seat gave no talk', () => {
    expect(whoGave(understand('fabrikam 的 ambient 演讲是谁'), programme, calendar)?.text).toMatch(/Lee Wong/);
    expect(whoGave(understand('fabrikam 的社区席位是谁'), programme, calendar)).toBeUndefined();
  });

  it('falls back to the talks of the event when the organisation gave none there', () => {
    const part = ask('what did contoso present at istio day montreal');
    expect(part.talks).toHaveLength(6);
    expect(part.direct?.text).toMatch(/^Talks at Istio Day North America 2032 \(6\): /);
  });

  it('lists its talks when the question names the event, the organisation and a speaker, without asking', () => {
    // No asking word: "speaker" says talks are asked about, and the organisation is no word of their titles.
    expect(ids('istio day montreal 2032 tigera speaker')).toEqual(['policy']);
  });

  it('does not read a word of the domain as the organisation of that name, unless the question says it is one', () => {
    expect(ids('any talks on gateway at istio day montreal')).toEqual(['migration', 'gateways']);
    expect(ids('any talks from gateway at istio day montreal')).toEqual(['gateways']);
  });
});

describe('an organisation\'s talks asked by a Chinese compound of the asker\'s own', () => {
  // Two Fabrikam talks; the asker's 账本数据 is written whole in neither title, its piece 账本 in one.
  const ledger = talk({ id: 'ledger', title: 'Protecting ledger records with Istio', titles: { en: 'Protecting ledger records with Istio', zh: '用 Istio 保护账本信息' }, ...person('Wei Chen', 'Fabrikam') });
  const both = new Programme([scale, ledger], [montreal]);
  const part = (text: string) => aboutEvents(understand(text), calendar, both, new Date('2034-01-01T00:00:00Z'));

  it('lists the one whose title holds the longest piece of it, named by that piece', () => {
    const answer = part('Fabrikam 讲账本数据的那个演讲');
    expect(answer.talks?.map((one) => one.id)).toEqual(['ledger']);
    expect(answer.direct?.text).toBe('Istio Day North America 2032 上 Fabrikam 关于 账本 的演讲（1 场）：用 Istio 保护账本信息（Wei Chen）');
  });

  it('chooses nothing by a piece among every talk, with no organisation named', () => {
    expect(part('讲账本数据的那个演讲').talks?.map((one) => one.id) ?? []).not.toEqual(['ledger']);
  });
});
