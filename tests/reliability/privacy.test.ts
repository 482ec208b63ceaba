import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ResponseUrlCatcher } from '../fakes/slack/response-url.js';
import { SignedSender } from '../fakes/slack/signed.js';
import { FakeWebApi } from '../fakes/slack/web-api.js';
import { BOT_TOKEN, commandFields, nextId, SIGNING_SECRET } from '../adapters/slack/harness.js';
import { FIXTURE_CONTENT } from '../helpers/engine.js';
import { logged, runCommand } from './child.js';
import { reindex, scratch } from './indexes.js';

let cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanups = [];
});

/** A question no post answers: it is what the unanswered-question log would record. */
const SECRET_QUESTION = 'my private zebracorn question';
const DAY_MS = 86_400_000;

/** Runs the Slack bot with `env`, asks one unanswered question, and stops it. */
async function askOnce(env: Record<string, string>, seed?: string) {
  const { dir, remove } = await scratch('privacy');
  cleanups.push(remove);
  const indexDir = join(dir, 'index');
  await reindex(FIXTURE_CONTENT, indexDir);
  const api = new FakeWebApi();
  const urls = new ResponseUrlCatcher();
  await Promise.all([api.start(), urls.start()]);
  cleanups.push(() => Promise.all([api.close(), urls.close()]).then(() => undefined));
  const queryLog = join(dir, 'state', 'queries.jsonl');
  if (seed !== undefined) {
    await mkdir(join(queryLog, '..'), { recursive: true });
    await writeFile(queryLog, seed);
  }
  const child = runCommand(
    'start',
    [],
    {
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: api.url,
      PORT: '0',
      INDEX_DIR: indexDir,
      CONTENT_DIRS: FIXTURE_CONTENT,
      QUERY_LOG_FILE: queryLog,
      LOG_LEVEL: 'debug',
      ...env,
    },
    dir,
  );
  cleanups.push(() => child.kill());
  const slack = await logged(child, 'slack_started');
  await logged(child, 'started');
  const send = new SignedSender(`http://127.0.0.1:${Number(slack['port'])}/slack/events`, SIGNING_SECRET);
  const id = nextId('p');
  await send.command(commandFields(urls, id, SECRET_QUESTION));
  await urls.received.next((item) => item.id === id, 5_000);
  child.process.kill('SIGTERM');
  expect((await child.exited).code).toBe(0);
  return { dir, child, queryLog };
}

describe('privacy of questions', () => {
  it('with LOG_QUERIES=0 no question text is written: no query log, no log line, even at debug level', async () => {
    const { child, queryLog } = await askOnce({ LOG_QUERIES: '0' });
    expect(child.logs.items.find((line) => line['event'] === 'question')).toMatchObject({ queryLength: SECRET_QUESTION.length, results: 0 });
    expect(child.stderr()).not.toContain('zebracorn');
    expect(existsSync(queryLog)).toBe(false);
  });

  it('with LOG_QUERIES=1 the unanswered question is kept, and entries older than QUERY_LOG_MAX_DAYS are deleted at start', async () => {
    const old = { type: 'unanswered', at: new Date(Date.now() - 40 * DAY_MS).toISOString(), surface: 'slack', query: 'an old question', lang: 'en' };
    const recent = { type: 'unanswered', at: new Date(Date.now() - 2 * DAY_MS).toISOString(), surface: 'slack', query: 'a recent question', lang: 'en' };
    const { child, queryLog } = await askOnce({ LOG_QUERIES: '1', QUERY_LOG_MAX_DAYS: '30' }, `${JSON.stringify(old)}\n${JSON.stringify(recent)}\n`);
    expect(await logged(child, 'query_log_pruned')).toMatchObject({ removed: 1, maxDays: 30 });
    const kept = (await readFile(queryLog, 'utf8')).trim().split('\n').map((line) => (JSON.parse(line) as { query: string }).query);
    expect(kept).toEqual(['a recent question', SECRET_QUESTION]);
  });
});
