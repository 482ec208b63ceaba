import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts', 'tests/web/*.test.ts'],
          testTimeout: 20_000,
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
