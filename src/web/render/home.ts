import type { Lang } from '../../model/index.js';
import { pageSize, type Presentation } from '../../present/index.js';
import { html, type SafeHtml } from '../html.js';
import { hrefOf, type PagePath, type PageState } from '../links.js';
import { webWords } from '../words.js';
import { sectionsHtml } from './sections.js';

/**
 * The answer region: the sections, then paging. It is also the fragment the script fetches, so a
 * page drawn by the server and one updated while typing hold the same markup.
 */
export function answerHtml(presentation: Presentation | null, state: PageState, path: PagePath = '', params: Record<string, string> = { q: state.q }): SafeHtml {
  const w = webWords(state.ui);
  // `data-summary` is what the script says in the page's status line after updating the answer in place.
  return html`<section id="answer" class="answer" aria-label="${w.answer}"${presentation ? html` data-summary="${presentation.summary}"` : null}>${
    presentation ? html`${sectionsHtml(presentation, state)}${pagingHtml(presentation, state, path, params)}` : null
  }</section>`;
}

/** "More results" (the next page, which the script appends in place) and the previous page for those without it. */
function pagingHtml(presentation: Presentation, state: PageState, path: PagePath, params: Record<string, string>): SafeHtml | null {
  const w = webWords(state.ui);
  const pageOf = (offset: number) => Math.floor(offset / pageSize(presentation.page.list)) + 1;
  const link = (page: number) => hrefOf(path, { ...params, lang: state.lang, page: page > 1 ? page : undefined });
  const previous = state.page > 1 ? html`<a rel="prev" href="${link(state.page - 1)}">${state.ui === 'zh' ? '上一页' : 'Previous page'}</a>` : null;
  const next = presentation.more
    ? html`<a rel="next" class="more" data-more href="${link(pageOf(presentation.more.offset))}">${w.more}</a>`
    : null;
  return previous || next ? html`<nav class="paging" aria-label="${state.ui === 'zh' ? '分页' : 'Pages'}">${previous} ${next}</nav>` : null;
}

/** The language of the page's words when the page does not force one: the browser's first choice of ours. */
export function browserLang(acceptLanguage: string | undefined): Lang {
  const first = (acceptLanguage ?? '').split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('zh') ? 'zh' : 'en';
}
