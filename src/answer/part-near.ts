/**
 * Whether a sentence names a part played ("chair", "主席") of what the question names ("the CNCF TOC"): the who line
 * quotes only such a sentence when a part is asked about.
 */
import { analyze } from '../store/index.js';
import type { WordGroup } from '../understand/index.js';
import { held } from './word-share.js';

/**
 * How many words apart a part and what it is of are written ("chair of the CNCF TOC", "CNCF TOC 主席"); in Chinese, whose
 * terms are pairs of characters, as many pairs as the characters of a body's name ("项目委员会主席": five before it).
 */
const PART_REACH = 4;
const HAN_PART_REACH = 6;

/** Whether a text names one of the parts asked about near every other word of the question it holds (its body). */
export function partOf(text: string, parts: readonly WordGroup[], groups: readonly WordGroup[]): boolean {
  const terms = analyze(text);
  const others = groups.filter((group) => !parts.includes(group) && held(text, [group]).size > 0);
  return terms.some((term, at) => {
    if (!parts.some((part) => part.alternatives.some((alternative) => alternative.includes(term)))) return false;
    const reach = /\p{Script=Han}/u.test(term) ? HAN_PART_REACH : PART_REACH;
    const near = new Set(terms.slice(Math.max(0, at - reach), at + reach + 1));
    return others.every((group) => group.alternatives.some((alternative) => alternative.length > 0 && alternative.every((one) => near.has(one))));
  });
}
