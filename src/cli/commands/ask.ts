import { loadConfig } from '../../config/index.js';
import { AppError } from '../../errors/index.js';
import { PAGE_SIZE } from '../../domain/index.js';
import { createLogger } from '../../log/index.js';
import { parseCli } from '../args.js';
import { mainList, pageSize, toJson, type PageRef } from '../../present/index.js';
import { openIndex } from '../open-index.js';
import { renderAnswer } from '../render.js';

const USAGE = `Usage: npm run ask -- [--index DIR] [--limit N] [--page N] [--lang en|zh] [--json] <question…>
  --index DIR    the index to read (default: INDEX_DIR or index/)
  --limit N      results to show, 1 to 50 (default 3)
  --page N       which page of the answer to show (default 1)
  --lang en|zh   only passages in this language
  --json         print the answer as JSON (README: JSON output)
Examples: npm run ask -- "istio day paris slides"    npm run ask -- --lang zh 多集群`;

export async function ask(argv: string[]): Promise<number> {
  const args = parseCli(
    argv,
    {
      index: { type: 'string' },
      limit: { type: 'string', default: String(PAGE_SIZE) },
      page: { type: 'string', default: '1' },
      lang: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
    USAGE,
  );
  if (!args) return 0;
  const { values, positionals } = args;
  const limit = Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 50) throw new AppError('USAGE', `--limit must be a whole number from 1 to 50, got '${values.limit}'\n${USAGE}`);
  const pageNumber = Number(values.page);
  if (!Number.isInteger(pageNumber) || pageNumber < 1) throw new AppError('USAGE', `--page must be a whole number from 1, got '${values.page}'\n${USAGE}`);
  if (values.lang !== undefined && values.lang !== 'en' && values.lang !== 'zh') {
    throw new AppError('USAGE', `--lang must be en or zh, got '${values.lang}'\n${USAGE}`);
  }
  if (!positionals.length) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const config = loadConfig();
  const logger = createLogger({ level: config.logLevel });
  const engine = await openIndex(config, logger, {
    ...(values.index === undefined ? {} : { dir: values.index }),
    notice: (line) => process.stderr.write(`${line}\n`),
  });
  const question = positionals.join(' ');
  const answer = engine.answer(question, { limit, offset: (pageNumber - 1) * limit, ...(values.lang ? { lang: values.lang } : {}) });
  // The engine pages passages; a talk or event list comes whole and is paged when it is drawn.
  const list = mainList(answer.intent);
  const page: PageRef | undefined = list && list !== 'passages' ? { list, offset: (pageNumber - 1) * pageSize(list) } : undefined;
  const hint = `npm run ask -- --page ${pageNumber + 1} ${question}`;
  process.stdout.write(values.json ? `${JSON.stringify(toJson(answer), null, 2)}\n` : `${renderAnswer(answer, { color: process.stdout.isTTY, page, moreHint: hint })}\n`);
  return 0;
}
