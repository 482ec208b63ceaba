import fc from 'fast-check';
import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { answer, eventInfo, result, talk } from '../helpers/answers.js';
import { stubService, testApp } from './app.js';

/** Pieces of attacks on HTML: tags, attribute breakouts, script URLs, entities. */
const NASTY = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "' onmouseover='alert(1)", 'javascript:alert(1)', ' JavaScript:alert(1)', '<a href="javascript:x">', '</textarea><svg onload=x>', '&lt;b&gt;', '`', '<!--', ']]>', '<style>', 'data:text/html,<b>'];
const nasty = fc.array(fc.oneof(fc.constantFrom(...NASTY), fc.string({ maxLength: 8 })), { minLength: 1, maxLength: 5 }).map((parts) => parts.join(''));
const nastyUrl = fc.oneof(nasty, nasty.map((path) => `https://example.org/${path}`));

/** The only elements and attributes our templates write. */
const TAGS = new Set(['html', 'head', 'meta', 'title', 'link', 'script', 'body', 'a', 'header', 'p', 'nav', 'ul', 'li', 'main', 'form', 'label', 'div', 'input', 'button', 'section', 'h1', 'h2', 'h3', 'ol', 'article', 'span', 'strong', 'mark', 'code', 'footer']);
const ATTRIBUTES = new Set(['lang', 'charset', 'name', 'content', 'rel', 'href', 'src', 'defer', 'class', 'aria-label', 'aria-current', 'aria-labelledby', 'aria-live', 'aria-hidden', 'hreflang', 'role', 'action', 'method', 'for', 'id', 'type', 'value', 'maxlength', 'placeholder', 'autocomplete', 'enterkeyhint', 'start', 'data-list', 'data-more', 'data-summary']);

/**
 * What escaping guards: every element and attribute in the page is one our templates write, no
 * link or script leads to a `javascript:` (or other non-web) URL, and no attack piece with a `<` or
 * `"` that the untrusted strings carry appears raw in the source. Returns the first problem, or null.
 */
export function leak(page: string, untrusted: readonly string[]): string | null {
  for (const element of DomUtils.findAll(() => true, parseDocument(page).children)) {
    if (!TAGS.has(element.name)) return `element <${element.name}>`;
    for (const [name, value] of Object.entries(element.attribs)) {
      if (!ATTRIBUTES.has(name)) return `attribute ${name} on <${element.name}>`;
      if ((name === 'href' || name === 'src' || name === 'action') && /^\s*[a-z][a-z0-9+.-]*:/i.test(value) && !/^https?:/i.test(value.trim())) return `${name}="${value}"`;
    }
  }
  // Our markup is full of `<` and `"`, so the raw check looks for the attack pieces the strings carry, which markup never holds.
  for (const piece of NASTY) if (/[<"]/.test(piece) && untrusted.some((text) => text.includes(piece)) && page.includes(piece)) return `raw ${JSON.stringify(piece)}`;
  return null;
}

interface Case {
  question: string;
  texts: string[];
  urls: string[];
}

const cases = fc.record({ question: nasty, texts: fc.array(nasty, { minLength: 9, maxLength: 9 }), urls: fc.array(nastyUrl, { minLength: 5, maxLength: 5 }) });

let current: Case | undefined;
/** One server for every run, whose every answer carries the current case's strings in every field a page shows. */
const app = testApp({ service: stubService((query) => answerOf(query, current!)) }).then((built) => built.app);

async function pageFor(c: Case, path = '/?q='): Promise<string> {
  current = c;
  return (await (await app).inject(`${path}${encodeURIComponent(c.question)}`)).body;
}

function answerOf(query: string, c: Case) {
  const [title = '', text = '', heading = '', speaker = '', event = '', city = '', name = '', suggestion = '', direct = ''] = c.texts;
  const [url = '', video = '', slides = '', post = '', schedule = ''] = c.urls;
  return answer({
      query,
      truncated: true,
      direct: { text: direct, url: post, lang: 'en' },
      results: [result({ title, text, heading, url, postUrl: post, event, marks: [{ start: 0, end: 3 }], links: { videos: [video], slides: [slides], schedule: [schedule], other: [] } })],
      talks: [talk({ title: name, titles: { en: name }, speakers: [speaker], people: [{ name: speaker, organisation: city }], event, video, slides, schedule, url })],
      events: [eventInfo({ name, city, posts: [post], links: { slides: [slides], schedule: [schedule], recordings: [video], register: [url], cfp: [], other: [] } })],
      suggestions: [suggestion],
    });
}

describe('no question or post text escapes the HTML', () => {
  it('holds for any question and any post fields, on the answer page and the talks page', async () => {
    await fc.assert(
      fc.asyncProperty(cases, async (c) => {
        for (const path of ['/?q=', '/talks?speaker=']) {
          const problem = leak(await pageFor(c, path), [c.question, ...c.texts, ...c.urls]);
          expect(problem).toBeNull();
        }
      }),
      { numRuns: 60 },
    );
  });

  it('the check fails on a page that puts a question in raw, and on a script URL', async () => {
    const c: Case = { question: '"><img src=x onerror=alert(1)>', texts: Array(9).fill('ok'), urls: Array(5).fill('https://example.org/') };
    const page = await pageFor(c);
    expect(leak(page, [c.question])).toBeNull();
    expect(leak(page.replace('</main>', `<p>${c.question}</p></main>`), [c.question])).toMatch(/element <img>|attribute/);
    expect(leak(page.replace('</main>', '<a href="javascript:alert(1)">x</a></main>'), [])).toMatch(/javascript:/);
    expect(leak(page.replace('</main>', `<p title="${c.question}"></p></main>`), [c.question])).not.toBeNull();
    // And fast-check finds such a page on its own: the property fails once the escaping is gone.
    const broken = await fc.check(
      fc.asyncProperty(cases, async (generated) => leak((await pageFor(generated)).replace('</main>', `${generated.question}</main>`), [generated.question]) === null),
      { numRuns: 60 },
    );
    expect(broken.failed).toBe(true);
  });
});
