import { parseArgs, type ParseArgsConfig } from 'node:util';
import { AppError } from '../errors/index.js';

/**
 * `node:util` parseArgs, with unknown flags turned into a USAGE error that names them. `--help` or
 * `-h` prints the usage on standard output and gives null: the command then ends with 0.
 */
export function parseCli<T extends ParseArgsConfig['options']>(argv: string[], options: T, usage: string) {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${usage}\n`);
    return null;
  }
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new AppError('USAGE', `${(error as Error).message}\n${usage}`);
  }
}
