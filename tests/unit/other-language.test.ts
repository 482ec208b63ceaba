import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Answerer } from '../../src/answer/index.js';
import { buildCorpus } from '../../src/indexer/index.js';

/** An English announcement of a meetup, and its report, which only the Chinese posts wrote, with each talk's slides. */
const POSTS: Record<string, string> = {
  'en/blog/2031/springfield-meetup/index.md': `---
title: "The first Istio meetup in Springfield"
publishdate: 2031-06-01
---

The first Istio meetup in Springfield is here: join us on 10 July 2031 for talks on eBPF, Envoy and multicluster meshes, followed by a hallway track with the maintainers.
`,
  'zh/blog/2031/springfield-meetup-report/index.md': `---
title: "Springfield 首次 Istio meetup 回顾"
publishdate: 2031-07-15
---

2031 年 7 月 10 日，Springfield 的首次 Istio meetup 圆满结束，两百多人报名参加。

## 演讲资料

| 议题 |
| --- |
| [《使用 eBPF 加速 Envoy 网络》张三](./ebpf-envoy.pdf) |
| [《多集群网格实践》李四](./multicluster.pdf) |
`,
};

let dir: string;
let engine: Answerer;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'other-language-'));
  for (const [path, text] of Object.entries(POSTS)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  engine = Answerer.fromCorpus(await buildCorpus({ contentDirs: [dir] }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a passage in the other language, when none in the question\'s language answers', () => {
  it('comes first, marked, for slides that only the other language\'s post links', () => {
    const [first, ...rest] = engine.answer('springfield meetup ebpf slides').results;
    expect(first).toMatchObject({ lang: 'zh', otherLanguage: true });
    expect(first?.links.slides).toContain('https://istio.io/latest/zh/blog/2031/springfield-meetup-report/ebpf-envoy.pdf');
    // The English passages follow it.
    expect(rest.some((result) => result.lang === 'en')).toBe(true);
  });

  it('never comes first for a question its language\'s passages answer, nor when the language is forced', () => {
    expect(engine.answer('springfield meetup ebpf').results[0]?.lang).toBe('en');
    expect(engine.answer('springfield meetup ebpf slides lang:en').results.every((result) => result.lang === 'en')).toBe(true);
  });

  it('is not shown at all, on any page, while a passage in the question\'s language answers', () => {
    // The Chinese report matches "springfield meetup ebpf" too, but the English announcement answers it.
    const answer = engine.answer('springfield meetup ebpf', { limit: 10 });
    expect(answer.results.length).toBeGreaterThan(0);
    expect(answer.results.map((result) => result.lang)).toEqual(answer.results.map(() => 'en'));
    expect(answer.total).toBe(answer.results.length);
    expect(engine.answer('springfield meetup ebpf', { limit: 10, lang: 'zh' }).results.some((result) => result.lang === 'zh')).toBe(true);
  });
});
