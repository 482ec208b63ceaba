/**
 * "how many seats does the steering committee have", "指导委员会有几个席位": a count asked of a noun alone is answered by a sentence
 * that counts that noun alone ("consists of 13 seats", "由 13 个席位组成") rather than one that counts some kind of it ("9
 * … Contribution Seats, and 4 elected Community Seats"), when one of the first passages has it. Pure.
 */
import { PERSON_NOUNS } from '../domain/index.js';
import { countedPhrases, type Question } from '../understand/index.js';

const NUMBER = '(?:\\d[\\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|[两二三四五六七八九十]+)';
/** A noun said with the kind of it before: two or three Latin words ("contribution seats", "github stars"). */
const KIND_PHRASE = /^[a-z][a-z-]{2,}(?:\s+[a-z][a-z-]{2,}){1,2}$/i;
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The test of a sentence that counts the question's one noun with nothing between ("13 seats", "13 个席位"), or null. Not of
 * people: "two contributors" named in a sentence are no better answer to how many there are than "the top 20 contributors".
 */
export function bareCountOf(question: Question): RegExp | null {
  const phrases = countedPhrases(question.rest);
  const [phrase] = phrases;
  if (phrases.length !== 1 || phrase === undefined || PERSON_NOUNS.some((noun) => phrase.toLowerCase().includes(noun))) return null;
  const han = phrase.replace(/^[个位名家场]/u, '');
  // Two characters and more: "几个人" counts 人, said of every count of people.
  if (/^\p{Script=Han}{2,}$/u.test(han)) return new RegExp(`${NUMBER}\\s*[个位名家场]?\\s*${escape(han)}`, 'u');
  // "contribution seats", "github stars": the phrase after its count, a word or two between ("9 proportionally allocated
  // Contribution Seats", "35,000 GitHub stars"), rather than a count of the last noun alone ("9 seats to be attributed…").
  if (KIND_PHRASE.test(phrase)) {
    const words = phrase.replace(/s$/i, '').split(/\s+/).map(escape).join('\\s+');
    // Not the whole that a part is counted out of: "four of the eight council seats" counts four.
    return new RegExp(`(?<![\\p{L}\\p{N}])(?<!of\\s+(?:the|its|our|their)\\s+)${NUMBER}\\s+(?:[\\p{L}-]+\\s+){0,2}?${words}s?(?![\\p{L}])`, 'iu');
  }
  if (!/^[a-z]{4,}$/i.test(phrase)) return null;
  const singular = phrase.replace(/s$/i, '');
  return new RegExp(`(?<![\\p{L}\\p{N}])${NUMBER}\\s+${escape(singular)}s?(?![\\p{L}])`, 'iu');
}
