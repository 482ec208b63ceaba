/**
 * Scores over groups of judged questions (a whole set, one intent, one language) and the compact
 * table the CLI prints.
 */
import { percentile } from './metrics.js';
import type { Verdict } from './judge.js';
import type { EvalQuestion } from './questions.js';

/** One judged question: the question, its verdict and how long the engine took. */
export interface Judged {
  question: EvalQuestion;
  verdict: Verdict;
  ms: number;
}

export interface Scores {
  questions: number;
  /** Share whose expected post is the first passage / within the first three; mean of 1/rank (0 when not within the depth). */
  hit1: number;
  hit3: number;
  mrr: number;
  /** Share whose answer key is in the answer line or first passage / anywhere on the first page. */
  answer1: number;
  answer3: number;
  /** Share of the questions that expect a video or slides link which show it on the first page; null when none expects one. */
  linkShown: number | null;
  linkQuestions: number;
  latencyMs: { p50: number; p95: number; max: number };
}

const share = (items: readonly Judged[], test: (item: Judged) => boolean): number => (items.length ? items.filter(test).length / items.length : 0);

function scoresOf(items: readonly Judged[]): Scores {
  const withLinks = items.filter((item) => item.verdict.linkShown !== null);
  const ms = items.map((item) => item.ms);
  return {
    questions: items.length,
    hit1: share(items, (item) => item.verdict.postRank === 1),
    hit3: share(items, (item) => item.verdict.postRank !== null && item.verdict.postRank <= 3),
    mrr: items.length ? items.reduce((sum, item) => sum + (item.verdict.postRank ? 1 / item.verdict.postRank : 0), 0) / items.length : 0,
    answer1: share(items, (item) => item.verdict.answer1),
    answer3: share(items, (item) => item.verdict.answer3),
    linkShown: withLinks.length ? share(withLinks, (item) => item.verdict.linkShown === true) : null,
    linkQuestions: withLinks.length,
    latencyMs: { p50: percentile(ms, 0.5), p95: percentile(ms, 0.95), max: percentile(ms, 1) },
  };
}

export interface SetReport {
  file: string;
  overall: Scores;
  byLang: Record<string, Scores>;
  /** Empty for the old shape, which has no intents. */
  byIntent: Record<string, Scores>;
}

function groups(items: readonly Judged[], key: (item: Judged) => string | null): Record<string, Scores> {
  const names = [...new Set(items.map(key).filter((name): name is string => name !== null))].sort();
  return Object.fromEntries(names.map((name) => [name, scoresOf(items.filter((item) => key(item) === name))]));
}

export function reportOf(file: string, items: readonly Judged[]): SetReport {
  return { file, overall: scoresOf(items), byLang: groups(items, (item) => item.question.lang), byIntent: groups(items, (item) => item.question.intent) };
}

const fixed = (value: number): string => value.toFixed(2);

function row(label: string, scores: Scores): string {
  const link = scores.linkShown === null ? '   -   ' : `${fixed(scores.linkShown)}/${String(scores.linkQuestions).padEnd(3)}`;
  return [
    label.padEnd(12),
    String(scores.questions).padStart(4),
    ...[scores.hit1, scores.hit3, scores.mrr, scores.answer1, scores.answer3].map((value) => fixed(value).padStart(6)),
    `  ${link}`,
    fixed(scores.latencyMs.p50).padStart(7),
    fixed(scores.latencyMs.p95).padStart(7),
  ].join(' ');
}

const HEADER = `${''.padEnd(12)} ${'n'.padStart(4)} ${['post@1', 'post@3', 'MRR', 'ans@1', 'ans@3'].map((name) => name.padStart(6)).join(' ')}   link/n  p50 ms  p95 ms`;

/** The table of one set: overall, then each language, then each intent. */
export function table(report: SetReport, depth: number): string {
  const rows = [
    `${report.file}  (post: rank of the expected post among ${depth} passages; old shape: of the first passage that answers)`,
    HEADER,
    row('all', report.overall),
    ...Object.entries(report.byLang).map(([lang, scores]) => row(lang, scores)),
    ...Object.entries(report.byIntent).map(([intent, scores]) => row(intent, scores)),
  ];
  return rows.join('\n');
}
