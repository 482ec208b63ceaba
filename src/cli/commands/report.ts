import { createReadStream } from 'node:fs';
import { access } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { retentionCutoff } from '../../app/index.js';
import { loadConfig } from '../../config/index.js';
import { AppError } from '../../errors/index.js';
import { QueryLogSummary, type QueryReport } from '../../ops/index.js';
import { readSharedQueryLog } from '../../shared-state/index.js';
import { parseCli } from '../args.js';

const USAGE = `Usage: npm run report -- [--file FILE] [--top N] [--since DATE] [--json]
  --file FILE    the query log to read (default: the Redis of REDIS_URL, when set, and QUERY_LOG_FILE
                 or logs/queries.jsonl)
  --top N        questions per list (default 20)
  --since DATE   count only entries from this date on, e.g. 2025-01-31 (never older than QUERY_LOG_MAX_DAYS)
  --json         print the report as JSON`;

/** Longest question shown in the text report; the JSON has them whole. */
const SHOWN = 100;

export async function report(argv: string[]): Promise<number> {
  const config = loadConfig();
  const args = parseCli(
    argv,
    { file: { type: 'string' }, top: { type: 'string' }, since: { type: 'string' }, json: { type: 'boolean', default: false } },
    USAGE,
  );
  if (!args) return 0;
  const { values } = args;
  const file = values.file ?? config.queryLogFile;
  const top = values.top === undefined ? 20 : Number(values.top);
  if (!Number.isInteger(top) || top < 1) throw new AppError('USAGE', `--top must be a whole number of at least 1, got '${values.top}'\n${USAGE}`);
  if (values.since !== undefined && Number.isNaN(Date.parse(values.since))) {
    throw new AppError('USAGE', `--since must be a date such as 2025-01-31, got '${values.since}'\n${USAGE}`);
  }
  // Entries past QUERY_LOG_MAX_DAYS are not reported even when the bot has not deleted them yet.
  const cutoff = retentionCutoff(config.queryLogMaxDays);
  const since = values.since === undefined || new Date(values.since).toISOString() < cutoff ? cutoff : new Date(values.since).toISOString();
  const summary = new QueryLogSummary({ top, since });
  // With Redis, every instance's lines are in its stream; this host's file holds those written while Redis was away.
  const shared = values.file === undefined ? config.redisUrl : undefined;
  if (shared !== undefined) await readSharedQueryLog(shared, (line) => summary.add(line));
  const exists = await access(file).then(
    () => true,
    () => false,
  );
  if (!exists && shared === undefined) {
    process.stdout.write(
      `No query log at ${file} yet. The bots append to it when a question finds nothing or someone votes on an answer (QUERY_LOG_FILE).\n`,
    );
    return 0;
  }
  if (exists) for await (const line of createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity })) summary.add(line);
  const result = summary.report();
  const source = shared === undefined ? file : exists ? `Redis (REDIS_URL) and ${file}` : 'Redis (REDIS_URL)';
  process.stdout.write(values.json ? `${JSON.stringify(result, null, 2)}\n` : formatReport(result, source));
  return 0;
}

/** The report as text for a terminal or an e-mail to the community team; `source` says what was read. */
export function formatReport(result: QueryReport, source: string): string {
  const out: string[] = [];
  const span = result.from && result.to ? ` from ${result.from.slice(0, 10)} to ${result.to.slice(0, 10)}` : '';
  out.push(`Query log ${source}: ${result.lines} lines${span}${result.malformed ? ` (${result.malformed} not understood, skipped)` : ''}.`);
  out.push('');
  const { unanswered, votes } = result;
  if (unanswered.total === 0) {
    out.push('Unanswered questions: none.');
  } else {
    out.push(`Unanswered questions: ${unanswered.total} (${unanswered.distinct} different). Most frequent:`);
    const width = String(unanswered.top[0]?.count ?? 0).length;
    for (const question of unanswered.top) {
      out.push(`  ${String(question.count).padStart(width)}  ${shown(question.query)}  (${question.surfaces.join(', ')}; last ${question.lastAt.slice(0, 10)})`);
    }
  }
  out.push('');
  out.push(`Feedback: ${votes.up} helpful, ${votes.down} not helpful.`);
  if (votes.mostDown.length) {
    out.push('Answers voted not helpful:');
    for (const voted of votes.mostDown) out.push(`  ${voted.down} down, ${voted.up} up  ${shown(voted.query)}`);
  }
  return `${out.join('\n')}\n`;
}

/** One line, no terminal control characters, cut to a readable length. */
function shown(query: string): string {
  const line = query.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ').trim();
  return line.length > SHOWN ? `${line.slice(0, SHOWN - 1)}…` : line;
}
