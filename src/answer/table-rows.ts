/**
 * The rows of a table a passage quotes: the indexer writes a markdown table as sentences of cells joined by " | ", its
 * header row first ("Name | Company | Profile | Seat type. Craig Box | Solo.io | craigbox | Contribution seat. …"). A line
 * that picks one row because it holds the question's words answers with every row of that table that holds them too:
 * "who got contribution seats in 2024" is all nine holders, not the first of them. Pure.
 */
import type { Lang, Passage } from '../model/index.js';
import { sentencesOf, titled } from './sentences.js';
import type { Unit } from './who-types.js';

const CELL = ' | ';

const cellsOf = (sentence: string): number => sentence.split(CELL).length;

/** Whether a sentence is a row of a table: three cells or more (two are too often a title and its subtitle). */
const isRow = (sentence: string): boolean => cellsOf(sentence) >= 3;

/**
 * The rows of the table that `chosen` (one of the sentences of `text`) is a row of, that `alike` accepts, in the table's
 * order, `chosen` among them: the run of rows with as many cells around it, less the table's first row, its header (unless
 * it is the one chosen). A long table is cut into passages: the run goes on into the texts of `after` while each opens
 * with the table's rows, and back into those of `before` (the nearest first) while each closes with them, where the header
 * is. Just `chosen` when it is no row.
 */
export function rowsAlike(text: string, chosen: string, alike: (row: string) => boolean, after: readonly string[] = [], before: readonly string[] = []): string[] {
  const sentences = sentencesOf(text);
  const at = sentences.indexOf(chosen);
  if (at < 0 || !isRow(chosen)) return [chosen];
  const sameTable = (sentence: string | undefined): boolean => sentence !== undefined && cellsOf(sentence) === cellsOf(chosen);
  let start = at;
  while (sameTable(sentences[start - 1])) start -= 1;
  let end = at;
  while (sameTable(sentences[end + 1])) end += 1;
  const run = sentences.slice(start, end + 1);
  if (start === 0) run.unshift(...rowsBefore(before, sameTable));
  if (end === sentences.length - 1) run.push(...rowsAfter(after, sameTable));
  return run.filter((row, index) => row === chosen || (index > 0 && alike(row)));
}

/** The rows of the texts before, nearest first, that close with the table's rows, in the table's order. */
function rowsBefore(before: readonly string[], sameTable: (sentence: string) => boolean): string[] {
  const rows: string[] = [];
  for (const previous of before) {
    const sentences = sentencesOf(previous);
    let start = sentences.length;
    while (start > 0 && sameTable(sentences[start - 1] as string)) start -= 1;
    rows.unshift(...sentences.slice(start));
    if (start > 0) break;
  }
  return rows;
}

/** The rows of the texts after that open with the table's rows. */
function rowsAfter(after: readonly string[], sameTable: (sentence: string) => boolean): string[] {
  const rows: string[] = [];
  for (const next of after) {
    const sentences = sentencesOf(next);
    const stop = sentences.findIndex((sentence) => !sameTable(sentence));
    rows.push(...sentences.slice(0, stop < 0 ? sentences.length : stop));
    if (stop >= 0) break;
  }
  return rows;
}

/** Rows said as one answer: each without its closing mark, joined as a list is in the language ("a; b." / "a；b。"). */
function saidAsRows(rows: readonly string[], lang: Lang): string {
  const bare = rows.map((row) => row.replace(/[.。]\s*$/u, ''));
  return lang === 'zh' ? `${bare.join('；')}。` : `${bare.join('; ')}.`;
}

/**
 * A sentence that is a table's row, widened to the rows of its table that `alike` accepts (`rowsAlike`; `post` is the
 * passages of its post in order, where the table may go on); any other unit as it is.
 */
export function withAlikeRows(unit: Unit, alike: (row: string) => boolean, lang: Lang, post: readonly Passage[] = []): Unit {
  if (!isRow(unit.text)) return unit;
  const { passage } = unit.ranked;
  const at = post.findIndex((one) => one.id === passage.id);
  const texts = post.map((one) => one.text);
  const rows = at < 0 ? rowsAlike(passage.text, unit.text, alike) : rowsAlike(passage.text, unit.text, alike, texts.slice(at + 1), texts.slice(0, at).reverse());
  if (rows.length < 2) return unit;
  const said = saidAsRows(rows, lang);
  return { ...unit, text: said, direct: () => ({ text: titled(lang, passage.title, said), url: passage.url, lang }) };
}
