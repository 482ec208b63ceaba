/**
 * A post whose title names its event more loosely than the event's own name ("The first local Istio meetup is here!":
 * "Istio Meetup 2031") is about the event that lists it among its posts: its passages carry that event's name and
 * date, so that they rank with the event's other passages for a question naming it.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Answerer } from '../../src/answer/index.js';
import { buildCorpus } from '../../src/indexer/index.js';

const POSTS: Record<string, string> = {
  'en/blog/2031/springfield-meetup/index.md': `---
title: "The first local Istio meetup is here!"
description: "Join Istio community experts in China."
publishdate: 2031-06-01
---

Join us in Beijing on July 10, 2031 for an afternoon of talks. Seats are limited, so entry is first-come first-served: please register on the event platform.
`,
  'en/events/2031/istio-meetup-china-beijing.md': `---
title: "Istio Meetup China 2031"
publishdate: 2031-07-20
url: https://istio.io/latest/blog/2031/springfield-meetup/
event:
  name: "Istio Meetup China 2031"
  kind: meetup
  city: Beijing
  country: China
  start: 2031-07-10
  end: 2031-07-10
---

The first Istio meetup in China took place in Beijing on 10 July 2031, an afternoon of talks about service meshes.
`,
};

let dir: string;
let corpus: Awaited<ReturnType<typeof buildCorpus>>;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'listed-post-'));
  for (const [path, text] of Object.entries(POSTS)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  corpus = await buildCorpus({ contentDirs: [dir] });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a post an event lists, whose title names its event loosely', () => {
  it('has its passages named and dated as that event', () => {
    const announcement = corpus.passages.filter((passage) => passage.postId.includes('blog/2031/springfield-meetup'));
    expect(announcement.length).toBeGreaterThan(0);
    for (const passage of announcement) expect(passage).toMatchObject({ event: 'Istio Meetup China 2031', date: '2031-07-10' });
  });

  it('answers a question about the event with the post\'s own words first', () => {
    const engine = Answerer.fromCorpus(corpus);
    expect(engine.answer('are seats limited at the beijing istio meetup 2031').results[0]?.text).toContain('first-come first-served');
  });
});
