import { isAppError } from '../errors/index.js';

/**
 * Runs a command-line entry point: a known error prints its message alone (no stack) and exits
 * with 2 for usage errors, 1 otherwise; an unexpected one prints its stack, as a bug should.
 */
export function runMain(main: () => Promise<number | void>): void {
  main().then(
    (code) => {
      process.exitCode = code ?? 0;
    },
    (error: unknown) => {
      if (isAppError(error)) {
        process.stderr.write(`${error.message}\n`);
        process.exitCode = error.code === 'USAGE' ? 2 : 1;
      } else {
        process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
        process.exitCode = 1;
      }
    },
  );
}
