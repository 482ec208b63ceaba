import { isAppError } from '../errors/index.js';
import { describeFailure } from './failure.js';

/**
 * Runs a command-line entry point: a known failure prints one line with its cause and fix (no
 * stack) and exits with 2 for usage errors, 1 otherwise; an unexpected one prints its stack, as a
 * bug should. A reader that stops early (`| head -3`) ends the program quietly with 0.
 */
export function runMain(main: () => Promise<number | void>): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  main().then(
    (code) => {
      process.exitCode = code ?? 0;
    },
    (error: unknown) => {
      const line = describeFailure(error);
      process.stderr.write(`${line ?? (error instanceof Error ? (error.stack ?? error.message) : String(error))}\n`);
      process.exitCode = isAppError(error, 'USAGE') ? 2 : 1;
    },
  );
}
