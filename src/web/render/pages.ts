import type { Lang } from '../../model/index.js';
import { html, type SafeHtml } from '../html.js';
import { hrefOf, type PagePath } from '../links.js';
import { webWords } from '../words.js';
import { layout } from './layout.js';

/** A page that says what went wrong in one line and leads back to the question box. */
export function errorPage(ui: Lang, path: PagePath, title: string, text: string): SafeHtml {
  return layout({
    ui,
    title,
    path,
    params: {},
    body: html`<section class="error" aria-labelledby="error-title"><h1 id="error-title">${title}</h1><p>${text}</p><p><a href="${hrefOf('', {})}">${webWords(ui).back}</a></p></section>`,
  });
}
