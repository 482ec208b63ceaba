import { MAX_QUESTION_LENGTH } from '../../domain/index.js';
import type { Lang } from '../../model/index.js';
import { html, type SafeHtml } from '../html.js';
import { hrefOf, type PagePath } from '../links.js';
import { webWords } from '../words.js';

export interface LayoutOptions {
  ui: Lang;
  /** The `<title>` before the site's name; the site's name alone when absent. */
  title?: string;
  path: PagePath;
  /** This page's own parameters, kept by the language switch. */
  params: Record<string, string | number | undefined>;
  /** The question in the box. */
  q?: string;
  /** The language chosen with the switch, kept by the form; undefined: each question's own. */
  lang?: Lang | undefined;
  body: SafeHtml;
}

const LANG_NAMES: Record<Lang, string> = { en: 'English', zh: '中文' };
const LANG_TAGS: Record<Lang, string> = { en: 'en', zh: 'zh-Hans' };

/**
 * The page around every view: one question box in the page's language, the navigation and the
 * language switch. Styles and the script are same-origin files (no inline code, for the CSP); the
 * page works without the script, which only adds results while typing and "more" in place.
 */
export function layout(options: LayoutOptions): SafeHtml {
  const w = webWords(options.ui);
  const title = options.title ? `${options.title} · ${w.siteName}` : w.siteName;
  return html`<!doctype html>
<html lang="${LANG_TAGS[options.ui]}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="strict-origin-when-cross-origin">
<title>${title}</title>
<link rel="icon" href="static/icon.svg" type="image/svg+xml">
<link rel="stylesheet" href="static/style.css">
<script src="static/app.js" defer></script>
</head>
<body>
<a class="skip" href="#main">${options.ui === 'zh' ? '跳到正文' : 'Skip to content'}</a>
<header class="top">
<p class="site"><a href="./">${w.siteName}</a></p>
<nav aria-label="${w.navigation}"><ul>
${navLink('', w.home, options.path)}${navLink('events', w.events, options.path)}
</ul></nav>
<nav class="langs" aria-label="${w.language}"><ul>
${(['en', 'zh'] as const).map(
  (lang) =>
    html`<li><a href="${hrefOf(options.path, { ...options.params, lang })}" lang="${LANG_TAGS[lang]}" hreflang="${LANG_TAGS[lang]}"${
      lang === options.ui ? html` aria-current="true"` : null
    }>${LANG_NAMES[lang]}</a></li>`,
)}
</ul></nav>
</header>
<main id="main">
<form class="ask" role="search" action="./" method="get">
<label for="q">${w.question}</label>
<div class="row">
<input id="q" name="q" type="search" value="${options.q ?? ''}" maxlength="${MAX_QUESTION_LENGTH}" placeholder="${w.placeholder}" autocomplete="off" enterkeyhint="search">
${options.lang ? html`<input type="hidden" name="lang" value="${options.lang}">` : null}
<button type="submit">${w.ask}</button>
</div>
</form>
<p id="status" class="sr-only" role="status"></p>
${options.body}
</main>
<footer><p>${w.footer} <a href="api/openapi.json">${w.api}</a></p></footer>
</body>
</html>
`;
}

function navLink(path: PagePath, label: string, current: PagePath): SafeHtml {
  return html`<li><a href="${hrefOf(path, {})}"${path === current ? html` aria-current="page"` : null}>${label}</a></li>`;
}
