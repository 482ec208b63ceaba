import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Lines of history kept, as shells keep theirs. */
export const HISTORY_SIZE = 500;

/** The saved history, newest first (readline's order); none when the file does not exist yet. */
export function readHistory(path: string): string[] {
  try {
    return readFileSync(path, 'utf8').split('\n').filter(Boolean).reverse().slice(0, HISTORY_SIZE);
  } catch {
    return [];
  }
}

/**
 * Saves the history (newest first) oldest line first, readable by its owner only. A failure
 * (read-only home) is ignored: history is a convenience, the chat goes on.
 */
export function writeHistory(path: string, lines: readonly string[]): void {
  try {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    writeFileSync(path, `${[...lines].slice(0, HISTORY_SIZE).reverse().join('\n')}\n`, { mode: 0o600 });
  } catch {
    // Nothing to do: the next line typed tries again.
  }
}
