import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The path of a built command (`dist/cli/<name>.js`). These tests run the program as it ships:
 * without a build they fail at once, saying how to make one. They run what was built, so rebuild
 * after changing `src/`.
 */
export function builtCommand(name: string): string {
  const entry = join(ROOT, 'dist', 'cli', `${name}.js`);
  if (!existsSync(entry)) throw new Error(`${entry} is missing: build first with \`npx tsc -p tsconfig.build.json\` (npm run build)`);
  return entry;
}
