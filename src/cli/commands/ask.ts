import { loadConfig } from '../../config/index.js';
import { AppError } from '../../errors/index.js';
import { SearchEngine } from '../../search/index.js';
import { parseCli } from '../args.js';
import { mainList, pageSize, toJson, type PageRef } from '../../present/index.js';
import { renderAnswer } from '../render.js';

const USAGE = `Usage: npm run ask -- [--index DIR] [--limit N] [--page N] [--lang en|zh] [--json] <question…>`;

export async function ask(argv: string[]): Promise<number> {
  const config = loadConfig();
  const { values, positionals } = parseCli(
    argv,
    {
      index: { type: 'string' },
      limit: { type: 'string', default: '3' },
      page: { type: 'string', default: '1' },
      lang: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
    USAGE,
  );
  const limit = Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 50) throw new AppError('USAGE', `--limit must be a whole number from 1 to 50, got '${values.limit}'\n${USAGE}`);
  const pageNumber = Number(values.page);
  if (!Number.isInteger(pageNumber) || pageNumber < 1) throw new AppError('USAGE', `--page must be a whole number from 1, got '${values.page}'\n${USAGE}`);
  if (values.lang !== undefined && values.lang !== 'en' && values.lang !== 'zh') {
    throw new AppError('USAGE', `--lang must be en or zh, got '${values.lang}'\n${USAGE}`);
  }
  if (!positionals.length) throw new AppError('USAGE', `No question given.\n${USAGE}`);
  const engine = await SearchEngine.load(values.index ?? config.indexDir);
  const question = positionals.join(' ');
  const answer = engine.answer(question, { limit, offset: (pageNumber - 1) * limit, ...(values.lang ? { lang: values.lang } : {}) });
  // The engine pages passages; a talk or event list comes whole and is paged when it is drawn.
  const list = mainList(answer.intent);
  const page: PageRef | undefined = list && list !== 'passages' ? { list, offset: (pageNumber - 1) * pageSize(list) } : undefined;
  const hint = `npm run ask -- --page ${pageNumber + 1} ${question}`;
  process.stdout.write(values.json ? `${JSON.stringify(toJson(answer), null, 2)}\n` : `${renderAnswer(answer, { color: process.stdout.isTTY, page, moreHint: hint })}\n`);
  return 0;
}
