/**
 * "the second istiocon", "第三届 istio day": an ordinal said just before the name of a series the community holds itself
 * says which of its editions is meant, counted from the first (the answer stage counts them by the index's dates).
 * "first" is a time word (`times.ts`); "倒数第二届" and "second to last" count from the other end and are not read. Pure.
 */
import { KIND_NAMES, OWN_SERIES } from '../domain/index.js';

const EN_ORDINALS = ['second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const ZH_NUMERALS = '二三四五六七八九十';

/** The names of the series the community holds itself, which an ordinal before them counts the editions of. */
const OWN_SERIES_NAME = KIND_NAMES.filter(({ kind }) => OWN_SERIES.has(kind))
  .map(({ pattern }) => `(?:${pattern.source})`)
  .join('|');

/** An ordinal (en: "second", "2nd", "third annual"; zh: 第二届, 第 3 次 as a digit is spaced, 第二场的) right before such a name. */
const ORDINAL_BEFORE_SERIES = new RegExp(
  `(?:\\b(${EN_ORDINALS.join('|')}|[2-9](?:nd|rd|th))\\s+(?:(?:annual|ever)\\s+)?(?:edition\\s+of\\s+(?:the\\s+)?)?|(?<!倒数\\s*)第\\s*([${ZH_NUMERALS}]|[2-9])\\s*[届次场回个期]?的?\\s*)(?=${OWN_SERIES_NAME})`,
  'i',
);

/** A cheap test that a text may hold an ordinal at all, before the pattern is asked. */
const ORDINAL_HINT = new RegExp(`第|${EN_ORDINALS.join('|')}|\\d(?:nd|rd|th)`, 'i');

/** The edition said (2 for "the second istiocon") and the words that say it; null when none is. */
export function editionSaid(text: string): { edition: number; said: string } | null {
  if (!ORDINAL_HINT.test(text)) return null;
  const match = ORDINAL_BEFORE_SERIES.exec(text);
  if (!match) return null;
  const [said, english, chinese] = match;
  const word = (english ?? chinese ?? '').toLowerCase();
  // "second" is the 2nd, 三 the 3rd; "4th" and 第4 are their digit.
  const named = english ? EN_ORDINALS.indexOf(word) : ZH_NUMERALS.indexOf(word);
  const edition = named >= 0 ? named + 2 : Number.parseInt(word, 10);
  return { edition, said: said.toLowerCase() };
}
