import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Answerer } from '../../src/answer/index.js';
import { buildCorpus, type BuiltCorpus } from '../../src/indexer/index.js';

const SCHEDULE = 'https://events.linuxfoundation.org/kubecon-cloudnativecon-europe/co-located-events/istio-day/';

/** Posts written for these tests: a recap that keeps the slides on the schedule, a report whose slides section links PDFs by title. */
const POSTS: Record<string, string> = {
  'en/blog/2031/springfield-recap/index.md': `---
title: "Istio Day Springfield 2031 recap"
publishdate: 2031-05-02
---

Istio Day Springfield 2031 filled the hall: end users and maintainers shared what they learned running the mesh in production.

## Talks

Speakers at Istio Day Springfield were asked to keep their slides short, and Istio Day Springfield kept every talk to twenty minutes, Springfield style, slides and all.

## Slides

The slides of every session are on the [schedule](${SCHEDULE}).
`,
  'zh/blog/2031/meetup-report/index.md': `---
title: "第一次 Istio meetup 回顾"
publishdate: 2031-07-15
---

活动在北京举行，有两百多人报名参加，现场讨论非常热烈，大家都很关心数据平面的升级。

## 演讲资料

| 议题 |
| --- |
| [《使用 eBPF 加速网格》张三](./ebpf-mesh.pdf) |
| [《网格热升级》李四](./hot-upgrade.pdf) |
`,
};

let dir: string;
let corpus: BuiltCorpus;
let engine: Answerer;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'slides-links-'));
  for (const [path, text] of Object.entries(POSTS)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  corpus = await buildCorpus({ contentDirs: [dir] });
  engine = Answerer.fromCorpus(corpus);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('slides and schedule links', () => {
  it('files a schedule page the post keeps the slides on as a schedule, never as slides', () => {
    const said = corpus.passages.find((passage) => passage.text.startsWith('The slides of every session'));
    expect(said?.links).toMatchObject({ slides: [], schedule: [SCHEDULE] });
    expect(corpus.passages.flatMap((passage) => passage.links.slides)).not.toContain(SCHEDULE);
  });

  it('ranks the passage that says the slides are on the schedule first for a slides question, and shows its link as the schedule', () => {
    const answer = engine.answer('istio day springfield slides');
    expect(answer.results[0]?.text).toMatch(/^The slides of every session are on the schedule/);
    expect(answer.results[0]?.links.schedule).toEqual([SCHEDULE]);
  });

  it('calls the PDFs of a slides section ("演讲资料") slides, linked by the talk titles alone', () => {
    const talks = corpus.passages.find((passage) => passage.headings.includes('演讲资料'));
    expect(talks?.links.slides).toEqual([
      'https://istio.io/latest/zh/blog/2031/meetup-report/ebpf-mesh.pdf',
      'https://istio.io/latest/zh/blog/2031/meetup-report/hot-upgrade.pdf',
    ]);
  });
});
