import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePost, publishedPassages } from '../../src/indexer/index.js';
import { remainsIn } from '../helpers/clean-text.js';

/** Pieces of markdown, Hugo shortcodes and HTML as posts use them, and as they go wrong. */
const FRAGMENTS = [
  '# Title',
  '## Talks',
  '### Heading {#custom-id}',
  '- ',
  '1. ',
  '> ',
  '**',
  '_',
  '`',
  '```',
  '```yaml\nkind: Gateway\n```',
  '~~~',
  '---',
  '| a | b |\n|---|---|\n| 1 | 2 |',
  '[the video](https://www.youtube.com/watch?v=AbCdEf12345)',
  '[slides](https://sched.co/1Abc)',
  '[post](/blog/2023/istio-day/)',
  '[x](link to be added)',
  '[x](javascript:alert(1))',
  '[x](mailto:someone@example.com)',
  '[](https://example.com/(paren)',
  '<https://speakerdeck.com/x/y>',
  '![alt](./image.png)',
  '{{< image link="./a.png" caption="A caption" >}}',
  '{{< youtube AbCdEf12345 >}}',
  '{{< text bash >}}\n$ kubectl get pods\n{{< /text >}}',
  '{{< text yaml >}}',
  '{{< warning >}}',
  '{{< /warning >}}',
  '{{% notice %}}',
  '{{< gloss "term" >}}',
  '{{< involve_block title="Join" >}}',
  '{{< community_item x >}}',
  '{{< ',
  ' >}}',
  '{{<',
  '<iframe src="https://www.youtube.com/embed/AbCdEf12345"></iframe>',
  '<div class="x">',
  '</div>',
  '<!-- a comment',
  '-->',
  '<br>',
  '<a href="https://sched.co/2Xyz">a talk</a>',
  '<script>alert(1)</script>',
  '@everyone',
  '<!channel>',
  '<@U123>',
  '\u00a0',
  '\t',
  '\r\n',
  '😀',
  'Istio Day 2024 in Paris',
  'KubeCon + CloudNativeCon',
  '网格',
  '在 KubeCon 上',
  '\\',
  '&amp;',
  '&#x0;',
];

const word = fc.string({ unit: fc.constantFrom('a', 'Z', '9', ' ', '.', ',', ':', '"', "'", '(', ')', '*', '#', '网', 'é'), maxLength: 30 });
const piece = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...FRAGMENTS) }, { weight: 2, arbitrary: word });
const separator = fc.constantFrom('', ' ', '\n', '\n\n');
const body = fc.array(fc.tuple(piece, separator), { maxLength: 60 }).map((parts) => parts.map(([text, sep]) => text + sep).join(''));

/** Front matter fields, right and wrong. */
const FIELDS = [
  'title: "Istio Day Europe 2031"',
  'title:',
  'title: 42',
  'description: "A recap"',
  'publishdate: 2031-04-20',
  'publishdate: 2031-13-45',
  'date: yesterday',
  'keywords: [istio, kubecon]',
  'keywords: [istio,',
  'keywords: a, b, c',
  'url: https://istio.io/latest/blog/x/',
  'url: not a url',
  'url: /blog/elsewhere/',
  'url: relative/path',
  'slug: new-name',
  'slug: 3',
  'aliases: [/old/path, older]',
  'aliases: 3',
  'translationKey: shared',
  'build:\n  render: never',
  '_build:\n  list: false',
  'build:\n  render: sometimes',
  'build: yes',
  'cascade:\n  draft: true',
  'draft: true',
  'headless: yes',
  'event:\n  name: Istio Day\n  kind: istio-day\n  start: 2031-04-20',
  'event:\n  name: ""\n  kind: party',
  'event: 3',
  'title: "a"\ntitle: "b"',
  'weird: [unclosed',
  ': no key',
  '\t- tab',
];
const frontMatter = fc.array(fc.constantFrom(...FIELDS), { maxLength: 6 }).map((fields) => fields.join('\n'));
const source = fc.oneof(
  fc.tuple(frontMatter, body).map(([front, text]) => `---\n${front}\n---\n${text}`),
  body,
  fc.string({ maxLength: 400 }),
);

/** The reasons `parsePost` gives for a post it cannot read; anything else thrown is a bug. */
const DOCUMENTED = /^(front matter is not valid YAML|front matter is invalid|front matter has no title|not a text file)/;

const PATHS = ['en/blog/2031/x/index.md', 'zh/blog/2031/x/index.md', 'en/events/2031/y.md', 'en/blog/_index.md'];

describe('parsePost on any input', () => {
  it('returns a post or an ignored page, or throws only one of its documented reasons', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PATHS), source, (path, text) => {
        try {
          parsePost(path, text);
        } catch (error) {
          expect(error).toBeInstanceOf(Error);
          expect((error as Error).message).toMatch(DOCUMENTED);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('reads any body under a good front matter, into passages with unique ids, words or a link, and absolute links', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PATHS), body, (path, text) => {
        const outcome = parsePost(path, `---\ntitle: "Istio Day Europe 2031"\npublishdate: 2031-04-20\n---\n${text}`);
        expect(outcome.kind).toBe('post');
        if (outcome.kind !== 'post') return;
        const passages = outcome.post.passages.map((draft) => draft.passage);
        expect(new Set(passages.map((passage) => passage.id)).size).toBe(passages.length);
        for (const passage of passages) {
          const links = [...passage.links.videos, ...passage.links.slides, ...passage.links.schedule, ...passage.links.other];
          // A passage without words is only there for its link (a video embedded on its own).
          if (passage.text.trim() === '') expect(links.length).toBeGreaterThan(0);
          expect(passage.url.startsWith(passage.postUrl)).toBe(true);
          for (const link of links) {
            expect(['http:', 'https:', 'mailto:']).toContain(new URL(link).protocol);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('lets no shortcode placeholder reach a passage, whatever markup surrounds the shortcode', () => {
    // Placeholders stand in for shortcodes while the markdown is parsed; none may reach the index.
    fc.assert(
      fc.property(body, (text) => {
        const outcome = parsePost('en/blog/x.md', `---\ntitle: "x"\n---\n${text}`);
        if (outcome.kind !== 'post') return;
        for (const { passage } of outcome.post.passages) expect(passage.text).not.toMatch(/[\uE000\uE001]/);
      }),
      { numRuns: 1_000 },
    );
  });

  it('keeps the placeholder of a shortcode inside raw HTML out of the passage text (found by the property above)', () => {
    const outcome = parsePost('en/blog/x.md', '---\ntitle: "x"\n---\n<div>{{< image link="./a.png" caption="The keynote stage" >}}</div>\n');
    expect(outcome.kind).toBe('post');
    if (outcome.kind !== 'post') return;
    for (const { passage } of outcome.post.passages) expect(passage.text).not.toMatch(/[\uE000\uE001]/);
  });

  it('keeps the placeholder of a shortcode inside inline code out of the passage text (found by the property above)', () => {
    const outcome = parsePost('en/blog/x.md', '---\ntitle: "x"\n---\nRun `{{< youtube AbCdEf12345 >}}` to embed it.\n');
    expect(outcome.kind).toBe('post');
    if (outcome.kind !== 'post') return;
    for (const { passage } of outcome.post.passages) expect(passage.text).not.toMatch(/[\uE000\uE001]/);
  });

  it('does not choke on private-use characters that look like its own shortcode placeholders', () => {
    const source = `---\ntitle: "x"\n---\nA \uE0007\uE001 B \uE000 \uE001 {{< youtube AbCdEf12345 >}} \uE0000\uE001\n`;
    const outcome = parsePost('en/blog/x.md', source);
    expect(outcome.kind).toBe('post');
  });

  it('publishes talk lines without their link labels, and keeps every labelled link in the links', () => {
    const labelled = fc.constantFrom(
      ['[▶ Video](https://www.youtube.com/watch?v=AbCdEf12345)', 'https://www.youtube.com/watch?v=AbCdEf12345'],
      ['▶ [Video](https://www.youtube.com/watch?v=QqWwEeRrTt1)', 'https://www.youtube.com/watch?v=QqWwEeRrTt1'],
      ['[Slides](https://speakerdeck.com/ana/mesh)', 'https://speakerdeck.com/ana/mesh'],
      ['[Schedule](https://sched.co/1Abc)', 'https://sched.co/1Abc'],
      ['[幻灯片](https://speakerdeck.com/ana/wangge)', 'https://speakerdeck.com/ana/wangge'],
      ['[视频](https://youtu.be/ZyXwVu98765)', 'https://www.youtube.com/watch?v=ZyXwVu98765'],
    );
    const line = fc
      .tuple(
        fc.constantFrom('Scaling the mesh, by Ana Silva (Example Corp).', '**Ambient in production**.', '规模化网格，由 Ana（示例）主讲。'),
        fc.array(labelled, { minLength: 1, maxLength: 3 }),
        fc.constantFrom(' · ', ' | ', ' ', '、'),
        fc.constantFrom('.', '。', ''),
        fc.constantFrom(' How one team runs a mesh of ten thousand pods.', ' 介绍。', ''),
      )
      .map(([head, links, separator, stop, tail]) => ({ text: `- ${head} ${links.map(([link]) => link).join(separator)}${stop}${tail}`, urls: links.map(([, url]) => url) }));
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 6 }), (lines) => {
        const outcome = parsePost('en/blog/2031/talks/index.md', `---\ntitle: "Talks"\n---\n\n## Talks\n\n${lines.map((item) => item.text).join('\n')}\n`);
        if (outcome.kind !== 'post') throw new Error('not a post');
        const passages = publishedPassages(outcome.post);
        expect(remainsIn(passages)).toEqual([]);
        const links = passages.flatMap((passage) => [...passage.links.videos, ...passage.links.slides, ...passage.links.schedule]);
        for (const item of lines) for (const url of item.urls) expect(links).toContain(url);
      }),
      { numRuns: 300 },
    );
  });
});
