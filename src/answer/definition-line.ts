/**
 * "what exactly is istiocon", "izzy 是啥": the direct line quotes the sentence of a ranked passage that
 * says what the subject is ("IstioCon is the annual user-centered event for Istio…", "…IstioCon 是…
 * 年度的盛会"), with that passage's link. The sentences are the passages' stored definitions
 * (`PassageFacts.defines`, found by `src/facts/definitions.ts`, the one rule ranking weighs by too).
 * Asked what an abbreviation stands for, the sentence that spells it out comes first; with no
 * definition, the opening sentence of a post about one event among the first passages, when it
 * names the subject; else no line. A question that names a year gets the opening of that year's event post first.
 */
import { bestDefinition, namesSubject, openingSentence, subjectOf, type Subject } from '../facts/index.js';
import type { Ranked, RankedPassages } from '../find/index.js';
import type { Passage } from '../model/index.js';
import { spellingAsked, subjectGroups, type Question } from '../understand/index.js';
import { elsewhere, namesOtherYear, placeUnsaid } from './elsewhere.js';
import type { Lead } from './page.js';
import type { DirectAnswer } from './types.js';

/** How far down the ranking a defining sentence is looked for. */
const DEFINITION_DEPTH = 20;
/** How many passages come first: a sentence that only spells out an abbreviation ("… (ICA) …") is quoted from one of them alone. */
const SHOWN_FIRST = 3;

export function definitionLine(question: Question, ranked: RankedPassages): DirectAnswer | undefined {
  if (question.ask !== 'what-is' || !question.subject) return undefined;
  // The words that only rank (for a "what is" question, the kind of thing it is said to be: "what kind of conference").
  const subject = subjectOf(subjectGroups(question), question.words.soft);
  // "What does TOC stand for": the sentence that spells the name out answers, wherever it ranks; else what it is.
  const spelled = spellingAsked(question) ? lineOf(question, ranked, subject, true) : undefined;
  // "What was that 2018 twitch event": a year named asks about what was held then, which the opening of that year's event
  // post says; a definition of what it was held on ("Twitch is a … streaming platform") says less of it.
  const { years } = question.entities;
  const held = years.length ? openingLine(question, ranked, subject, years) : undefined;
  return spelled ?? held ?? lineOf(question, ranked, subject, false) ?? openingLine(question, ranked, subject);
}

/**
 * "What is IstioCon China": a post shows only its two best passages, and short ones that only name the event ("The
 * slides of every session are on the IstioCon China 2023 schedule") may rank above the long opening that says what it
 * was. With no line from the ranking, the opening of a post among the first ranked whose event's name names the whole
 * subject answers, shown first.
 */
export function namedOpening(question: Question, ranked: RankedPassages, passages: readonly Passage[]): Lead | undefined {
  if (question.ask !== 'what-is' || !question.subject) return undefined;
  const subject = subjectOf(subjectGroups(question), question.words.soft);
  const openings = new Set(
    ranked
      .slice(0, DEFINITION_DEPTH)
      .filter(({ passage }) => passage.lang === question.lang && passage.event !== null && namesSubject(passage.event, subject))
      .map(({ passage }) => passage.id.replace(/#\d+$/, '#0')),
  );
  if (!openings.size) return undefined;
  const score = ranked.slice(0, 1)[0]?.score ?? 0;
  for (const passage of passages) {
    // The opening of a post that tells the subject as one of its parts ("…a ContribFest, a book reading…") says nothing of what it is.
    if (!openings.has(passage.id) || passage.event === null || !namesSubject(passage.event, subject)) continue;
    const first: Ranked = { passage, score, terms: () => [] };
    // The post is about the event its name names whole: its opening says what that event was, though it need not repeat the
    // name's last word ("Istio turned seven on 24 May 2024…" of the event "Istio 7th birthday").
    const direct = openingLine(question, [first], subject, undefined, true);
    if (direct) return { direct, first };
  }
  return undefined;
}

/**
 * "IstioCon as a series, what is it", "istio day 这个系列是啥": a series asked about as a whole (no year, place, edition or time named). Beside the
 * line, which says what the series is, the opening of its first edition's post among the ranked comes first: the first
 * one is told as what the series set out to be ("IstioCon 2021 was the project's first conference of its own:
 * community-led…", "…a half-day "Day 0" event co-located with KubeCon…"), where later ones take it as known.
 */
export function firstEdition(question: Question, ranked: RankedPassages): Pick<Lead, 'first'> {
  if (question.ask !== 'what-is' || !question.subject || !seriesAsked(question)) return {};
  const subject = subjectOf(subjectGroups(question), question.words.soft);
  const openings = ranked.slice(0, DEFINITION_DEPTH).filter(({ passage }) => passage.lang === question.lang && passage.event !== null && passage.id.endsWith('#0') && !passage.headings.length && passage.date && namesSubject(passage.event, subject));
  const earliest = openings.reduce<string | undefined>((date, { passage }) => (date === undefined || (passage.date as string) < date ? (passage.date as string) : date), undefined);
  const ofFirst = openings.filter(({ passage }) => passage.date === earliest);
  // Of its posts, one written once it was held says what it was ("…was the project's first conference of its own:
  // community-led…"), where an announcement says what it would be; else the best ranked.
  const first = ofFirst.find(({ passage }) => (passage.published ?? '') >= (passage.date as string)) ?? ofFirst[0];
  return first ? { first } : {};
}

/** Whether a question names a kind of event and nothing that picks one edition of it: no year, place, edition or time. */
function seriesAsked({ entities: { kinds, years, cities, regions }, edition, time }: Question): boolean {
  return kinds.length > 0 && !years.length && !cities.length && !regions.length && edition === null && time === null;
}

/** A year written in a sentence: "IstioCon 2021", "2021 年". */
const DATED = /\b20\d\d\b|20\d\d(?=\s*年)/u;

/**
 * A post about one event opens by saying what it was ("The first local Istio meetup in China took place…"): with
 * no definition ranked, the opening sentence of such a post among the first passages, when it or the post's title,
 * which names the event it tells ("Istio 1.0 launch stream on Twitch"), names the subject.
 */
function openingLine(question: Question, ranked: RankedPassages, subject: Subject, years?: readonly number[], eventNamed = false): DirectAnswer | undefined {
  // That year's event is looked for as deep as a definition is.
  for (const { passage } of ranked.slice(0, years ? DEFINITION_DEPTH : SHOWN_FIRST)) {
    if (passage.lang !== question.lang || passage.event === null || passage.headings.length || !passage.id.endsWith('#0') || elsewhere(question, passage)) continue;
    if (years && !years.some((year) => passage.date?.startsWith(String(year)))) continue;
    const opening = openingSentence(passage.text);
    const text = opening && passage.text.slice(opening.start, opening.end);
    if (!text || !(eventNamed || namesSubject(text, subject, passage.title)) || placeUnsaid(question, passage, text) || yearUnsaid(question, text)) continue;
    // A short opening that only announces ("In 2024 Istio got a mascot and … a children's book.") is quoted with the next
    // sentence when that one says what something is ("…introduced Izzy, an Indo-Pacific bottlenose dolphin, as…").
    const told = opening.next && passage.facts.defines?.some((definition) => definition.start === opening.next?.start) ? opening.next.end : opening.end;
    return { text: passage.text.slice(opening.start, told), url: passage.url, lang: question.lang };
  }
  return undefined;
}

/**
 * Whether a sentence names years, none of them one the question names: "IstioCon 2022 was the second annual…" says what
 * the 2022 edition was, not the 2023 one asked about. A sentence that names no year may still define the thing itself.
 */
const yearUnsaid = (question: Question, sentence: string): boolean => namesOtherYear(sentence, new Set(question.entities.years.map(String)));

/** The line of the best definition among the ranked passages; `spelled`: of those that spell an abbreviation out alone. */
function lineOf(question: Question, ranked: RankedPassages, subject: Subject, spelled: boolean): DirectAnswer | undefined {
  let best: { line: DirectAnswer; score: number; date: string; dated: boolean } | undefined;
  // A series asked about as a whole: a sentence that says what it is without a year says it of every edition, one that names
  // a year ("IstioCon 2021 是一个…的线上会议") of that edition alone, however well it says the kind of thing asked about.
  const whole = seriesAsked(question);
  ranked.slice(0, DEFINITION_DEPTH).forEach(({ passage }, rank) => {
    // The definition of another place's event's thing ("the Paris one": a London session) says nothing of the one asked about.
    if (passage.lang !== question.lang || elsewhere(question, passage)) return;
    const defines = spelled ? passage.facts.defines?.filter((definition) => !definition.strength) : passage.facts.defines;
    const found = bestDefinition(defines, subject, passage.text, passage.title);
    if (!found || (!found.definition.strength && rank >= SHOWN_FIRST && !spelled)) return;
    // "What is IstioCon China": a definition of IstioCon that says nothing of China is of the broader thing; no line beats it.
    const text = passage.text.slice(found.definition.start, found.definition.end);
    if (placeUnsaid(question, passage, text) || yearUnsaid(question, text)) return;
    // The best definition; of equally good ones, the newest post's (the same sentence repeated each year), else the best ranked.
    const date = passage.date ?? '';
    const dated = whole && DATED.test(text);
    if (best && (dated > best.dated || (dated === best.dated && (best.score > found.score || (best.score === found.score && best.date >= date))))) return;
    best = { line: { text, url: passage.url, lang: question.lang }, score: found.score, date, dated };
  });
  return best?.line;
}
