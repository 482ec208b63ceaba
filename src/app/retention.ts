import { readFile, rename, writeFile } from 'node:fs/promises';

const DAY_MS = 86_400_000;

/** The oldest moment (ISO 8601) an entry may carry to be kept `maxDays`. */
export function retentionCutoff(maxDays: number, now: Date = new Date()): string {
  return new Date(now.getTime() - maxDays * DAY_MS).toISOString();
}

/** Whether a query-log line is dated at or after `cutoff`; a line without a date is not kept. */
function keep(line: string, cutoff: string): boolean {
  try {
    const at = (JSON.parse(line) as { at?: unknown }).at;
    return typeof at === 'string' && at >= cutoff;
  } catch {
    return false;
  }
}

/**
 * Rewrites a query log without its entries older than `cutoff`, atomically (a temporary file
 * renamed over it). Returns how many lines were removed; a missing file removes none.
 */
export async function pruneQueryLogFile(path: string, cutoff: string): Promise<number> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw error;
  }
  const lines = text.split('\n').filter(Boolean);
  const kept = lines.filter((line) => keep(line, cutoff));
  if (kept.length === lines.length) return 0;
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, kept.length ? `${kept.join('\n')}\n` : '', { encoding: 'utf8', mode: 0o600 });
  await rename(temporary, path);
  return lines.length - kept.length;
}
