/**
 * One tokenizer for indexing and querying, so both sides agree on what a word is.
 * Latin text splits on anything that is not a letter or digit; hyphenated compounds also yield
 * their joined form ("multi-cluster" → multi, cluster, multicluster). Han text is cut into
 * overlapping character bigrams (服务网格 → 服务, 务网, 网格): a dictionary segmenter splits the
 * same word differently in different sentences (Node's ICU cuts 网格 apart inside 服务网格), while
 * bigrams give the query and the passage the same terms whatever surrounds them.
 */

export interface Token {
  /** The normalized term (lower case, accents folded). */
  term: string;
  /** [start, end) of the token in the original text. */
  start: number;
  end: number;
}

const HAN_RUN = /\p{Script=Han}+/gu;
const WORD = /[\p{L}\p{N}\p{M}]+(?:[-'’][\p{L}\p{N}\p{M}]+)*/gu;
const HAN = /\p{Script=Han}/u;

const ASCII = /^[\x00-\x7f]*$/;

/** Lower case with accents and diacritics removed: "Álvaro" and "alvaro" are one term. */
export function fold(text: string): string {
  // ASCII has nothing to decompose and no marks: most words skip the Unicode work.
  if (ASCII.test(text)) return text.toLowerCase();
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

function pushLatin(tokens: Token[], text: string, offset: number): void {
  for (const match of text.matchAll(WORD)) {
    const start = offset + (match.index);
    const word = match[0];
    const parts = word.split(/[-'’]/);
    if (parts.length === 1) {
      tokens.push({ term: fold(word), start, end: start + word.length });
      continue;
    }
    let at = start;
    for (const part of parts) {
      if (part) tokens.push({ term: fold(part), start: at, end: at + part.length });
      at += part.length + 1;
    }
    if (word.includes('-')) tokens.push({ term: fold(parts.join('')), start, end: start + word.length });
  }
}

function pushHan(tokens: Token[], run: string, offset: number): void {
  if (run.length === 1) {
    tokens.push({ term: run, start: offset, end: offset + 1 });
    return;
  }
  for (let i = 0; i + 2 <= run.length; i += 1) tokens.push({ term: run.slice(i, i + 2), start: offset + i, end: offset + i + 2 });
}

/** Every token of `text`, in order, with offsets into `text`. */
export function tokenizeWithOffsets(text: string): Token[] {
  const tokens: Token[] = [];
  if (!HAN.test(text)) {
    pushLatin(tokens, text, 0);
    return tokens;
  }
  let last = 0;
  for (const match of text.matchAll(HAN_RUN)) {
    const index = match.index;
    pushLatin(tokens, text.slice(last, index), last);
    pushHan(tokens, match[0], index);
    last = index + match[0].length;
  }
  pushLatin(tokens, text.slice(last), last);
  return tokens;
}

/** The terms of `text`, for MiniSearch's `tokenize` option. */
export function tokenize(text: string): string[] {
  return tokenizeWithOffsets(text).map((token) => token.term);
}
