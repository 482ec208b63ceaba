/**
 * "技术监督委员会每年选出几位", "how many people does the toc elect": an election fills one seat with one person, so how many people it
 * elects is said by a sentence that counts the seats it fills ("选出六个席位中的三个", "three of the six seats are
 * elected"), not by one that counts seats handed out otherwise ("allocate nine Contribution Seats"). "how many people are
 * on the steering committee", "toc 有几个人": a body's size is said by a sentence that says what it is made of, counting its
 * members or its seats, not by a count of who stood. Only when the question counts people of no named kind: candidates
 * and voters are counted as themselves. Pure.
 */
import { countsAsked } from '../facts/index.js';
import { bodyTitleOf, phrasesOf, type Question } from '../understand/index.js';

/** People of no kind, as `countedWordsOf` gives them ("几个人", "how many people", "members"). */
const ANY_PEOPLE: ReadonlySet<string> = new Set(['人', '个人', 'peopl', 'person', 'member', '成员']);

/** Electing, as a question or a post says it ("选", "选出", "选举", "elected", "annual elections"); not voting, which voters do. */
const ELECTING = phrasesOf(['elect', 'elects', 'elected', 'electing', 're-elected', 'election', 'elections', '选', '当选', '连任']);

/** The index terms of a seat, as `countedIn` gives them: "seats", "席位". */
const SEATS = ['seat', '席位'];

/** How a sentence says what a body is made of ("consists of 13 seats", "has traditionally comprised 6 members", "TOC 传统上由 6 名成员组成"). */
const MADE_OF = /(?<![\p{L}])(?:consist(?:s|ed)?\s+of|(?:is|are|was|were)\s+(?:made\s+up|composed)\s+of|compris(?:e|es|ed))(?![\p{L}])|由[^。；]{1,60}组成/iu;

/** People who take part in an election without being elected: who voted, stood or ran ("how many people voted"). */
const TAKING_PART = phrasesOf(['vote', 'votes', 'voted', 'voting', 'voter', 'voters', 'stood', 'stand', 'ran', 'run', 'candidate', 'candidates', 'nominated', '投票', '投了票', '参选', '候选']);

/**
 * Whether a count of `counted` answers the question that counts `asked`: as `countsAsked` does, or, asked how many people
 * are elected, a count of seats in a sentence that says they are elected; asked how many people a body has (no vote or
 * candidacy said), a count of its members or seats in a sentence that says what it is made of (of a passage, when
 * `sentence` is not given).
 */
export function countsElected(question: Question, asked: readonly string[]): (counted: readonly string[], sentence?: string) => boolean {
  const people = asked.length > 0 && asked.every((term) => ANY_PEOPLE.has(term));
  const seats = people && ELECTING.test(question.rest);
  // "how many people are on the steering committee", "指导委员会有多少人": a body's seats, each held by one, as a sentence
  // says the body is made of them; not a count of the candidates who stood, or of the seats one election filled.
  if (people && !seats && !TAKING_PART.test(question.rest) && bodyTitleOf(question) !== null) {
    return (counted, sentence) => (countsAsked(asked, counted) || countsAsked(SEATS, counted)) && (sentence === undefined || MADE_OF.test(sentence));
  }
  return (counted, sentence) => countsAsked(asked, counted) || (seats && countsAsked(SEATS, counted) && (sentence === undefined || ELECTING.test(sentence)));
}
