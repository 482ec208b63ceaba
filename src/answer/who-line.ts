/**
 * "who wrote izzy's book", "who organised istio day london", "四周年生日的社区会议是谁讲的": the
 * direct line names the people from what a ranked passage says, with its link, and that passage is
 * shown first. Among the first passages in the question's language, the sentence that names someone
 * and holds the question's rarest matched words answers; for a question about talks, a talk those
 * passages tell (its title and speakers). From what the posts say: no line when no such sentence
 * or talk holds a word of the question.
 */
import { ANY_EVENT_WORDS, colocatedNames, KIND_NAMES, kindIn, placeOf, regionOf } from '../domain/index.js';
import type { Ranked, RankedPassages } from '../find/index.js';
import type { EventInfo, Lang, Passage } from '../model/index.js';
import { listItemsAfter } from '../facts/index.js';
import { ANY_BODY_TITLE, asksWhoIs, authorAsked, awardAsked, awardNamed, COMPANY_ASKS, companiesAsked, leftAsked, namesPart, phrasesOf, TALK_FORMATS, talksAsked, type Question, type WordGroup } from '../understand/index.js';
import { talkLine } from './direct.js';
import { MAX_SENTENCE, sentencesOf, titled } from './sentences.js';
import { giverLine } from './talk-giver.js';
import { saysLeft } from './leaving.js';
import { organiserAsked, saysOrganised } from './organising.js';
import { otherEdition } from './elsewhere.js';
import { held, namesAward, weigh } from './word-share.js';
import { chairsForHosts, otherSession } from './hosts.js';
import { partOf } from './part-near.js';
import { writingAsked, writtenBy } from './written-by.js';
import { postedBy } from './posted-by.js';
import { honourAsked, saysHonoured } from './honoured.js';
import { comingAsked, saysComing } from './coming.js';
import { PersonNames, withoutTitles } from './person-names.js';
import type { DirectAnswer } from './types.js';
import { withAlikeRows } from './table-rows.js';
import type { Unit, WhoAnswer, WhoSources } from './who-types.js';

export type { WhoAnswer, WhoSources } from './who-types.js';

/** How far down the ranking the sentence that names the people is looked for. */
const WHO_DEPTH = 5;
/** A sentence its writer says in the first person singular ("I am pleased", "作为选举官员，我很高兴"): "我们" is no one. */
const FIRST_PERSON = /(?<![\p{L}'’])I(?:['’]m)?(?![\p{L}'’])|我(?!们)/u;
/** How far down the ranking the sentence that says who left is looked for: the thanks come after the winners. */
const LEFT_DEPTH = 20;

/** A question that asks which company did something, which a sentence naming a company answers. */
const ASKS_COMPANY = phrasesOf(COMPANY_ASKS);

export class WhoLines {
  readonly #sources: WhoSources;
  readonly #names: PersonNames;

  constructor(sources: WhoSources, events: readonly EventInfo[]) {
    this.#sources = sources;
    this.#names = new PersonNames(events, (word) => sources.mostlyLower(word), (text) => sources.namesInChinese?.(text) ?? false);
  }

  /** The line for a "who" question and the passage it quotes; none for other questions or when nothing answers. */
  line(question: Question, ranked: RankedPassages, events: readonly string[] = []): WhoAnswer | undefined {
    // "who is this izzy" asks what Izzy is: the passage that says it answers, not one that names people.
    if (question.ask !== 'who' || asksWhoIs(question.rest)) return undefined;
    // The words that name the event ("istio day chicago") are in every passage about it: what was done there tells them apart.
    const groups = question.words.groups.filter((group) => !this.#namesEvent(group.word, question.aboutTalks ? question.entities.years : undefined));
    // A question that names an event is answered from passages about it (or the conference it is part of): those the
    // event knowledge names, else that of the first passage.
    const { kinds, cities, regions, years } = question.entities;
    // When the first passage is about an event of another kind than the one named (nor held with one), the first that is
    // near the top: "the first istiocon" is not the Beijing meetup of the same year that ranks above it.
    const head = ranked.slice(0, WHO_DEPTH);
    // An event's name says its kind, a track's its conference's ("KubeCon + CloudNativeCon Europe 2024 Maintainer Track").
    const patterns = KIND_NAMES.filter((entry) => kinds.includes(entry.kind)).map((entry) => entry.pattern);
    // So with a city named ("巴黎 谁拿了奖"): Chicago's awards, ranked first, are no answer.
    const ofKind = ({ passage }: Ranked): boolean => (!kinds.length || [passage.event ?? '', ...colocatedNames(passage.event ?? '')].some((name) => patterns.some((pattern) => pattern.test(name)))) && (!cities.length || !passage.facts.city || cities.includes(passage.facts.city));
    const other = kinds.length + cities.length > 0 && head[0]?.passage.event && !ofKind(head[0]);
    const first = ((other ? head.find(ofKind) : undefined) ?? head[0])?.passage.event;
    const about = new Set((events.length ? events : kinds.length + cities.length + regions.length + years.length > 0 && first ? [first] : []).flatMap((name) => [name, ...colocatedNames(name)]));
    // A track of a conference named is of it ("… Europe 2024 Maintainer Track" of Istio Day Paris's KubeCon).
    const ofEvent = ({ passage: { event } }: Ranked): boolean => !about.size || !event || about.has(event) || [...about].some((name) => event.startsWith(`${name} `));
    // Nor is a passage of another year than the one asked about: "the 2020 vote" was not 2021's.
    // Nor is an election's results post, asked who won an award ("2031 年 社区奖 谁获得了"): it names who was elected.
    const electionOnly = awardAsked(question);
    const fits = (one: Ranked): boolean => one.passage.lang === question.lang && ofEvent(one) && !otherEdition(question, one.passage) && !(electionOnly && ANY_BODY_TITLE.test(one.passage.title));
    // "who left the steering committee in 2025": the first sentence of the year's passages that says whose terms ended
    // answers, whatever words it shares with the question ("left" is not how the posts say it); it may rank lower.
    const left = leftAsked(question.rest) ? this.#left(ranked.slice(0, LEFT_DEPTH).filter(fits), question.lang) : undefined;
    const leftLine = left?.direct();
    if (left && leftLine) return { direct: leftLine, first: left.ranked };
    const top = ranked.slice(0, WHO_DEPTH).filter(fits);
    // A post's title names its event ("Istio at KubeCon Europe 2025"): asked who wrote it, the event's words pick the post.
    // A post's writer is said by its byline alone: asked who wrote a post, no other sentence answers (a book's authors,
    // a post's reviewers thanked are no answer). The post is the one whose title, or whose event named, the question names.
    if (authorAsked(question.rest)) return this.#byline(top, question.words.groups, question.lang, events);
    // A book's writers are said where the posts tell the book, which may rank below its launch ("the izzy book's writers").
    const written = writingAsked(question.rest) ? writtenBy(top, (id) => this.#sources.passagesOf(id), (told) => this.#naming(told, question.lang, false, false), groups) : undefined;
    const writtenLine = written?.direct();
    if (written && writtenLine) return { direct: writtenLine, first: written.ranked };
    // The talk is picked by what it was about or what kind it was ("keynote"), not by the words that say talks were
    // given ("spoke", "gave": "hub-and-spoke" in a recap is no talk asked about).
    const subject = groups.filter((group) => !talksAsked(group.word) || TALK_FORMATS.includes(group.word));
    // Asked who was recognised ("who got awarded at the keynote"), the speakers of the talk it happened at are not.
    const talk = question.aboutTalks && !awardNamed(question).length && !honourAsked(question.rest) ? this.#talk(top, subject, question.lang) : undefined;
    const sentence = this.#sentence(top, groups, question);
    // "who was named a mentor at that keynote": a talk whose title and passage hold fewer of the question's words than
    // a sentence naming someone is not what is asked about; the sentence answers.
    // The words that only say talks are asked about ("talked", "演讲") count for neither.
    const topical = groups.filter((group) => !talksAsked(group.word));
    const saysMore = talk && sentence && held(withoutTitles(sentence.text), topical).size > held(talk.text, topical).size;
    // "who organised istiocon china": when no sentence names a person who did, the one that says who organised it does,
    // though it names a body ("The Istio maintainers and the CNCF organised it"); only of what the first passage is about,
    // since no other word of the question need tell it apart (another event's organisers are no answer).
    const [lead] = top;
    const same = ({ passage }: Ranked): boolean => (lead?.passage.event ? passage.event === lead.passage.event : passage.postId === lead?.passage.postId);
    const company = companiesAsked(question.rest) && !talk ? this.#company(top, groups, question.lang) : undefined;
    const organised = company ? undefined : organiserAsked(question.rest) ? this.#naming(top.filter(same), question.lang, false, false, true).find((unit) => saysOrganised(unit.text)) : undefined;
    // Asked who hosted an Istio Day whose posts say neither who hosted nor who organised it: its chairs (`chairsForHosts`).
    const chairs = company || sentence || organised ? undefined : chairsForHosts(groups);
    const best = company ?? (saysMore ? sentence : talk) ?? sentence ?? organised ?? (chairs ? this.#sentence(top, chairs, question) : undefined);
    const direct = best?.direct();
    return best && direct ? { direct, first: best.ranked } : undefined;
  }

  /**
   * "哪些公司一起主办的", "which companies co-organised it": the sentence that names companies and holds the most of the
   * question's words, of the first passages and then of the other passages of the first one's post (the page shows two
   * a post, and people's names rank the organisers thanked above the partners named), not one that names people alone.
   */
  #company(top: readonly Ranked[], groups: readonly WordGroup[], lang: Lang): Unit | undefined {
    const [lead] = top;
    const shown = new Set(top.map((ranked) => ranked.passage.id));
    const rest = lead ? this.#sources.passagesOf(lead.passage.postId).filter((passage) => !shown.has(passage.id)) : [];
    const told = [...top, ...rest.map((passage) => ({ passage, score: lead?.score ?? 0, terms: () => [] }))];
    const units = this.#naming(told, lang, true, false).filter((unit) => this.#sources.namesCompany(withoutTitles(unit.text)));
    const scores = weigh(units.map((unit) => held(withoutTitles(unit.text), groups)));
    let best: { unit: Unit; score: number } | undefined;
    units.forEach((unit, at) => {
      const score = scores[at] ?? 0;
      if (score > 0 && (!best || score > best.score)) best = { unit, score };
    });
    return best?.unit;
  }

  /**
   * A number names the event by its year ("2025", "'25"); of a question about talks (`years` given), another ("300
   * clusters", "60+ meshes") is what the talk was about, which its title holds.
   */
  #namesEvent(word: string, years?: readonly number[]): boolean {
    return (/^\d+$/.test(word) && (!years || /^(?:19|20)\d\d$/.test(word) || years.some((year) => year % 100 === Number(word)))) || ANY_EVENT_WORDS.includes(word) || this.#names.namesEvent(word) || kindIn(word) !== null || placeOf(word) !== null || regionOf(word) !== null;
  }

  /**
   * The talk of the first passages whose title (and then its passage) holds the most of the
   * question's words, the rarest counting most: "ambient 多集群 那场演讲" is the talk titled with both.
   */
  #talk(top: readonly Ranked[], groups: readonly WordGroup[], lang: Lang): Unit | undefined {
    const told = new Map<string, Ranked[]>();
    const units = top.flatMap((ranked) => {
      const talks = this.#sources.talksOf(ranked.passage);
      return (
        talks
          // Each talk once, where the ranking tells it first. A talk the posts name no speaker for is weighed too:
          // when it is the one asked about, there is no line, rather than another talk's speakers. The passages that tell
          // it lower down may say who gave it where the first does not (a recap's sentence, then the programme's entry).
          .filter((talk) => !told.get(talk.id)?.push(ranked) && told.set(talk.id, [ranked]))
          .map((talk) => {
            const title = talk.titles[lang] ?? talk.title;
            // A passage that tells one talk is about it; a recap that tells several, in the sentence that names it.
            const naming = talks.length === 1 ? ranked.passage.text : sentencesOf(ranked.passage.text).find((sentence) => sentence.includes(title));
            const text = naming ?? ranked.passage.text;
            const tellers = told.get(talk.id) ?? [];
            const giver = (): DirectAnswer | undefined => tellers.reduce<DirectAnswer | undefined>((found, one) => found ?? giverLine(talk, one, this.#sources.talksOf(one.passage), lang, this.#sources), undefined);
            return { title, text, ranked, named: talk.speakers.length > 0, direct: () => talkLine(talk, lang) ?? giver() };
          })
      );
    });
    const titles = weigh(units.map((unit) => held(unit.title, groups)));
    const texts = weigh(units.map((unit) => held(unit.text, groups)));
    let best: { unit: Unit & { named: boolean }; score: number } | undefined;
    units.forEach((unit, at) => {
      const score = 2 * (titles[at] ?? 0) + (texts[at] ?? 0);
      // The same talk listed by two posts is two talks here, one with its speakers (the recap) and one without (a preview's
      // list): of two that hold as much, the one whose speakers are named.
      if (score > 0 && (!best || score > best.score || (score === best.score && unit.named && !best.unit.named))) best = { unit, score };
    });
    return best?.unit;
  }

  /**
   * The first passage, in ranking order, with a sentence that names a person and holds a word of
   * the question, that holds the question's words no less than any passage ranked above it (a
   * passage that names sponsor companies is not passed over for one that names a person and holds
   * fewer of them; "2026 toc 谁连任了" is not answered by a book signing of TOC members); of its
   * sentences, the one that holds the rarest of those words ("illustrations" over "book").
   */
  /**
   * The sentence that says whose terms ended, in the posts of the passages in ranking order: a results post thanks
   * those who leave after it names the winners, in a passage a page of two per post may not show. Of a passage's
   * such sentences, the shortest (not one that runs on from the list of winners before it).
   */
  #left(top: readonly Ranked[], lang: Lang): Unit | undefined {
    const posts = new Set<string>();
    for (const { passage, score } of top) {
      if (posts.has(passage.postId)) continue;
      posts.add(passage.postId);
      const told = this.#sources.passagesOf(passage.postId).map((one) => ({ passage: one, score, terms: () => [] }));
      const said = this.#naming(told, lang, false, false).filter((unit) => saysLeft(unit.text));
      const first = said[0]?.ranked;
      const shortest = said.filter((unit) => unit.ranked === first).sort((a, b) => a.text.length - b.text.length)[0];
      if (shortest) return shortest;
    }
    return undefined;
  }

  /**
   * "who wrote the 2024 steering committee post", "那篇文章是谁写的": the byline of the post, among the first passages,
   * whose title holds the most of the question's words (none: no line, rather than the byline of any post ranked).
   */
  #byline(top: readonly Ranked[], groups: readonly WordGroup[], lang: Lang, events: readonly string[]): WhoAnswer | undefined {
    let best: { ranked: Ranked; byline: string; holds: number } | undefined;
    for (const ranked of top) {
      const byline = this.#bylineOf(ranked.passage);
      const holds = byline ? held(ranked.passage.title, groups).size + (ranked.passage.event && events.includes(ranked.passage.event) ? 1 : 0) : 0;
      if (byline && holds > 0 && (!best || holds > best.holds)) best = { ranked, byline, holds };
    }
    // The project's own posts name no one in their byline: a sentence of the post the question names may say who wrote the post it retells.
    if (!best) return postedBy(top, (ranked) => held(ranked.passage.title, groups).size + (ranked.passage.event && events.includes(ranked.passage.event) ? 1 : 0), (id) => this.#sources.passagesOf(id), (told) => this.#naming(told, lang, false, false));
    const { passage } = best.ranked;
    return { direct: { text: titled(lang, passage.title, best.byline), url: passage.postUrl, lang }, first: best.ranked };
  }

  /** Who wrote the post a passage is of, from its first passage; undefined when its attribution names no one. */
  #bylineOf(passage: Passage): string | undefined {
    return this.#sources.passagesOf(passage.postId)[0]?.byline;
  }

  /** The sentences of the passages that name a person (or a company, when one is asked for), each with its passage. */
  #naming(top: readonly Ranked[], lang: Lang, company: boolean, part: boolean, organising = false): Unit[] {
    // A sentence that leads in a list ("…will be held by: Zack Butcher (Tetrate).") is quoted with the list's items.
    const withItems = (sentences: readonly string[]): string[] => sentences.map((sentence, at) => [sentence, ...listItemsAfter(sentences, at, (item) => this.#names.in(item))].join(' '));
    return top.flatMap((ranked) => {
      const byline = this.#bylineOf(ranked.passage);
      return withItems(sentencesOf(ranked.passage.text)).flatMap((text) => {
        if (text.length > MAX_SENTENCE) return [];
        // "As the election officer, I am pleased to announce…": asked who played a part, the post's "I" is who wrote it,
        // named after the sentence (asked anything else, "我很高兴地宣布…名单" names no one).
        const self = part && byline !== undefined && !this.#names.in(text) && FIRST_PERSON.test(text);
        if (!self && !this.#names.in(text) && !(company && this.#sources.namesCompany(text)) && !(organising && saysOrganised(text))) return [];
        const said = self ? `${text} (${byline})` : text;
        return [{ text, ranked, direct: () => ({ text: titled(lang, ranked.passage.title, said), url: ranked.passage.url, lang }) }];
      });
    });
  }

  #sentence(top: readonly Ranked[], groups: readonly WordGroup[], question: Question): Unit | undefined {
    const { lang } = question;
    // The index terms each passage matched (its post's title too: "Unveil the new Phippy story"), those naming the event left out.
    const named = new Set(question.words.groups.filter((group) => !groups.includes(group)).flatMap((group) => group.alternatives.flat()));
    const covers = weigh(top.map((ranked) => new Map(ranked.terms().flatMap((term) => (named.has(term) ? [] : [[term, 1] as const])))));
    // An award named ("the end user award") is said by the sentences that name it, not another award's; a company may win it.
    const award = awardNamed(question);
    const units = this.#naming(top, lang, ASKS_COMPANY.test(question.rest) || award.length > 0, namesPart(question.rest)).filter((unit) => namesAward(unit.text, award));
    // "who is the toc chair": a sentence that names no chair of the TOC answers nothing, whoever it says was elected to
    // it ("chair of the CNCF TOC" names one; "…Steering Committee members…" a few words on from it does not).
    const parts = groups.filter((group) => namesPart(group.word));
    // A part the question names in words read apart ("election officer": election, officer) is said by the sentences that
    // name it, when one does ("As the election officer, I…"), not by those that only hold its words (who was elected).
    const naming = parts.length || !namesPart(question.rest) ? [] : units.filter((unit) => namesPart(withoutTitles(unit.text)));
    // So is being recognised: "开场时被表彰的…" is said by "…受到表彰", not by "活动由…开场" ranked above it.
    const honouring = honourAsked(question.rest) ? units.filter((unit) => saysHonoured(withoutTitles(unit.text))) : [];
    const coming = comingAsked(question.rest) ? units.filter((unit) => saysComing(withoutTitles(unit.text))) : [];
    const says = (unit: Unit): boolean =>
      !otherSession(unit.text, question.entities.kinds) && (parts.length ? partOf(withoutTitles(unit.text), parts, groups) : !naming.length || naming.includes(unit)) && (!honouring.length || honouring.includes(unit)) && (!coming.length || coming.includes(unit));
    // What a sentence says answers, not the title of a book or talk it names.
    const scores = weigh(units.map((unit) => (says(unit) ? held(withoutTitles(unit.text), groups) : new Map())));
    for (const [at, ranked] of top.entries()) {
      if ((covers[at] ?? 0) < Math.max(0, ...covers.slice(0, at))) continue;
      let best: { unit: Unit; score: number } | undefined;
      units.forEach((unit, index) => {
        const score = scores[index] ?? 0;
        // Of two that hold as much, the shorter says it more plainly.
        const better = !best || score > best.score || (score === best.score && unit.text.length < best.unit.text.length);
        if (unit.ranked === ranked && score > 0 && better) best = { unit, score };
      });
      // A table's row answers with the rows of its table that hold as much of the question ("who got contribution seats").
      if (best) {
        const asked = [...held(withoutTitles(best.unit.text), groups)];
        const alike = (row: string): boolean => {
          const holds = held(withoutTitles(row), groups);
          return asked.every(([group, share]) => (holds.get(group) ?? 0) >= share);
        };
        return withAlikeRows(best.unit, alike, lang, this.#sources.passagesOf(best.unit.ranked.passage.postId));
      }
    }
    return undefined;
  }
}
