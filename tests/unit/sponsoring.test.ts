/**
 * Asked how to become a sponsor, the answer is the post's "Sponsor the event" passage (its prospectus and contact),
 * not a line naming the companies that sponsored; "who sponsored" is still read as who.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Answerer } from '../../src/answer/index.js';
import { buildCorpus } from '../../src/indexer/index.js';
import { understand } from '../../src/understand/index.js';
import { sponsoringAsked } from '../../src/understand/sponsoring.js';

const POSTS: Record<string, string> = {
  'en/blog/2031/mesh-fair/index.md': `---
title: "Join us at the Istio Day Springfield 2031"
publishdate: 2031-02-01
---

The Istio Day Springfield 2031 is a day of talks about service meshes, held on 10 June 2031 in Springfield.

## Sponsor the event

Want your product in front of mesh users? Read the [fair prospectus](https://example.org/fair-prospectus-2031.pdf) to learn more. Contact sponsors@example.org to secure your sponsorship today!
`,
  'en/blog/2031/mesh-fair-recap/index.md': `---
title: "The Istio Day Springfield 2031 recap"
publishdate: 2031-06-20
---

The Istio Day Springfield 2031 drew a full hall. Tetrate was the platinum sponsor of Istio Day, and the recordings of every talk are online.
`,
};

describe('reading a question about sponsoring', () => {
  it('reads how to become a sponsor, in either language, as no who question', () => {
    for (const question of ['how could our company sponsor istio day', 'istio day sponsorship contact', 'who do I write to about sponsoring the fair', '我们想赞助这个活动，怎么联系', 'istio day 赞助商招募说明书']) {
      expect(sponsoringAsked(question), question).toBe(true);
      expect(understand(question).ask, question).not.toBe('who');
    }
  });

  it('still reads who sponsored, or which company did, as a who question', () => {
    for (const question of ['who sponsored istio day', 'which company sponsored istio day t-shirts', '谁赞助了这个活动']) {
      expect(sponsoringAsked(question), question).toBe(false);
      expect(understand(question).ask, question).toBe('who');
    }
  });
});

describe('answering how to sponsor an event', () => {
  let dir: string;
  let engine: Answerer;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sponsoring-'));
    for (const [path, text] of Object.entries(POSTS)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    engine = Answerer.fromCorpus(await buildCorpus({ contentDirs: [dir] }));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('shows first the passage with the prospectus and the contact, and no line naming the sponsors there were', () => {
    const answer = engine.answer('how could my company sponsor the istio day springfield 2031');
    expect(answer.direct?.text ?? '').not.toContain('Tetrate');
    expect(answer.results[0]?.text).toContain('sponsors@example.org');
  });

});
