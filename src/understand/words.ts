import { ANY_EVENT_WORDS, KIND_NAMES, LONE_HAN_WORDS, oneTypoApart, PLACES, REGION_ALIASES, SYNONYMS } from '../domain/index.js';
import { analyze, fold, STOP_WORDS } from '../store/index.js';
import { CHAT_WORDS, YES_NO_CHARS } from './chat-words.js';
import { HAN_CLOCK_WORDS } from './clock.js';
import { COLLECTION_WORDS, misspeltWant } from './intents.js';
import { WANT_WORDS } from './want-words.js';
import { HAPPENING_WORDS, TIME_WORDS, WHOLE_TIME_PHRASES } from './times.js';
import { ASKING_WHO } from './roles.js';
import type { Want, WordGroup, Words } from './types.js';
import { birthdayWays } from './birthday-ways.js';
import { withPairAcross } from './han-pairs.js';
import { particleApart } from './han-edges.js';
import { phraseList, takePhrases } from './phrase-taking.js';

const byWord = new Map<string, readonly string[]>();
for (const group of SYNONYMS) for (const word of group) byWord.set(word, group);

/** Multi-word synonyms, read as one word. */
const PHRASES = phraseList([...byWord.keys()].filter((word) => /\s/.test(word)));

/** The words of several Latin words that say an event is to come or stress "first" ("came after" stays searched: "What came next"). */
const TIME_PHRASES = phraseList(WHOLE_TIME_PHRASES.filter((word) => /^[a-z]+(?: [a-z]+)+$/.test(word)));

const HAN_RUN = /^\p{Script=Han}+$/u;
/**
 * Known Chinese words, longest first, so 演讲视频 reads as 演讲 + 视频, and 叫什么 as 叫 + 什么 (both
 * stop words, so nothing is searched for them), and 视频的合集 as 视频 + 的 + 合集 (asks for them all).
 * Single-character stop words do not split a run: 中 would cut 中国 apart.
 */
// A synonym written half in Latin ("T 恤") gives its Chinese part too: "t恤吗" is 恤 + 吗.
const HAN_PARTS = [...byWord.keys()].flatMap((word) => (HAN_RUN.test(word) ? [] : (word.match(/\p{Script=Han}+/gu) ?? [])));
const HAN_WORDS = [...byWord.keys(), ...HAN_PARTS, ...Object.keys(WANT_WORDS), ...TIME_WORDS, ...HAPPENING_WORDS, ...HAN_CLOCK_WORDS, ...CHAT_WORDS, ...STOP_WORDS, ...ASKING_WHO, ...COLLECTION_WORDS]
  .filter((word) => HAN_RUN.test(word) && (word.length > 1 || !STOP_WORDS.has(word)))
  .sort((a, b) => b.length - a.length);
/** The known Chinese words by their first character, longest first: a run is split a character at a time. */
const HAN_WORDS_BY_FIRST = new Map<string, string[]>();
for (const word of HAN_WORDS) HAN_WORDS_BY_FIRST.set(word.charAt(0), [...(HAN_WORDS_BY_FIRST.get(word.charAt(0)) ?? []), word]);

/** The time words, looked up for each word of every question (two hundred of them). */
const TIME_WORD_SET: ReadonlySet<string> = new Set(TIME_WORDS);

const LATIN_WORD = /^[a-z]+$/;
/** Latin words of the vocabulary long enough to be misspelled ("elecion", "steerng", "chciago"). */
const SPELLED = [...byWord.keys()].filter((word) => LATIN_WORD.test(word) && word.length >= 5);

/**
 * The synonym group a word of six letters or more misspells, when the vocabulary has one word a
 * single edit away (or several of one group). The index's own typo tolerance cannot see it: it
 * compares with stems ("elect"), which a misspelling ("elecion") is further from. A word of five
 * letters misspells only a word of six it drops a letter of ("londn"): five letters one change or
 * swap from another word are as often a word of their own.
 */
function misspelled(word: string): { meant: string; group: readonly string[] } | undefined {
  if (word.length < 5 || !LATIN_WORD.test(word)) return undefined;
  const near = SPELLED.filter((known) => (word.length >= 6 || known.length === word.length + 1) && oneTypoApart(word, known));
  const groups = new Set(near.map((known) => byWord.get(known)));
  const [only] = groups;
  return groups.size === 1 && only && near[0] ? { meant: near[0], group: only } : undefined;
}

/**
 * Every way of saying `word` (itself included): its synonym group (a lone character's, `LONE_HAN_WORDS`), every word
 * that wants the same thing, or the group it misspells.
 */
function alternativesOf(word: string): { alternatives: readonly string[]; meant?: string } {
  const want = WANT_WORDS[word];
  if (want) return { alternatives: [word, ...Object.keys(WANT_WORDS).filter((other) => other !== word && WANT_WORDS[other] === want)] };
  const known = byWord.get(word);
  if (known) return { alternatives: known };
  const lone = LONE_HAN_WORDS[word];
  if (lone) return { alternatives: lone.flatMap((said) => byWord.get(said) ?? [said]) };
  const ages = birthdayWays(word);
  if (ages) return { alternatives: ages };
  const misspelling = misspelled(word);
  return misspelling ? { alternatives: [word, ...misspelling.group], meant: misspelling.meant } : { alternatives: [word] };
}

/** Chinese names of places: the posts call an event's edition there "北美站", "伦敦站", whose 站 ("stop") names nothing more. */
const HAN_PLACES = new Set([...PLACES.flatMap((place) => place.zh), ...Object.values(REGION_ALIASES).flat()].filter((name) => HAN_RUN.test(name)));

/** Whether a known word longer than `word` starts inside it, at `at` + 1 or later, and ends past it. */
function longerWithin(run: string, at: number, word: string): boolean {
  for (let start = at + 1; start < at + word.length; start += 1) {
    const inner = HAN_WORDS_BY_FIRST.get(run.charAt(start))?.find((candidate) => run.startsWith(candidate, start));
    if (inner && inner.length > word.length && start + inner.length > at + word.length) return true;
  }
  return false;
}

/**
 * Nouns for any event (活动, 聚会): the end of a compound that names one ("生日活动", "线下活动"), kept with the characters
 * before them, but split from what follows, a particle or an asking word ("活动是哪天", "活动吗"): glued to it, they made a
 * word no post holds, read as the topic of a next question.
 */
const EVENT_NOUNS: readonly string[] = ANY_EVENT_WORDS.filter((noun) => HAN_RUN.test(noun) && !HAN_WORDS.includes(noun));

/**
 * A piece no known word split, before a known word, without the 的 that ties it to that word ("服务网格安全的幻灯片": 安全 +
 * 的): glued, it made a word no title holds. Two characters stay whole ("目的"); so does the end of a run, where 的 may close
 * the sentence ("是什么时候推出的").
 */
const beforeWord = (piece: string): string[] => (piece.length > 2 && piece.endsWith('的') ? [piece.slice(0, -1), '的'] : [piece]);

/** Splits a run of Han characters at the words the vocabulary knows, and after a noun for any event. */
function splitHan(run: string): string[] {
  const out: string[] = [];
  let rest = '';
  for (let i = 0; i < run.length; ) {
    const noun = EVENT_NOUNS.find((candidate) => run.startsWith(candidate, i));
    if (noun && !HAN_WORDS_BY_FIRST.get(run.charAt(i))?.some((candidate) => run.startsWith(candidate, i))) {
      out.push(rest + noun);
      rest = '';
      i += noun.length;
      continue;
    }
    const word = HAN_WORDS_BY_FIRST.get(run.charAt(i))?.find((candidate) => run.startsWith(candidate, i));
    // "是什么时候": a longer word that starts inside the one found and runs past it (什么时候, "when") is the word meant.
    if (word && longerWithin(run, i, word)) {
      rest += run[i];
      i += 1;
    } else if (word) {
      if (rest) out.push(...beforeWord(rest));
      rest = '';
      out.push(word);
      i += word.length;
      if (HAN_PLACES.has(word) && run.charAt(i) === '站') i += 1;
    } else {
      rest += run[i];
      i += 1;
    }
  }
  if (rest) out.push(rest);
  return out;
}

/**
 * "谁讲了多租户", "谁拿了奖": a verb and its 了 or 过 after 谁 say what was done, the words after it what it was done
 * about; glued together they made one word that no talk's title holds ("讲了多租户"). They are two words: the verb as
 * typed (a sentence may say it: "获得了"), and what follows, however short (奖).
 */
const DONE = /^\p{Script=Han}{1,2}?[了过](?=\p{Script=Han})/u;
/** "讲多租户的是谁": before 是谁, the one who talked (讲…的) about the words between. */
const SAID_BY = /^讲(?=\p{Script=Han}{2})|(?<=\p{Script=Han}{2})的$/gu;

/**
 * 谁 ("who") cuts a run of Han characters apart, though a one-character stop word splits none (中 is part of 中国): no
 * word of the posts holds it, and glued to the topic ("七周年的博客是谁写的") it made one word that nothing holds. The
 * particles around it ask with it (是谁, 由谁, 谁…的), and a character left alone (写, 办: a verb that the index, which holds
 * characters in pairs, cannot find) is dropped: "七周年的博客", "主办" from "是谁主办的"; one before it stays ("25年谁…": 年 says 25 is a year).
 */
function splitAtWho(run: string): string[] {
  const parts = run.split('谁');
  return parts.flatMap((part, i) => {
    const before = i < parts.length - 1 ? part.replace(/[是由]$/u, '') : part;
    if (i === 0) return before === '' ? [] : [i < parts.length - 1 ? before.replace(SAID_BY, '') : before];
    const after = before.replace(/^是/u, '').replace(/的$/u, '');
    if (after.length <= 1) return [];
    const done = DONE.exec(after)?.[0];
    return done ? [done, after.slice(done.length)] : [after];
  });
}

/**
 * "指导委员会里的社区席位", "什么是社区席位 指导委员会里的": 里的 / 里面的 / 内的 after a word says where the next thing is
 * ("the community seats in the committee"); glued to the word after it, or left alone, it made a word nothing holds.
 */
const INSIDE = /^(?:里面?|内)的/u;

/**
 * "the database-in-the-mesh session": words hyphenated into a phrase (two hyphens or more) are its words, typed apart;
 * a compound of two ("multi-cluster", "llm-d") stays one word, which the index also holds whole.
 */
const HYPHENED_PHRASE = /^[^-]+(?:-[^-]+){2,}$/u;

/** "2023年谁获得" → ["2023", "年", "获得"]: Latin, digits and Han runs are separate words. */
function splitMixed(piece: string): string[] {
  const parts = piece.match(/\p{Script=Han}+|[^\p{Script=Han}]+/gu) ?? [];
  const han = (part: string) => splitAtWho(part).flatMap(splitHan).map((word, i) => (i > 0 ? word.replace(INSIDE, '') : word)).flatMap(particleApart);
  const latin = (part: string) => {
    const word = part.replace(/^-+|-+$/g, '');
    return HYPHENED_PHRASE.test(word) ? word.split('-') : [word];
  };
  return parts.flatMap((part) => (HAN_RUN.test(part) ? han(part) : latin(part))).filter(Boolean);
}

/**
 * A run of Chinese function words that no known word split apart ("istio day 上的 keynote": 上 + 的):
 * single-character stop words do not split a run (中 would cut 中国 apart), so the run they make alone is
 * taken out here.
 */
const onlyFunctionWords = (piece: string): boolean => HAN_RUN.test(piece) && [...piece].every((char) => STOP_WORDS.has(char) || YES_NO_CHARS.has(char));

/**
 * Chinese words that only ask and name nothing: which people ("哪两位"), and 由 ("by", of "由谁", "由哪些单位主办"), which
 * the posts write before every speaker ("由 X 主讲"), so that searched it matched every talk.
 */
const ASKING_ONLY: ReadonlySet<string> = new Set([...ASKING_WHO, '由']);

/** Groups of recent words: questions repeat their words, and stemming every way of saying one was a third of reading a question. */
const groups = new Map<string, WordGroup>();
/** Words remembered before the memo starts over. */
const GROUPS_KEPT = 10_000;

function group(word: string): WordGroup {
  let made = groups.get(word);
  if (!made) {
    if (groups.size >= GROUPS_KEPT) groups.clear();
    const { alternatives, meant } = alternativesOf(word);
    made = { word, alternatives: alternatives.map(analyze).filter((terms) => terms.length), ...(meant ? { meant } : {}) };
    groups.set(word, made);
  }
  return made;
}

/** A word that only ranks, as itself alone (no synonyms), remembered as `group` remembers. */
function softGroup(word: string): WordGroup {
  let made = softGroups.get(word);
  if (!made) {
    if (softGroups.size >= GROUPS_KEPT) softGroups.clear();
    softGroups.set(word, (made = { word, alternatives: [analyze(word)] }));
  }
  return made;
}

const softGroups = new Map<string, WordGroup>();

/** A body or its election, named before a short year as an event is ("toc 25", "steering election 24"); not before what it counts ("toc 13 seats"). */
const BODY_WORDS = new Set(['toc', 'steering', 'committee', 'election', 'elections']);
const BODY_COUNTS = new Set(['seat', 'seats', 'member', 'members', 'candidate', 'candidates', 'vote', 'votes', 'voters', 'people']);

/** How an event's name is written before a short year ("kubecon eu 24", "istio day 25"): its kinds and regions ("in" is a word, not India here). */
const EVENT_WORDS = new Set([...KIND_NAMES.flatMap((kind) => kind.aliases), ...Object.values(REGION_ALIASES).flat()].filter((alias) => alias !== 'in'));

/** The year of a short one written right after an event's name ("kubecon eu 24" → 2024) or before 年 ("25年" → 2025), else null. */
function shortYear(pieces: readonly string[], i: number): number | null {
  const piece = pieces[i] ?? '';
  if (!/^(1[7-9]|[2-3]\d)$/.test(piece)) return null;
  const before = [pieces[i - 1], pieces.slice(Math.max(0, i - 2), i).join(' ')];
  const body = BODY_WORDS.has(pieces[i - 1] ?? '') && !BODY_COUNTS.has(pieces[i + 1] ?? '');
  const named = body || before.some((words) => words !== undefined && EVENT_WORDS.has(words)) || (pieces[i + 1] ?? '').startsWith('年');
  return named ? 2000 + Number(piece) : null;
}

/** Reads the free text of a question into word groups, wants (video, slides, talk, date) and years. */
/** "back in 2018", "back then": "back" only says the time named was long ago; it names no topic. */
const backThen = (pieces: readonly string[], i: number): boolean =>
  pieces[i] === 'back' && (pieces[i + 1] === 'then' || (pieces[i + 1] === 'in' && /^(?:20)?\d\d$/.test(pieces[i + 2] ?? '')));

export function readWords(text: string): Words & { years: number[] } {
  const words: Words & { years: number[] } = { groups: [], soft: [], wants: [], years: [] };
  const synonyms = takePhrases(` ${fold(text).replace(/[^\p{L}\p{N}\s-]/gu, ' ')} `, PHRASES);
  words.groups.push(...synonyms.taken.map(group));
  const wantWords: string[] = [];
  // "on the horizon", "in the works": a phrase that says when is read whole, its words no topic ("works").
  const { taken: timeWords, rest } = takePhrases(synonyms.rest, TIME_PHRASES);
  const wants = new Set<Want>();
  // "sildes" is "slides": a word asking for a video or slides is read as meant, two swapped letters or not.
  const pieces = rest
    .split(/\s+/)
    .filter(Boolean)
    .flatMap(splitMixed)
    .map((piece) => misspeltWant(piece) ?? piece);
  pieces.forEach((piece, i) => {
    const want = WANT_WORDS[piece];
    const year = /^20\d\d$/.test(piece) ? Number(piece) : shortYear(pieces, i);
    if (want) {
      wants.add(want);
      wantWords.push(piece);
    } else if (year !== null) words.years.push(year);
    else if (TIME_WORD_SET.has(piece)) timeWords.push(piece);
    else if (!STOP_WORDS.has(piece) && !backThen(pieces, i) && !CHAT_WORDS.has(piece) && !onlyFunctionWords(piece) && !ASKING_ONLY.has(piece)) {
      const made = group(piece);
      if (made.alternatives.length) words.groups.push(withPairAcross(made, pieces, i, rest));
    }
  });
  words.wants = [...wants];
  // A question made only of such words ("slides", "latest") is about them.
  if (!words.groups.length) words.groups.push(...[...wantWords, ...timeWords].map(group));
  // Beside a topic, "video" and "latest" rank passages that say them (find weighs by the time
  // asked too); synonyms would only add noise.
  else words.soft.push(...[...wantWords, ...timeWords].map(softGroup).filter((made) => made.alternatives[0]?.length));
  return words;
}
