import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clipEscaped, escapeMrkdwn, link } from '../../../src/adapters/slack/escape.js';

describe('escapeMrkdwn', () => {
  it('escapes &, < and > and nothing else', () => {
    expect(escapeMrkdwn('<!channel> & <@U123> *bold* _it_')).toBe('&lt;!channel&gt; &amp; &lt;@U123&gt; *bold* _it_');
  });
});

describe('clipEscaped', () => {
  it('never cuts inside an entity or a surrogate pair, and stays within the limit', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '&', '<', '😀'), maxLength: 200 }), fc.integer({ min: 1, max: 300 }), (text, max) => {
        const out = clipEscaped(text, max);
        expect(out.length).toBeLessThanOrEqual(max);
        const body = out.endsWith('…') ? out.slice(0, -1) : out;
        expect(body.replace(/&amp;|&lt;/g, '')).toMatch(/^(a|😀)*$/u);
      }),
    );
  });
});

describe('link', () => {
  it('escapes & in the URL and keeps the label', () => {
    expect(link('https://www.youtube.com/watch?v=x&t=10', 'Video')).toBe('<https://www.youtube.com/watch?v=x&amp;t=10|Video>');
  });

  it('leaves the label alone for anything but an http(s) URL', () => {
    expect(link('javascript:alert(1)', 'Post')).toBe('Post');
    expect(link(`https://x.example/${'a'.repeat(600)}`, 'Post')).toBe('Post');
  });
});
