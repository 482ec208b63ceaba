import { describe, expect, it } from 'vitest';
import { escapeHtml, html, safeHref } from '../../src/web/html.js';

describe('html templates escape by construction', () => {
  it('escapes every interpolated string, and only our own template markup stays markup', () => {
    const name = '<script>alert("x")</script>';
    expect(String(html`<p title="${name}">${name}</p>`)).toBe('<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</p>');
  });

  it('nests templates and lists without escaping them twice; null, undefined and false draw nothing', () => {
    const items = ['a&b', 'c'].map((text) => html`<li>${text}</li>`);
    expect(String(html`<ul>${items}${null}${undefined}${false}</ul>`)).toBe('<ul><li>a&amp;b</li><li>c</li></ul>');
  });

  it('an object that only looks like safe HTML is escaped as text', () => {
    const fake = { toString: () => '<b>x</b>' } as unknown as string;
    expect(String(html`${fake}`)).toBe('&lt;b&gt;x&lt;/b&gt;');
  });

  it('escapes the quote characters that could end an attribute', () => {
    expect(escapeHtml(`'"\`&<>`)).toBe('&#39;&quot;&#96;&amp;&lt;&gt;');
  });

  it('keeps web and relative links, turns every other scheme into #', () => {
    expect(safeHref('https://istio.io/latest/blog/')).toBe('https://istio.io/latest/blog/');
    expect(safeHref('./?q=ambient&page=2')).toBe('./?q=ambient&page=2');
    expect(safeHref('talks?event=Istio%20Day')).toBe('talks?event=Istio%20Day');
    for (const bad of ['javascript:alert(1)', 'JavaScript:alert(1)', ' javascript:alert(1)', 'data:text/html,<b>', '//evil.example/', 'vbscript:x', 'java\tscript:x']) {
      expect(safeHref(bad)).toBe('#');
    }
  });
});
