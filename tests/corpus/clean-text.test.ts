/** Every passage of an index of the istio.io tree holds clean text only. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import { buildCorpus, parsePost, publishedPassages, type ParsedPost } from '../../src/indexer/index.js';
import { remainsIn } from '../helpers/clean-text.js';

const config = loadConfig();
const root = resolve(config.istioContent);
if (!existsSync(join(root, 'en'))) throw new Error(`The istio.io content tree is missing at ${root}; set ISTIO_CONTENT.`);
const corpus = await buildCorpus({ contentDirs: [root], siteBaseUrl: config.siteBaseUrl });

/** Every post of the tree as the indexer parses it (the malformed ones, which the index skips, left out). */
function parsedPosts(): ParsedPost[] {
  const paths = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((path) => /^(en|zh)\/.*\.md$/.test(path.replaceAll('\\', '/')));
  return paths.flatMap((path) => {
    try {
      const outcome = parsePost(path.replaceAll('\\', '/'), readFileSync(join(root, path), 'utf8'), { siteBaseUrl: config.siteBaseUrl });
      return outcome.kind === 'post' ? [outcome.post] : [];
    } catch {
      return [];
    }
  });
}

describe('passage text of the istio.io corpus index', () => {
  it('holds no link labels, shortcode remains, markdown or HTML', () => {
    expect(remainsIn(corpus.passages)).toEqual([]);
  });

  it('ends the block before each image caption, so that no caption reads as the end of a sentence', () => {
    const glued: string[] = [];
    let captions = 0;
    for (const post of parsedPosts()) {
      const published = publishedPassages(post);
      post.passages.forEach((draft, index) => {
        const text = published[index]?.text ?? '';
        for (const source of (draft.sources ?? []).slice(1)) {
          const unit = post.outline?.units[source.unit];
          if (unit?.kind !== 'caption') continue;
          captions += 1;
          const before = text.slice(0, text.indexOf(unit.text)).trimEnd();
          if (before && !/[.!?。！？:：;；…]["'”’)）」』]*$/u.test(before)) glued.push(`${draft.passage.id}: …${before.slice(-60)} ⟦${unit.text}⟧`);
        }
      });
    }
    expect(captions).toBeGreaterThan(50);
    expect(glued).toEqual([]);
  });

  it("keeps a list's lead-in with its list, never alone at the end of the passage before it", () => {
    const alone: string[] = [];
    const postOf = (id: string) => id.split('#')[0] ?? id;
    const byPost = new Map<string, string[]>();
    for (const passage of corpus.passages) byPost.set(postOf(passage.id), [...(byPost.get(postOf(passage.id)) ?? []), passage.text]);
    for (const passage of corpus.passages) {
      if (!/[:：]$/.test(passage.text)) continue;
      const leadIn = passage.text.split(/(?<=[.!?](?=\s)|[。！？])\s*/).at(-1) ?? '';
      if ((byPost.get(postOf(passage.id)) ?? []).some((text) => text.startsWith(`${leadIn} `))) alone.push(`${passage.id}: …${leadIn}`);
    }
    expect(alone).toEqual([]);
  });
});
