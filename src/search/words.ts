import { STOP_WORDS } from './stopwords.js';
import { alternativesOf, KNOWN_WORDS, PHRASES, wantOf, type Want } from './synonyms.js';
import { analyze } from './schema.js';
import { fold } from './tokenize.js';

/** One thing the question is about, and every way of saying it. */
export interface WordGroup {
  word: string;
  /** Each alternative as its index terms. */
  alternatives: string[][];
}

export interface QueryWords {
  groups: WordGroup[];
  wants: Set<Want>;
  /** The words that said what is wanted ("slides", "视频"): they rank a passage up, and are not required. */
  soft: WordGroup[];
  /** Years named in the text (20xx), which rank rather than filter. */
  years: number[];
}

const HAN_RUN = /^\p{Script=Han}+$/u;
/** Known Chinese words, longest first, so 演讲视频 reads as 演讲 + 视频. */
const HAN_WORDS = KNOWN_WORDS.filter((word) => HAN_RUN.test(word)).sort((a, b) => b.length - a.length);

/** Splits a run of Han characters at the words the synonym and intent lists know. */
function splitHan(run: string): string[] {
  const out: string[] = [];
  let rest = '';
  for (let i = 0; i < run.length; ) {
    const word = HAN_WORDS.find((candidate) => run.startsWith(candidate, i));
    if (word) {
      if (rest) out.push(rest);
      rest = '';
      out.push(word);
      i += word.length;
    } else {
      rest += run[i];
      i += 1;
    }
  }
  if (rest) out.push(rest);
  return out;
}

/** Reads the free text of a question into word groups, wants (video, slides, talk) and years. */
export function readWords(text: string): QueryWords {
  const words: QueryWords = { groups: [], wants: new Set(), soft: [], years: [] };
  let rest = ` ${fold(text).replace(/[^\p{L}\p{N}\s-]/gu, ' ')} `;
  for (const phrase of PHRASES) {
    if (rest.includes(` ${phrase} `)) {
      words.groups.push(group(phrase));
      rest = rest.split(` ${phrase} `).join(' ');
    }
  }
  const pieces = rest.split(/\s+/).filter(Boolean).flatMap((piece) => splitMixed(piece));
  const wantWords: string[] = [];
  for (const piece of pieces) {
    const want = wantOf(piece);
    if (want) {
      words.wants.add(want);
      wantWords.push(piece);
    }
    else if (/^20\d\d$/.test(piece)) words.years.push(Number(piece));
    else if (!STOP_WORDS.has(piece)) {
      const made = group(piece);
      if (made.alternatives.some((terms) => terms.length)) words.groups.push(made);
    }
  }
  // A question made only of such words ("slides") is about them.
  if (!words.groups.length) words.groups.push(...wantWords.map(group));
  // Beside a topic, "video" ranks passages that say "video"; its synonyms would only add noise.
  else words.soft.push(...wantWords.map((word) => ({ word, alternatives: [analyze(word)] })).filter((made) => made.alternatives[0]?.length));
  return words;
}

/** "2023年谁获得" → ["2023", "年谁获得"]: Latin, digits and Han runs are separate words. */
function splitMixed(piece: string): string[] {
  const parts = piece.match(/\p{Script=Han}+|[^\p{Script=Han}]+/gu) ?? [];
  return parts.flatMap((part) => (HAN_RUN.test(part) ? splitHan(part) : [part.replace(/^-+|-+$/g, '')])).filter(Boolean);
}

function group(word: string): WordGroup {
  const alternatives = alternativesOf(word).map(analyze);
  return { word, alternatives: alternatives.filter((terms) => terms.length) };
}
