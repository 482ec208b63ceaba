import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openIndex } from '../../src/cli/open-index.js';
import { loadConfig } from '../../src/config/index.js';
import { EXAMPLES } from '../../src/i18n/index.js';
import { createLogger } from '../../src/log/index.js';
import type { Lang } from '../../src/model/index.js';
import { present } from '../../src/present/index.js';

const SHIPPED_INDEX = fileURLToPath(new URL('../../index', import.meta.url));

describe('the examples help shows', () => {
  it('each find something on the shipped index, so a newcomer who tries one is never told "no match", and each typed as shown is answered in the language of its help', async () => {
    const engine = await openIndex({ ...loadConfig(), indexDir: SHIPPED_INDEX, autoReindex: false }, createLogger({ level: 'silent' }), { notice: () => undefined });
    for (const lang of ['en', 'zh'] as Lang[]) {
      for (const example of EXAMPLES[lang]) {
        const kinds = present(engine.answer(example, { lang })).sections.map((section) => section.kind);
        const found = kinds.some((kind) => kind === 'passages' || kind === 'talks' || kind === 'events' || kind === 'direct');
        expect({ example, found }).toEqual({ example, found: true });
        // Typed or pasted as shown, without a language chosen: a Chinese help's example is answered in Chinese.
        expect({ example, lang: engine.answer(example).lang }).toEqual({ example, lang });
      }
    }
  });
});
