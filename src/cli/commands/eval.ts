import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { loadConfig } from '../../config/index.js';
import { AppError } from '../../errors/index.js';
import { judge, parseQuestions, readAnswer, reportOf, table, type EvalQuestion, type Judged, type SetReport } from '../../eval/index.js';
import { buildCorpus } from '../../indexer/index.js';
import type { Passage, Talk } from '../../model/index.js';
import { Answerer } from '../../answer/index.js';
import { readIndex } from '../../store/index.js';
import { parseCli } from '../args.js';

/** The tuned set of the project and the development set written from the posts (issue 13). */
const DEFAULT_QUESTIONS = ['../shared/eval/questions.jsonl', 'eval/dev.jsonl'];

const USAGE = `Usage: npm run eval -- [--index DIR | --content DIR...] [--questions FILE...] [--depth N] [--min-hit3 X] [--min-answer3 X] [--verbose] [--json]
  --index DIR       evaluate a built index (default: build one in memory from --content)
  --content DIR     content root to index, repeatable (default: ISTIO_CONTENT and CONTENT_DIRS)
  --questions FILE  JSON-lines question set, repeatable (default: ${DEFAULT_QUESTIONS.join(' and ')})
  --depth N         passages read per question for the post rank, the N of MRR@N (default 5)
  --min-hit3 X      exit 1 when a set's post hit@3 is below X (0 to 1)
  --min-answer3 X   exit 1 when a set's answer@3 is below X (0 to 1)
  --verbose         list every miss under its set's table: the answer not first, the post not in the top 3, the link not shown
  --json            print the report as JSON`;

interface Engine {
  engine: Answerer;
  talks: Talk[];
  passages: Passage[];
}

interface Checked extends Judged {
  /** What the first passage starts with, for the list of misses. */
  top: string;
}

function number(value: string | undefined, name: string, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed < min || parsed > max) throw new AppError('USAGE', `${name} must be a number from ${min} to ${max}, got '${value}'\n${USAGE}`);
  return parsed;
}

async function openEngine(index: string | undefined, contentDirs: string[], siteBaseUrl: string): Promise<Engine> {
  if (index) {
    const engine = await Answerer.load(index);
    const { data } = await readIndex(index);
    return { engine, talks: data.talks, passages: data.passages };
  }
  const missing = contentDirs.find((dir) => !existsSync(dir));
  if (missing) throw new AppError('CONTENT_MISSING', `No content at ${resolve(missing)}; set ISTIO_CONTENT and CONTENT_DIRS or pass --content DIR.`);
  const started = performance.now();
  const corpus = await buildCorpus({ contentDirs, siteBaseUrl });
  process.stderr.write(
    `Indexed ${contentDirs.join(', ')}: ${corpus.passages.length} passages, ${corpus.talks.length} talks, ${corpus.events.length} events in ${((performance.now() - started) / 1000).toFixed(2)} s\n`,
  );
  return { engine: Answerer.fromCorpus(corpus), talks: corpus.talks, passages: corpus.passages };
}

async function readSet(file: string): Promise<EvalQuestion[]> {
  const text = await readFile(file, 'utf8').catch((error: Error) => {
    throw new AppError('USAGE', `Cannot read the questions at ${file}: ${error.message}\n${USAGE}`);
  });
  return parseQuestions(text, file);
}

function run({ engine, talks, passages }: Engine, questions: EvalQuestion[], depth: number): Checked[] {
  const talksByPassage = new Map<string, Talk[]>();
  for (const talk of talks) talksByPassage.set(talk.passageId, [...(talksByPassage.get(talk.passageId) ?? []), talk]);
  const postOf = new Map(passages.map((passage) => [passage.id, passage.postId]));
  return questions.map((question) => {
    const started = performance.now();
    const answer = engine.answer(question.q, { limit: depth });
    const ms = Math.round((performance.now() - started) * 100) / 100;
    const shown = readAnswer(answer, talksByPassage, postOf);
    const top = shown.line?.text ?? answer.results[0]?.text ?? '(nothing)';
    return { question, verdict: judge(question, shown, depth), ms, top: top.replace(/\s+/g, ' ').slice(0, 90) };
  });
}

// The answer not first is a miss: answer@1 is the target, and the list shows what to work on.
const isMiss = ({ verdict }: Checked): boolean => !verdict.answer1 || verdict.postRank === null || verdict.postRank > 3 || verdict.linkShown === false;

function misses(checked: Checked[]): string {
  return checked
    .filter(isMiss)
    .map(({ question, verdict, top }) => {
      const flags = `post ${verdict.postRank ?? '-'}  ans ${verdict.answer1 ? '1' : verdict.answer3 ? '3' : '-'}${verdict.linkShown === false ? '  no link' : ''}`;
      return `  ${question.id.padEnd(8)} ${question.lang} ${(question.intent ?? '').padEnd(8)} ${flags.padEnd(22)} ${question.q}\n${' '.repeat(22)}→ ${top}`;
    })
    .join('\n');
}

function gate(reports: SetReport[], key: 'hit3' | 'answer3', min: number | undefined, flag: string): boolean {
  if (min === undefined) return true;
  const low = reports.filter((report) => report.overall[key] < min);
  for (const report of low) process.stderr.write(`${report.file}: ${key === 'hit3' ? 'post hit@3' : 'answer@3'} ${report.overall[key].toFixed(2)} is below ${flag} ${min}\n`);
  return low.length === 0;
}

export async function evaluate(argv: string[]): Promise<number> {
  const config = loadConfig();
  const args = parseCli(
    argv,
    {
      index: { type: 'string' },
      content: { type: 'string', multiple: true },
      questions: { type: 'string', multiple: true },
      depth: { type: 'string', default: '5' },
      'min-hit3': { type: 'string' },
      'min-answer3': { type: 'string' },
      verbose: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
    USAGE,
  );
  if (!args) return 0;
  const { values } = args;
  if (values.index && values.content) throw new AppError('USAGE', `Give --index or --content, not both.\n${USAGE}`);
  const depth = number(values.depth, '--depth', 1, 50) ?? 5;
  const minHit3 = number(values['min-hit3'], '--min-hit3', 0, 1);
  const minAnswer3 = number(values['min-answer3'], '--min-answer3', 0, 1);
  const files = values.questions ?? DEFAULT_QUESTIONS;
  const sets = await Promise.all(files.map(async (file) => ({ file, questions: await readSet(file) })));
  const contentDirs = values.content ?? [config.istioContent, ...config.contentDirs];
  const engine = await openEngine(values.index, contentDirs, config.siteBaseUrl);
  const results = sets.map(({ file, questions }) => ({ file, checked: run(engine, questions, depth) }));
  const reports = results.map(({ file, checked }) => reportOf(file, checked));
  if (values.json) {
    const questions = results.flatMap(({ file, checked }) =>
      checked.map(({ question, verdict, ms }) => ({ set: file, id: question.id, lang: question.lang, intent: question.intent, q: question.q, ...verdict, ms })),
    );
    process.stdout.write(`${JSON.stringify({ depth, sets: reports, questions }, null, 2)}\n`);
  } else {
    results.forEach(({ checked }, index) => {
      const report = reports[index] as SetReport;
      process.stdout.write(`${table(report, depth)}\n`);
      if (values.verbose) process.stdout.write(`misses (${checked.filter(isMiss).length}):\n${misses(checked)}\n`);
      process.stdout.write('\n');
    });
  }
  const passed = [gate(reports, 'hit3', minHit3, '--min-hit3'), gate(reports, 'answer3', minAnswer3, '--min-answer3')];
  return passed.every(Boolean) ? 0 : 1;
}
