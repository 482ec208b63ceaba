import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { Answerer } from '../../src/answer/index.js';
import { buildCorpus } from '../../src/indexer/index.js';
import { SHIPPED_INDEX } from '../helpers/engine.js';

let shipped: Answerer;
let governance: Answerer;
beforeAll(async () => {
  shipped = await Answerer.load(SHIPPED_INDEX);
  governance = Answerer.fromCorpus(await buildCorpus({ contentDirs: [fileURLToPath(new URL('../fixtures/governance', import.meta.url))] }));
});

describe('the passage that answers what is asked comes first', () => {
  it('"what is …": the passage that says what it is, in en and zh', () => {
    expect(shipped.answer('what is izzy').results[0]?.text).toMatch(/Izzy, an Indo-Pacific bottlenose dolphin/);
    expect(shipped.answer('izzy 是什么').results[0]?.text).toMatch(/Izzy——一只印度太平洋宽吻海豚/);
  });

  it('"who …": a passage that names someone', () => {
    expect(governance.answer('who chairs the steering committee').results[0]?.text).toContain('Rosa Lindqvist');
  });

  it('a year after every post\'s ("toc election in 2040") is still to come: the newest posts answer, as for "the next"', () => {
    expect(governance.answer('toc election in 2040').results[0]?.title).toBe('2032 Technical Oversight Committee Election Results');
  });

  it('"how many …": the passage counting what is asked about, above one that counts something else', () => {
    expect(governance.answer('how many seats does the steering committee have').results[0]?.text).toContain('13 seats');
  });

  it('"how many talks": the line counting the talks, only when talks are what is counted', () => {
    expect(shipped.answer('istiocon 2021 多少场演讲').direct?.text).toMatch(/^IstioCon 2021 的演讲（\d+ 场）/);
    // Minutes are counted there, not talks: the sentence that gives the talks' length, never the count of talks.
    const minutes = shipped.answer('istiocon 2021 演讲 多少分钟').direct?.text;
    expect(minutes).not.toMatch(/演讲（\d+ 场）/);
    expect(minutes).toMatch(/40 分钟/);
  });
});

describe('a when question asked with a verb of opening or closing', () => {
  /** A self-written election post: the date of the vote in one section, "open source" in another. */
  const POST = `---
title: "Announcing the 2033 Steering Committee Election"
description: Members may now stand for the Community Seats.
publishdate: 2033-02-10
---

## Voters

Members of the project may take part in the steering election. Voting will start on 9 March 2033 and last until 20 March 2033.

## Thanks

The Steering Committee thanks everyone standing for the steering election or voting in it, and everyone helping the open source project grow.
`;

  it('answers with the passage that dates it, "open" or "close" being no topic ("open source")', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'opening-'));
    mkdirSync(join(dir, 'en/blog/2033/steering-election'), { recursive: true });
    writeFileSync(join(dir, 'en/blog/2033/steering-election/index.md'), POST);
    const engine = Answerer.fromCorpus(await buildCorpus({ contentDirs: [dir] }));
    expect(engine.answer('when did voting open in the 2033 steering election').results[0]?.text).toContain('9 March 2033');
    expect(engine.answer('when did the steering election voting close, 2033').results[0]?.text).toContain('20 March 2033');
  });
});
