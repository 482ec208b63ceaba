/**
 * The governance body a question names ("steering", "TOC", 指导委员会), as the title of a post about
 * it says it. The posts about one body name the other too (the Steering Committee runs the TOC's
 * vote), so their titles tell them apart.
 */
import { GOVERNANCE_BODIES, STEERING_SEATS, SYNONYMS } from '../domain/index.js';
import { wordsOf } from './intents.js';
import { afterAsked, beforeAsked } from './times.js';
import { phrasesOf, type Phrases } from './phrases.js';
import { AWARD } from './award-named.js';
import type { Question, WordGroup } from './types.js';

/** Each body's names, how a title says it, and how a title says any other body (compiled once, not per question). */
const BODY_TITLES = GOVERNANCE_BODIES.map((names) => ({
  names,
  title: phrasesOf(names),
  others: phrasesOf(GOVERNANCE_BODIES.filter((other) => other !== names).flat()),
}));

/** How a question names a seat on the Steering Committee ("contribution seats", "社区席位"). */
const SEAT = phrasesOf(STEERING_SEATS.flat().flatMap((seat) => (/[a-z]$/.test(seat) ? [seat, `${seat}s`] : [seat])));

/** What names a body: a question's words, and its text when there is one (for the seats it names). */
interface Naming {
  words: Pick<Question['words'], 'groups'>;
  text?: string;
}

/** How a post's title names the one governance body `question` names; null when it names none, or both. */
export function bodyTitleOf(question: Naming): Phrases | null {
  return bodyOf(question)?.title ?? null;
}

/** The Steering Committee, the one body with seats of its own kinds. */
const STEERING = BODY_TITLES.find(({ names }) => names.includes('steering'));

/**
 * The one governance body the words name; none when they name none, or several. A Steering seat named with no body
 * ("2023 年社区席位的投票结果", "contribution seat results") names the Steering Committee, whose seats they are.
 */
function bodyOf({ words, text = '' }: Naming): (typeof BODY_TITLES)[number] | undefined {
  const named = BODY_TITLES.filter(({ names }) => words.groups.some((group) => names.includes(group.word) || (group.meant !== undefined && names.includes(group.meant))));
  if (!named.length && SEAT.test(text)) return STEERING;
  return named.length === 1 ? named[0] : undefined;
}

/** How a post's title names some governance body: an election's results post, not an event's awards. */
export const ANY_BODY_TITLE = phrasesOf(GOVERNANCE_BODIES.flat());

/** How many governance bodies a post's title names ("Steering and TOC updates": two, news of both). */
export function bodiesTitled(title: string): number {
  return BODY_TITLES.filter((body) => body.title.test(title)).length;
}

/** How posts' titles name the governance bodies other than the one `question` names; null when it names none, or several. */
export function otherBodiesTitleOf(question: Naming): Phrases | null {
  return bodyOf(question)?.others ?? null;
}

/** How the vocabulary names an election ("election", "elections", "选举"). */
const ELECTION = SYNONYMS.find((group) => group.includes('election')) ?? [];

/** How the results posts say an election is held: by a vote ("ranked voting", "投票"), which names it as well. */
const VOTE = ['vote', 'votes', 'voting', 'ballot', 'ballots', '投票', '选票'];

/** Whether the question's words say "election" ("elections", "选举", a typo of it, "vote"). */
export function saysElection(words: Pick<Question['words'], 'groups'>): boolean {
  return words.groups.some((group) => ELECTION.includes(group.word) || group.meant === 'election' || VOTE.includes(group.word));
}

/**
 * The steps of an election the call for candidates dates ("nominations are due by…", "voting will start on… and last
 * until…", "提名截止", "投票…开始"): asked of the next election ("when does voting start", "nominations deadline"), the
 * sentence that dates the step answers beside the newest results, which tell who won.
 */
const STEPS = phrasesOf(['start', 'starts', 'begin', 'begins', 'open', 'opens', 'close', 'closes', 'deadline', 'due', 'last until', 'nomination', 'nominations', 'nominate', 'candidacy', 'stand for', '开始', '截止', '结束', '提名', '参选']);

export function electionStepAsked(text: string): boolean {
  return STEPS.test(text);
}

/** The words that ask how an election went ("results", "winners", "当选"): asked when, the day they were told. */
const OUTCOME = phrasesOf(wordsOf('results'));

/** Whether a question asks of an election itself ("when is the steering election"), not of a step of it or its results: its vote. */
export function electionItselfAsked(question: Pick<Question, 'words' | 'rest'>): boolean {
  // "the election after 2020's": the year named is where to look from, not the election asked.
  const relative = afterAsked(question.rest) || beforeAsked(question.rest);
  return saysElection(question.words) && !relative && !STEPS.test(question.rest) && !OUTCOME.test(question.rest);
}

/** Whether the question's words name an election or a governance body: "the latest TOC election" asks who it elected. */
export function namesElection(words: Pick<Question['words'], 'groups'>): boolean {
  return saysElection(words) || bodyTitleOf({ words }) !== null;
}

/** Words beside an election and its body that name nothing more of it: the project's name. */
const NOTHING_MORE: readonly string[] = ['istio'];

/**
 * "toc election 2026", "2024 steering committee election", "2026 技术监督委员会选举": an election and one year named, with
 * nothing but its body beside them. Typed as a search, it asks how that election went, which its results post tells.
 */
export function electionYearAlone(words: Pick<Question['words'], 'groups'>, years: readonly number[]): boolean {
  return years.length === 1 && saysElection(words) && words.groups.every(electionWord);
}

/** A word that names an election, its body or the project, and nothing more of it. */
const electionWord = (group: WordGroup): boolean => saysElection({ groups: [group] }) || bodyTitleOf({ words: { groups: [group] } }) !== null || NOTHING_MORE.includes(group.word);

/** The words of the seats' names ("community", "seats", "社区席位"). */
const SEAT_WORDS: ReadonlySet<string> = new Set(STEERING_SEATS.flat().flatMap((seat) => seat.split(' ')).flatMap((word) => [word, `${word}s`]));

/**
 * "who won the steering election", "community seat results", "谁当选了社区席位": an election, its body or a seat named and
 * nothing more of it (no year, nor "by-election", a candidate or a company): asked of the election as it is now.
 */
export function onlyElectionNamed(words: Pick<Question['words'], 'groups'>, years: readonly number[]): boolean {
  return !years.length && words.groups.length > 0 && words.groups.every((group) => electionWord(group) || SEAT_WORDS.has(group.word));
}

/** Words that say "as it is now": of a body elected every year, the latest one elected; no word to search ("terms have now ended"). */
export const PRESENT_WORDS: readonly string[] = ['current', 'currently', 'now', 'nowadays', 'presently', 'today', 'these days', '现任', '目前', '现在', '当前', '如今', '本届', '这一届', '新一届', '新一任'];
const PRESENT = phrasesOf(PRESENT_WORDS);

/**
 * Who took a seat on a body ("who joined the toc in 2025", "2024 年谁进入了指导委员会"): its members that year, whom the results
 * name; said in the past, not "how do i join", which asks how one stands.
 */
const JOINED = ['joined', 'got onto', 'got into', '加入了', '进入了'];

/**
 * Asking who a body's members are in the present tense ("who is on the toc", "who sits on…", "the members of the steering
 * committee", "toc 成员有哪些"): with no year and nothing said of the past, the body as it is now.
 */
const MEMBERSHIP = phrasesOf(["who is on", "who's on", 'who are on', 'who is in', "who's in", 'who are in', 'who sits on', 'who sit on', 'who serves on', 'who serve on', 'who is part of', 'who are part of', 'member', 'members', 'membership', '成员', '委员都有', '委员有', '组成', ...JOINED]);
/** The past, or who an election chose ("members elected", "当选"): its results answer, of the year the ranking finds. */
const NOT_NOW = phrasesOf(['was', 'were', 'used to', 'former', 'previous', 'past', 'old', 'first', 'original', 'ago', 'elected', 'won', 'voted', ...JOINED, '曾经', '以前', '之前', '前任', '过去', '首届', '第一届', '当时', '当选', '选出', '选上']);

/** "the current steering committee", "who is on the toc now", "目前 TOC 成员", "who sits on the toc": a body or an election as it is now, its latest. */
export function presentBodyAsked(text: string, words: Pick<Question['words'], 'groups'>, years: readonly number[]): boolean {
  return namesElection(words) && (PRESENT.test(text) || (!years.length && MEMBERSHIP.test(text) && !NOT_NOW.test(text)));
}

/** A body's list of members ("steering committee 2025 list", "2031 年指导委员会名单"): who sits on it, as "members" asks. */
export const ROSTER_WORDS: readonly string[] = ['list', 'roster', 'lineup', 'line-up', '名单'];
const ROSTER = phrasesOf(ROSTER_WORDS);

/**
 * Whether the question asks who sits on a body ("2025 toc members", "2031 年指导委员会名单"), in any year: an election's
 * results name them, not its announcement (which promises "the full list" after the vote).
 */
export function membershipAsked(text: string, words: Pick<Question['words'], 'groups'>): boolean {
  return namesElection(words) && (MEMBERSHIP.test(text) || ROSTER.test(text));
}

const HAN = /\p{Script=Han}/u;

/**
 * Whether the question asks about an award ("community award", "获奖") and names no election, body or seat: what an event
 * gives, which no election decides, so an election's results post is no answer to it.
 */
export function awardAsked(question: Pick<Question, 'words' | 'rest'>): boolean {
  const award = question.words.groups.some((group) => AWARD.includes(group.word)) || AWARD.some((word) => HAN.test(word) && question.rest.includes(word));
  return award && !asksGovernance(question);
}

/**
 * Whether a question asks about governance (an election, a body or one of its seats): "which Huawei engineer holds its
 * contribution seat" asks who sits there, not who gave the talks Huawei's name titles.
 */
export function asksGovernance(question: Pick<Question, 'words' | 'rest'>): boolean {
  return namesElection(question.words) || SEAT.test(question.rest);
}
