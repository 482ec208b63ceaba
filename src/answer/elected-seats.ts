/**
 * "技术监督委员会每年选出几位", "how many people does the toc elect": an election fills one seat with one person, so how many people it
 * elects is said by a sentence that counts the seats it fills ("选出六个席位中的三个", "three of the six seats are
 * elected"), not by one that counts seats handed out otherwise ("allocate nine Contribution Seats"). Only when the
 * question elects people of no named kind: candidates and voters are counted as themselves. Pure.
 */
import { countsAsked } from '../facts/index.js';
import { phrasesOf, type Question } from '../understand/index.js';

/** People of no kind, as `countedWordsOf` gives them ("几个人", "how many people", "members"). */
const ANY_PEOPLE: ReadonlySet<string> = new Set(['人', '个人', 'peopl', 'person', 'member', '成员']);

/** Electing, as a question or a post says it ("选", "选出", "选举", "elected", "annual elections"); not voting, which voters do. */
const ELECTING = phrasesOf(['elect', 'elects', 'elected', 'electing', 're-elected', 'election', 'elections', '选', '当选', '连任']);

/** The index terms of a seat, as `countedIn` gives them: "seats", "席位". */
const SEATS = ['seat', '席位'];

/**
 * Whether a count of `counted` answers the question that counts `asked`: as `countsAsked` does, or, asked how many people
 * are elected, a count of seats in a sentence that says they are elected (of a passage, when `sentence` is not given).
 */
export function countsElected(question: Question, asked: readonly string[]): (counted: readonly string[], sentence?: string) => boolean {
  const seats = asked.length > 0 && asked.every((term) => ANY_PEOPLE.has(term)) && ELECTING.test(question.rest);
  return (counted, sentence) => countsAsked(asked, counted) || (seats && countsAsked(SEATS, counted) && (sentence === undefined || ELECTING.test(sentence)));
}
