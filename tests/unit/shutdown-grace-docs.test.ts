import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { SHUTDOWN_GRACE_MS } from '../../src/domain/index.js';

// Operators read the grace in the docs; the bots read it from src/domain/limits.ts.
describe('the shutdown grace in the docs', () => {
  it.each(['docs/operations.md', 'docs/slack.md', 'docs/discord.md'])('%s states SHUTDOWN_GRACE_MS', async (doc) => {
    const text = (await readFile(doc, 'utf8')).replace(/\s+/g, ' ');
    const stated = [...text.matchAll(/at most (\d+) seconds in all/g)].map((match) => Number(match[1]));
    expect(stated.length).toBeGreaterThan(0);
    for (const seconds of stated) expect(seconds * 1000).toBe(SHUTDOWN_GRACE_MS);
  });
});
