import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { loadConfig } from '../../config/index.js';
import { AppError } from '../../errors/index.js';
import { answers, firstHit, itemsOf, percentile, score, talkItemsOf, type Scores } from '../../eval/metrics.js';
import { parseQuestions, type EvalQuestion } from '../../eval/questions.js';
import { buildCorpus } from '../../indexer/index.js';
import { Answerer } from '../../answer/index.js';
import { readIndex } from '../../store/index.js';
import type { Talk } from '../../model/index.js';
import { parseCli } from '../args.js';

const DEFAULT_QUESTIONS = '../shared/eval/questions.jsonl';

const USAGE = `Usage: npm run eval -- [--index DIR | --content DIR] [--questions FILE] [--depth N] [--min-hit3 X] [--json]
  --index DIR       evaluate a built index (default: build one in memory from --content)
  --content DIR     content to index (default: ISTIO_CONTENT)
  --questions FILE  JSON-lines question set (default: ${DEFAULT_QUESTIONS})
  --depth N         results read per question, the N of MRR@N (default 5)
  --min-hit3 X      exit 1 when hit@3 is below X (0 to 1)
  --json            print the report as JSON`;

interface QuestionReport {
  id: string;
  lang: string;
  q: string;
  /** Rank of the first result that answers, or null. */
  rank: number | null;
  /** Whether one of the listed talks answers. */
  talkHit: boolean;
  ms: number;
}

interface Summary extends Scores {
  talkHit: number;
  latencyMs: { p50: number; p95: number; max: number };
}

function summarize(reports: QuestionReport[]): Summary {
  const ms = reports.map((report) => report.ms);
  return {
    ...score(reports.map((report) => report.rank)),
    talkHit: reports.length ? reports.filter((report) => report.talkHit).length / reports.length : 0,
    latencyMs: { p50: percentile(ms, 0.5), p95: percentile(ms, 0.95), max: percentile(ms, 1) },
  };
}

function number(value: string | undefined, name: string, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed < min || parsed > max) throw new AppError('USAGE', `${name} must be a number from ${min} to ${max}, got '${value}'\n${USAGE}`);
  return parsed;
}

async function openEngine(index: string | undefined, content: string, siteBaseUrl: string): Promise<{ engine: Answerer; talks: Talk[] }> {
  if (index) {
    const engine = await Answerer.load(index);
    const { data } = await readIndex(index);
    return { engine, talks: data.talks };
  }
  if (!existsSync(content)) throw new AppError('CONTENT_MISSING', `No content at ${resolve(content)}; set ISTIO_CONTENT or pass --content DIR.`);
  const started = performance.now();
  const corpus = await buildCorpus({ contentDirs: [content], siteBaseUrl });
  process.stderr.write(
    `Indexed ${content}: ${corpus.passages.length} passages, ${corpus.talks.length} talks, ${corpus.events.length} events in ${((performance.now() - started) / 1000).toFixed(2)} s\n`,
  );
  return { engine: Answerer.fromCorpus(corpus), talks: corpus.talks };
}

function run(engine: Answerer, talks: Talk[], questions: EvalQuestion[], depth: number): QuestionReport[] {
  const talksByPassage = new Map<string, Talk[]>();
  for (const talk of talks) talksByPassage.set(talk.passageId, [...(talksByPassage.get(talk.passageId) ?? []), talk]);
  return questions.map((question) => {
    const started = performance.now();
    const answer = engine.answer(question.q, { limit: depth });
    const ms = performance.now() - started;
    return {
      id: question.id,
      lang: question.lang,
      q: question.q,
      rank: firstHit(itemsOf(answer, talksByPassage), question.expect, depth),
      talkHit: talkItemsOf(answer).some((item) => answers(item, question.expect)),
      ms: Math.round(ms * 100) / 100,
    };
  });
}

const fixed = (value: number): string => value.toFixed(2);

function line(label: string, summary: Summary, depth: number): string {
  const { latencyMs } = summary;
  return (
    `${label.padEnd(14)} hit@1 ${fixed(summary.hit1)}  hit@3 ${fixed(summary.hit3)}  MRR@${depth} ${fixed(summary.mrr)}  ` +
    `talks ${fixed(summary.talkHit)}  latency p50 ${fixed(latencyMs.p50)} ms, p95 ${fixed(latencyMs.p95)} ms, max ${fixed(latencyMs.max)} ms`
  );
}

export async function evaluate(argv: string[]): Promise<number> {
  const config = loadConfig();
  const { values } = parseCli(
    argv,
    {
      index: { type: 'string' },
      content: { type: 'string' },
      questions: { type: 'string', default: DEFAULT_QUESTIONS },
      depth: { type: 'string', default: '5' },
      'min-hit3': { type: 'string' },
      json: { type: 'boolean', default: false },
    },
    USAGE,
  );
  if (values.index && values.content) throw new AppError('USAGE', `Give --index or --content, not both.\n${USAGE}`);
  const depth = number(values.depth, '--depth', 1, 50) ?? 5;
  const minHit3 = number(values['min-hit3'], '--min-hit3', 0, 1);
  const questionsText = await readFile(values.questions, 'utf8').catch((error: Error) => {
    throw new AppError('USAGE', `Cannot read the questions at ${values.questions}: ${error.message}\n${USAGE}`);
  });
  const questions = parseQuestions(questionsText, values.questions);
  const { engine, talks } = await openEngine(values.index, values.content ?? config.istioContent, config.siteBaseUrl);
  const reports = run(engine, talks, questions, depth);
  const overall = summarize(reports);
  const byLang = Object.fromEntries(
    [...new Set(reports.map((report) => report.lang))].sort().map((lang) => [lang, summarize(reports.filter((report) => report.lang === lang))]),
  );
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ depth, overall, byLang, questions: reports }, null, 2)}\n`);
  } else {
    for (const report of reports) {
      const rank = report.rank === null ? '-' : String(report.rank);
      process.stdout.write(
        `${report.id.padEnd(6)} ${report.lang}  rank ${rank.padStart(2)}  ${report.talkHit ? 'talk' : '    '}  ${fixed(report.ms).padStart(7)} ms  ${report.q}\n`,
      );
    }
    process.stdout.write(`\n${line(`all (${overall.questions})`, overall, depth)}\n`);
    for (const [lang, summary] of Object.entries(byLang)) process.stdout.write(`${line(`${lang} (${summary.questions})`, summary, depth)}\n`);
  }
  if (minHit3 !== undefined && overall.hit3 < minHit3) {
    process.stderr.write(`hit@3 ${fixed(overall.hit3)} is below --min-hit3 ${minHit3}\n`);
    return 1;
  }
  return 0;
}
