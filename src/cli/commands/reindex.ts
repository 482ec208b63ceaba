import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadConfig } from '../../config/index.js';
import { AppError } from '../../errors/index.js';
import { buildCorpus, describeNotPages, serializeIndex, writeIndex, type BuiltCorpus } from '../../indexer/index.js';
import { MANIFEST_FILE } from '../../store/index.js';
import { assertNotEmpty, contentRoots } from '../../sync/index.js';
import { parseCli } from '../args.js';

const USAGE = `Usage: npm run reindex -- [--content DIR]... [--out DIR] [--strict] [--check] [--allow-empty]
  --content DIR  index this folder (repeatable; default: CONTENT_DIRS or content/)
  --out DIR      write the index here (default: INDEX_DIR or index/)
  --strict       fail when any post is skipped
  --check        write nothing; exit 1 when the index in --out is not what the content gives
  --allow-empty  write the index even when the folders hold no post (otherwise an error)`;

function summary(corpus: BuiltCorpus, seconds: number): string {
  return (
    `Indexed ${corpus.posts} posts: ${corpus.passagesByLang.en} en + ${corpus.passagesByLang.zh} zh passages, ` +
    `${corpus.talks.length} talks, ${corpus.events.length} events; ${describeNotPages(corpus.ignored, corpus.skipped.length)}; ${seconds.toFixed(2)} s`
  );
}

export async function reindex(argv: string[]): Promise<number> {
  const config = loadConfig();
  const args = parseCli(
    argv,
    {
      content: { type: 'string', multiple: true },
      out: { type: 'string' },
      strict: { type: 'boolean', default: false },
      check: { type: 'boolean', default: false },
      'allow-empty': { type: 'boolean', default: false },
    },
    USAGE,
  );
  if (!args) return 0;
  const { values } = args;
  const contentDirs = values.content?.length ? values.content : contentRoots(config);
  const out = values.out ?? config.indexDir;
  const started = performance.now();
  const showProgress = process.stderr.isTTY;
  const corpus = await buildCorpus({
    contentDirs,
    siteBaseUrl: config.siteBaseUrl,
    onProgress: showProgress
      ? (done, total) => process.stderr.write(`\rIndexing ${done}/${total} posts`.padEnd(40) + (done === total ? '\n' : ''))
      : undefined,
  });
  for (const skip of corpus.skipped) process.stderr.write(`skipped ${join(skip.root, skip.path)}: ${skip.reason}\n`);
  for (const warning of corpus.warnings) process.stderr.write(`warning ${warning}\n`);
  if (values.strict && corpus.skipped.length) {
    throw new AppError('POST_INVALID', `${corpus.skipped.length} post(s) skipped and --strict is set`, { count: corpus.skipped.length });
  }
  const serialized = serializeIndex(corpus);
  if (values.check) {
    const current = await readFile(join(out, MANIFEST_FILE), 'utf8').catch(() => '');
    if (current !== serialized.manifestText) {
      const fix = `npm run reindex --${values.content?.length ? values.content.map((dir) => ` --content ${dir}`).join('') : ''}${out === 'index' ? '' : ` --out ${out}`}`;
      process.stderr.write(`The index in ${out} is stale: it does not match ${contentDirs.join(', ')}. Run: ${fix.replace(/ --$/, '')}\n`);
      return 1;
    }
    process.stdout.write(`The index in ${out} is up to date (${summary(corpus, (performance.now() - started) / 1000)}).\n`);
    return 0;
  }
  assertNotEmpty(corpus, { contentDirs, allowEmpty: values['allow-empty'] });
  await writeIndex(serialized, out);
  process.stdout.write(`${summary(corpus, (performance.now() - started) / 1000)}\n`);
  return 0;
}
