import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { UNIT_TESTS } from '../../vitest.config.js';

/**
 * `npm test` runs with `isolate: false` (vitest.config.ts): the files of one worker share one module
 * graph, so what one file changes in a module or in the process, the next file sees. These rules keep
 * that from happening; a test that needs a fresh module graph belongs in the isolated e2e project.
 */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const THIS_FILE = 'tests/unit/shared-modules.test.ts';

const RULES: ReadonlyArray<{ uses: RegExp; undoneBy: RegExp | null; why: string }> = [
  { uses: /\bvi\.(mock|doMock|unmock|doUnmock)\(/, undoneBy: null, why: 'a module mock reaches the other files of its worker' },
  { uses: /\bvi\.stubEnv\(/, undoneBy: /\bvi\.unstubAllEnvs\(/, why: 'a stubbed variable must be undone with vi.unstubAllEnvs()' },
  { uses: /\bvi\.stubGlobal\(/, undoneBy: /\bvi\.unstubAllGlobals\(/, why: 'a stubbed global must be undone with vi.unstubAllGlobals()' },
  { uses: /\bvi\.useFakeTimers\(/, undoneBy: /\bvi\.useRealTimers\(/, why: 'fake timers must be undone with vi.useRealTimers()' },
  { uses: /\bprocess\.(on|once|addListener)\(/, undoneBy: /\bprocess\.(off|removeListener|removeAllListeners)\(/, why: 'a process listener must be removed' },
];

/** What in a test file's text would leak into the files after it, each with the reason. */
function leaks(text: string): string[] {
  return RULES.filter((rule) => rule.uses.test(text) && !(rule.undoneBy?.test(text) ?? false)).map((rule) => rule.why);
}

/** The files of an include pattern: `dir/**\/*.suffix` or `dir/*.suffix`, the two shapes the unit project uses. */
function filesOf(pattern: string): string[] {
  const shape = /^([\w/.-]+)\/(\*\*\/)?\*(\.[\w.]+)$/.exec(pattern);
  if (!shape) throw new Error(`filesOf does not know the include pattern ${pattern}: teach it that shape`);
  const [, dir = '', deep, suffix = ''] = shape;
  return readdirSync(join(ROOT, dir), { recursive: deep !== undefined })
    .map((name) => join(dir, String(name)))
    .filter((file) => file.endsWith(suffix));
}

describe('the unit test files, which share modules within a worker', () => {
  it('mock no module and leave no stub, fake timer or process listener behind', () => {
    const files = UNIT_TESTS.flatMap(filesOf);
    expect(files).toContain(THIS_FILE);
    const found = files.filter((file) => file !== THIS_FILE).flatMap((file) => leaks(readFileSync(join(ROOT, file), 'utf8')).map((why) => `${file}: ${why}`));
    expect(found).toEqual([]);
  });

  it('catch a module mock, and a stub or listener that is never undone (the check itself can fail)', () => {
    expect(leaks("vi.mock('../../src/config/index.js');")).toHaveLength(1);
    expect(leaks("vi.stubEnv('LOG_QUERIES', '0');")).toHaveLength(1);
    expect(leaks("vi.stubEnv('LOG_QUERIES', '0'); afterEach(() => vi.unstubAllEnvs());")).toEqual([]);
    expect(leaks("process.on('SIGHUP', reload);")).toHaveLength(1);
    expect(leaks('vi.spyOn(process.stdout, "write");')).toEqual([]);
    expect(() => filesOf('tests/{unit,web}/*.test.ts')).toThrow(/teach it/);
  });
});
