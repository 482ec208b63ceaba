import { describe, expect, it } from 'vitest';
import { readSections, writeSections } from '../../src/store/sections.js';

const malformed = (what: string) => new Error(what);

describe('the data file as short lines', () => {
  const items = Array.from({ length: 5000 }, (_, at) => ({ id: at, text: `passage ${at} about the mesh, 网格 ${'x'.repeat(at % 90)}` }));
  const huge = 'y'.repeat(100_000);
  const text = writeSections(7, [
    { section: 'passages', items },
    { section: 'head', value: { documentCount: 5000 } },
    { section: 'terms', items: ['short', huge, 'after'] },
    { section: 'none', items: [] },
  ]);
  const lines = text.split('\n');

  it('keeps every line of many items short enough to be parsed in the young generation, in ASCII', () => {
    const passageLines = lines.filter((line) => line.startsWith('[{"id"'));
    expect(passageLines.length).toBeGreaterThan(5);
    expect(Math.max(...passageLines.map((line) => line.length))).toBeLessThanOrEqual(64 * 1024);
    expect([...text].every((char) => char.charCodeAt(0) < 0x80)).toBe(true);
  });

  it('gives back each section as written, an item longer than a line on a line of its own', () => {
    const sections = readSections(Buffer.from(text), 7, malformed);
    expect([...sections.items('passages')]).toEqual(items);
    expect(sections.value('head')).toEqual({ documentCount: 5000 });
    expect([...sections.items('terms')]).toEqual(['short', huge, 'after']);
    expect(lines.filter((line) => line.includes(huge))).toEqual([`["${huge}"]`]);
    expect([...sections.items('none')]).toEqual([]);
  });

  it('lets go of the bytes once every line has been read', () => {
    const sections = readSections(Buffer.from(text), 7, malformed);
    expect(sections.value('head')).toEqual({ documentCount: 5000 });
    for (const section of ['passages', 'terms', 'none']) expect([...sections.items(section)].length).toBeGreaterThanOrEqual(0);
    expect(() => sections.value('head')).toThrow(/asked for after every line was read/);
  });

  it('parses the lines of a list only as its items are reached', () => {
    const broken = Buffer.from(lines.map((line, at) => (at === lines.length - 3 ? '["after"' : line)).join('\n'));
    const terms = readSections(broken, 7, malformed).items('terms');
    expect(terms.next().value).toBe('short');
    expect(() => [...terms]).toThrow(/^line \d+ is not JSON$/);
  });

  it('refuses a header of another version, or a section held on no line', () => {
    expect(() => readSections(Buffer.from(text), 8, malformed)).toThrow('its header does not list its lines');
    expect(() => readSections(Buffer.from(text), 7, malformed).items('talks')).toThrow('it holds 0 lines of talks');
  });
});
