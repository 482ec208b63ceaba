import { loadConfig } from '../../config/index.js';
import { AppError } from '../../errors/index.js';
import { SearchEngine } from '../../search/index.js';
import { parseCli } from '../args.js';
import { toJson } from '../../present/index.js';
import { renderAnswer } from '../render.js';

const USAGE = `Usage: npm run ask -- [--index DIR] [--limit N] [--lang en|zh] [--json] <question…>`;

export async function ask(argv: string[]): Promise<number> {
  const config = loadConfig();
  const { values, positionals } = parseCli(
    argv,
    {
      index: { type: 'string' },
      limit: { type: 'string', default: '3' },
      lang: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
    USAGE,
  );
  const limit = Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 50) throw new AppError('USAGE', `--limit must be a whole number from 1 to 50, got '${values.limit}'\n${USAGE}`);
  if (values.lang !== undefined && values.lang !== 'en' && values.lang !== 'zh') {
    throw new AppError('USAGE', `--lang must be en or zh, got '${values.lang}'\n${USAGE}`);
  }
  if (!positionals.length) throw new AppError('USAGE', `No question given.\n${USAGE}`);
  const engine = await SearchEngine.load(values.index ?? config.indexDir);
  const answer = engine.answer(positionals.join(' '), { limit, ...(values.lang ? { lang: values.lang } : {}) });
  process.stdout.write(values.json ? `${JSON.stringify(toJson(answer), null, 2)}\n` : `${renderAnswer(answer, { color: process.stdout.isTTY })}\n`);
  return 0;
}
