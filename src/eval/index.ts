/** The eval: question sets, the verdict on each answer, and scores per set, language and intent. */
export { judge, readAnswer } from './judge.js';
export { parseQuestions, type EvalQuestion } from './questions.js';
export { reportOf, table, type Judged, type SetReport } from './summary.js';
