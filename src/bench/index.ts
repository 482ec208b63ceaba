import { AppError } from '../errors/index.js';
import { loadConfig } from '../config/index.js';
import { parseCli } from '../cli/args.js';
import { runMain } from '../cli/run.js';
import { renderReport } from './report.js';
import { runBench } from './run.js';

const USAGE = `Usage: npm run bench -- [--quick | --http] [--json] [--sizes 1,10,100]
  --quick        1× only, one cold start per system: a smoke check for CI (asserts nothing about speed)
  --http         the HTTP row alone (/api/ask under load for 10 s), on 1× or the first of --sizes
  --json         print the numbers as JSON instead of tables
  --sizes LIST   corpus sizes as multiples of ISTIO_CONTENT (default 1,10,100)`;

function factors(list: string): number[] {
  const values = list.split(',').map((value) => Number(value.trim()));
  if (!values.length || values.some((value) => !Number.isInteger(value) || value < 1 || value > 1000)) {
    throw new AppError('USAGE', `--sizes takes whole numbers from 1 to 1000, got '${list}'\n${USAGE}`);
  }
  return values;
}

async function main(argv: string[]): Promise<number> {
  const args = parseCli(
    argv,
    {
      quick: { type: 'boolean', default: false },
      http: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      sizes: { type: 'string' },
    },
    USAGE,
  );
  if (!args) return 0;
  const { values } = args;
  if (values.quick && values.sizes) throw new AppError('USAGE', `Give --quick or --sizes, not both.\n${USAGE}`);
  if (values.quick && values.http) throw new AppError('USAGE', `Give --quick or --http, not both.\n${USAGE}`);
  const config = loadConfig();
  const result = await runBench({
    content: config.istioContent,
    siteBaseUrl: config.siteBaseUrl,
    factors: values.quick ? [1] : factors(values.sizes ?? (values.http ? '1' : '1,10,100')),
    coldRuns: values.quick ? 1 : 3,
    httpSeconds: values.quick ? 3 : 10,
    httpOnly: values.http,
    progress: (line) => process.stderr.write(`${line}\n`),
  });
  process.stdout.write(values.json ? `${JSON.stringify(result, null, 2)}\n` : `${renderReport(result)}\n`);
  return 0;
}

runMain(() => main(process.argv.slice(2)));
