import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/** The files `npm test` runs; tests/unit/shared-modules.test.ts checks them against what sharing modules forbids. */
export const UNIT_TESTS = ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts', 'tests/web/*.test.ts'];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: UNIT_TESTS,
          testTimeout: 20_000,
          // Each worker imports src/, discord.js, Bolt and fast-check once instead of once per file: importing
          // them again for every file was about half of the suite's CPU time. Safe because these tests share
          // no mutable module state: no module mocks, stubs and fake timers undone, no process listeners left
          // (guarded by tests/unit/shared-modules.test.ts; vitest restores spies after each file). A test that
          // needs a fresh module graph belongs in an isolated project (e2e).
          isolate: false,
          // Vitest's default (cores - 1) is one worker on a 2-core machine, every file in series; the main
          // process is idle once the files are transformed, so use both cores.
          maxWorkers: Math.max(2, availableParallelism() - 1),
          // A project whose worker count differs from the others' needs its own group when several run at once.
          sequence: { groupOrder: 1 },
        },
      },
      {
        // Real Bolt and discord.js against the loopback fakes, and whole processes (the CLI, the bot):
        // seconds each, so not in `npm test`.
        test: {
          name: 'e2e',
          include: ['tests/adapters/**/*.test.ts', 'tests/reliability/**/*.test.ts', 'tests/cli/**/*.test.ts', 'tests/web/process/**/*.test.ts'],
          testTimeout: 30_000,
        },
      },
      {
        // The web pages in a real browser (Debian's chromium driven by playwright-core): slow, own project.
        test: {
          name: 'browser',
          include: ['tests/web/browser/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'corpus',
          include: ['tests/corpus/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
