/**
 * "技术监督委员会每年选出几位", "how many toc seats are elected every year": a count asked of each year is a rate, answered by a
 * sentence that says it of each year ("每年都会投票选出 TOC 6 名成员中的 3 名", "annual elections for three of the six
 * seats") rather than by one that counts the whole ("TOC 传统上由 6 名成员组成"). Pure; the phrases are the posts' own
 * ways of saying "each year".
 */
import { phrasesOf } from '../understand/index.js';

const EACH_YEAR = phrasesOf(['each year', 'every year', 'per year', 'a year', 'yearly', 'annually', 'annual', '每年', '每一年', '年年', '每届']);

/** Whether the text says "each year": a question that asks a count per year, or a sentence that gives one. */
export function saysEachYear(text: string): boolean {
  return EACH_YEAR.test(text);
}
