/**
 * Finds the people a sentence names, with the organisations it gives them: "Lukonde Mwila and
 * Ovidiu from AWS", "Alexa Griffith 和 Zhenni Fu", "Google 的 Lior Lieberman", "A (Org) and B (Org)".
 * Only Latin-script names are recognised (the corpus writes speakers that way in both languages);
 * Han-script names are left alone because nothing in the text separates them from other words.
 *
 * A wrong speaker is worse than none, so a name must look like one: two to four capitalised words,
 * none of them a word of the domain ("Istio", "Mesh"), a company, an acronym or a dotted name.
 * A lone capitalised word counts only beside full names in the same list ("Lukonde Mwila and Ovidiu").
 */
import { COMPANIES, LEADING_WORDS, NOT_NAMES, ORG_SUFFIXES } from './name-words.js';
import type { Person } from '../model/index.js';

/** People named together, with the organisations the text attaches to them. */
export interface Mention {
  /** [start, end) of the whole list in the text. */
  start: number;
  end: number;
  people: string[];
  organisations: string[];
  /** Each person with the organisation the text gives them, when it ties one to them alone or to the whole list. */
  persons: Person[];
}

interface Token {
  text: string;
  start: number;
  end: number;
  kind: 'latin' | 'han' | 'punct';
  /** The whitespace between this token and the previous one. */
  gap: string;
}

const TOKEN = /(?:(?!\p{Script=Han})[\p{L}\p{M}\p{N}])+(?:[.'’&-](?:(?!\p{Script=Han})[\p{L}\p{M}\p{N}])+)*|\p{Script=Han}+|\S/gu;
const LATIN = /^(?:(?!\p{Script=Han})[\p{L}\p{M}\p{N}])/u;
const HAN = /^\p{Script=Han}/u;
const CAPITALISED = /^\p{Lu}/u;
const NAME_WORD = /^\p{Lu}(?:[\p{Ll}\p{M}]+(?:\p{Lu}[\p{Ll}\p{M}]+)?|['’]\p{Lu}[\p{Ll}\p{M}]+)(?:-\p{Lu}?[\p{Ll}\p{M}]+)?$/u;
const INITIAL = /^\p{Lu}$/u;
const ACRONYM = /^[\p{Lu}\d&]{2,}$/u;
const ROLE_NOUNS = /^(?:members?|maintainers?|contributors?|chairs?|leads?|team|teams|committee|speakers?)$/i;
const PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'da', 'di', 'del', 'du', 'la', 'le', 'bin']);

function tokenize(text: string, start: number, end: number): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(start, end);
  let last = 0;
  for (const match of slice.matchAll(TOKEN)) {
    const index = match.index;
    const word = match[0];
    const kind = LATIN.test(word) ? 'latin' : HAN.test(word) ? 'han' : 'punct';
    tokens.push({ text: word, start: start + index, end: start + index + word.length, kind, gap: slice.slice(last, index) });
    last = index + word.length;
  }
  return tokens;
}

const sameLine = (token: Token | undefined): boolean => token !== undefined && token.gap !== '' && !token.gap.includes('\n');

/** A word only a company's name has, whatever words surround it. */
function isCompanyWord(word: string): boolean {
  return COMPANIES.has(word) || ORG_SUFFIXES.has(word) || word.includes('.');
}

function isOrgWord(word: string): boolean {
  return isCompanyWord(word) || ACRONYM.test(word) || /['’]s$/.test(word);
}

interface Run {
  /** Index of the first and one past the last token of the run. */
  from: number;
  to: number;
  words: string[];
}

/** The capitalised words from `index` on, joined by single spaces (lower-case name particles allowed inside). */
function runAt(tokens: Token[], index: number): Run | null {
  const first = tokens[index];
  if (first?.kind !== 'latin' || !CAPITALISED.test(first.text)) return null;
  let to = index + 1;
  while (to < tokens.length) {
    const next = tokens[to];
    if (next?.kind !== 'latin' || !sameLine(next)) break;
    if (CAPITALISED.test(next.text)) to += 1;
    else if (PARTICLES.has(next.text) && CAPITALISED.test(tokens[to + 1]?.text ?? '') && sameLine(tokens[to + 1])) to += 2;
    else break;
  }
  return { from: index, to, words: tokens.slice(index, to).map((token) => token.text) };
}

type RunKind = 'person' | 'single' | 'org' | 'none';

/** What a run of capitalised words is, once words that only start a sentence are dropped. */
function classify(run: Run): { kind: RunKind; words: string[]; from: number } {
  let skip = 0;
  while (skip < run.words.length - 1 && (LEADING_WORDS.has(run.words[skip] ?? '') || /ly$/.test(run.words[skip] ?? ''))) skip += 1;
  const words = run.words.slice(skip);
  const from = run.from + skip;
  if (words.some((word) => isCompanyWord(word))) return { kind: 'org', words, from };
  if (words.some((word) => NOT_NAMES.has(word) || LEADING_WORDS.has(word))) return { kind: 'none', words, from };
  if (words.some((word) => isOrgWord(word))) return { kind: 'org', words, from };
  const nameLike = words.every(
    (word, i) => NAME_WORD.test(word) || PARTICLES.has(word) || (INITIAL.test(word) && i === words.length - 1 && i > 0),
  );
  if (!nameLike || words.length > 4) return { kind: 'none', words, from };
  return { kind: words.length === 1 ? 'single' : 'person', words, from };
}

/** The words of an organisation starting at `index` (one to four capitalised or dotted words), or null. */
function orgAt(tokens: Token[], index: number): { name: string; to: number } | null {
  const run = runAt(tokens, index);
  if (!run) return null;
  const words = run.words.slice(0, 4);
  if (!words.some((word) => isCompanyWord(word)) && words.some((word) => NOT_NAMES.has(word))) return null;
  return { name: words.join(' ').replace(/['’]s$/, ''), to: run.from + words.length };
}

/** "(Org)" or "（组织）" at `index`: the text inside when it is short, and the index after the closing bracket. */
function bracketAt(tokens: Token[], index: number): { name: string; to: number } | null {
  const open = tokens[index];
  if (!open || (open.text !== '(' && open.text !== '（')) return null;
  for (let i = index + 1; i < tokens.length && i < index + 12; i += 1) {
    const token = tokens[i];
    if (token?.text === ')' || token?.text === '）') {
      const first = tokens[index + 1];
      const last = tokens[i - 1];
      if (!first || !last || i === index + 1) return null;
      return { name: joinTokens(tokens, index + 1, i), to: i + 1 };
    }
  }
  return null;
}

function joinTokens(tokens: Token[], from: number, to: number): string {
  return tokens
    .slice(from, to)
    .map((token, i) => (i === 0 ? '' : token.gap.replace(/\s+/g, ' ')) + token.text)
    .join('');
}

const isWord = (token: Token | undefined, ...words: string[]): boolean => token !== undefined && words.includes(token.text);

interface Item {
  person: string | null;
  single: boolean;
  organisations: string[];
  /** Index after the item. */
  to: number;
  /** Index of the item's first token. */
  from: number;
}

/** One person of a list, with the organisation written before ("Google 的 X") or after ("X (Org)", "X from Org"). */
function itemAt(tokens: Token[], index: number): Item | null {
  const run = runAt(tokens, index);
  if (!run) return null;
  const organisations: string[] = [];
  let classified = classify(run);
  const from = classified.from;
  let to = run.to;
  // "Riskified 的 Erik Parienty": the first run names the company of the second.
  if (classified.kind !== 'person' && tokens[to]?.text === '的') {
    const next = runAt(tokens, to + 1);
    const nextKind = next ? classify(next) : null;
    if (next && nextKind?.kind === 'person' && classified.kind !== 'none') {
      organisations.push(classified.words.join(' '));
      classified = nextKind;
      to = next.to;
    }
  }
  if (classified.kind !== 'person' && classified.kind !== 'single') return null;
  const bracket = bracketAt(tokens, to);
  if (bracket) {
    organisations.push(bracket.name);
    to = bracket.to;
  } else {
    const fromAt = isWord(tokens[to], 'from') ? to + 1 : isWord(tokens[to], ',') && isWord(tokens[to + 1], 'from') ? to + 2 : -1;
    const org = fromAt >= 0 ? orgAt(tokens, fromAt) : null;
    if (org) {
      organisations.push(org.name);
      to = org.to;
    }
  }
  return { person: classified.words.join(' '), single: classified.kind === 'single', organisations, to, from };
}

/** The index after a list separator (", ", " and ", ", and ", "、", "和") at `index`, or -1. */
function separatorAt(tokens: Token[], index: number): number {
  const token = tokens[index];
  if (!token) return -1;
  if (token.text === ',' || token.text === '，') return isWord(tokens[index + 1], 'and', '和') ? index + 2 : index + 1;
  if (isWord(token, 'and', '&', '、')) return index + 1;
  // "和来自 Reskill 的 …": the conjunction and the "from" of the next person are one Han word.
  if (token.kind === 'han' && /^(?:和|及|以及)(?:来自)?$/.test(token.text)) return index + 1;
  return -1;
}

/** Was the token before `index` "from" / "来自" (so a lone capitalised word there is a company)? */
function afterFrom(tokens: Token[], index: number): boolean {
  const previous = tokens[index - 1];
  return previous !== undefined && (previous.text === 'from' || (previous.kind === 'han' && previous.text.endsWith('来自')));
}

function listAt(tokens: Token[], index: number): { mention: Mention; to: number } | null {
  const items: Item[] = [];
  const organisations: string[] = [];
  let at = index;
  // "speakers from Bloomberg, Alexa Griffith and Zhenni Fu": the company opens the list.
  const opening = afterFrom(tokens, index) ? orgAt(tokens, index) : null;
  if (opening && separatorAt(tokens, opening.to) > 0 && classify(runAt(tokens, index) as Run).kind !== 'person') {
    organisations.push(opening.name);
    at = separatorAt(tokens, opening.to);
  }
  for (;;) {
    const item = itemAt(tokens, at);
    if (!item) break;
    items.push(item);
    const next = separatorAt(tokens, item.to);
    if (next < 0) break;
    at = next;
  }
  const end = items.at(-1)?.to ?? index;
  if (!items.some((item) => item.person && !item.single)) return null;
  const people: string[] = [];
  const persons: Person[] = [];
  // An organisation that opens the list is everyone's ("speakers from Bloomberg, A and B").
  const shared = [...organisations];
  items.forEach((item, i) => {
    if (item.single && i === 0) {
      if (afterFrom(tokens, item.from) && item.person) shared.push(item.person);
    } else if (item.person) {
      people.push(item.person);
      persons.push({ name: item.person, organisation: item.organisations.at(-1) ?? null });
    }
    organisations.push(...item.organisations);
  });
  if (items.length > 0 && shared.length === organisations.length) organisations.splice(0, organisations.length, ...shared);
  // "来自 Google 的 Justin Pettit": the company comes before the list, and is everyone's.
  const before = tokens[index - 1];
  if (before?.text === '的') {
    const org = tokens[index - 2];
    if (org?.kind === 'latin' && afterFrom(tokens, index - 2)) {
      organisations.unshift(org.text);
      shared.push(org.text);
    }
  }
  // "A and B from AWS": one organisation after the last of several names, with no other, is the list's.
  const last = items.at(-1);
  const closedByBracket = last !== undefined && isWord(tokens[last.to - 1], ')', '）');
  const trailing = last && !closedByBracket && last.organisations.length === 1 && organisations.length === 1 ? last.organisations[0] : undefined;
  for (const person of persons) person.organisation ??= shared.length === 1 ? (shared[0] ?? null) : (trailing ?? null);
  const first = tokens[organisations.length > 0 ? index : (items[0]?.from ?? index)];
  const lastToken = tokens[end - 1];
  if (!first || !lastToken || people.length === 0) return null;
  return { mention: { start: first.start, end: lastToken.end, people, organisations: unique(organisations), persons }, to: end };
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

/** Every list of people named in `text[start, end)`, in order. */
export function findMentions(text: string, start = 0, end = text.length): Mention[] {
  const tokens = tokenize(text, start, end);
  const mentions: Mention[] = [];
  let index = 0;
  while (index < tokens.length) {
    const found = listAt(tokens, index);
    if (found) {
      mentions.push(found.mention);
      index = Math.max(found.to, index + 1);
    } else {
      const run = runAt(tokens, index);
      index = run ? run.to : index + 1;
    }
  }
  return mentions;
}

/**
 * The organisation named right at `start` (after "from", "来自"), when it is one and not a person:
 * "DevRev", "Solo.io", "Google Cloud". Null for a person's name or an ordinary word.
 */
export function organisationAt(text: string, start: number, end = text.length): string | null {
  const tokens = tokenize(text, start, end);
  if (tokens[0]?.gap) return null;
  const run = runAt(tokens, 0);
  if (!run) return null;
  const kind = classify(run);
  if (kind.kind === 'person' || kind.kind === 'none' || kind.from !== 0) return null;
  const org = orgAt(tokens, 0);
  // "from TOC members …", "from the Kiali maintainers": a group of people, not their employer.
  if (!org || ROLE_NOUNS.test(tokens[org.to]?.text ?? '')) return null;
  return org.name;
}
