import { describe, expect, it } from 'vitest';
import { markedSnippet, SNIPPET_WINDOW } from '../../../src/adapters/slack/snippet.js';

const ZWSP = '\u200B';

describe('markedSnippet', () => {
  it('puts the matched words in bold', () => {
    expect(markedSnippet('ambient mode and waypoints', [{ start: 0, end: 7 }, { start: 17, end: 26 }], { max: 3000 })).toBe(
      '*ambient* mode and *waypoints*',
    );
  });

  it('keeps bold working inside a word or Chinese text with zero-width spaces', () => {
    expect(markedSnippet('服务网格入门', [{ start: 2, end: 4 }], { max: 3000 })).toBe(`服务${ZWSP}*网格*${ZWSP}入门`);
  });

  it('shows a window around the first match of a long passage, with ellipses where it was cut', () => {
    const text = `${'lead '.repeat(200)}ztunnel ${'tail '.repeat(200)}`;
    const start = text.indexOf('ztunnel');
    const out = markedSnippet(text, [{ start, end: start + 7 }], { max: 3000 });
    expect(out.startsWith('…')).toBe(true);
    expect(out.endsWith('…')).toBe(true);
    expect(out).toContain('*ztunnel*');
    expect(out.length).toBeLessThanOrEqual(SNIPPET_WINDOW + 10);
  });

  it('escapes the passage and never exceeds its budget, even mid-match', () => {
    const out = markedSnippet('&'.repeat(100), [{ start: 50, end: 100 }], { max: 40 });
    expect(out.length).toBeLessThanOrEqual(40);
    expect(out).toMatch(/^(&amp;)+…$/);
  });

  it('never splits a surrogate pair at the window edge', () => {
    const out = markedSnippet('😀'.repeat(400), [], { max: 3000 });
    expect(out.endsWith('…')).toBe(true);
    expect(out.slice(0, -1)).toBe('😀'.repeat((out.length - 1) / 2));
  });
});
