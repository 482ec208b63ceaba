import { parseArgs, type ParseArgsConfig } from 'node:util';
import { AppError } from '../errors/index.js';

/** `node:util` parseArgs, with unknown flags turned into a USAGE error that names them. */
export function parseCli<T extends ParseArgsConfig['options']>(argv: string[], options: T, usage: string) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new AppError('USAGE', `${(error as Error).message}\n${usage}`);
  }
}
