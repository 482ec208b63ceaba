import { segments, type Item, type Link, type ListSection, type Presentation, type Section } from '../../present/index.js';
import { html, safeHref, type SafeHtml } from '../html.js';
import { hrefOf, type PageState } from '../links.js';

/**
 * The present step's sections as HTML, in their order: the web draws exactly what the terminal,
 * Slack and Discord draw. Every string in a section is plain text and goes through `html`, which
 * escapes it.
 */
export function sectionsHtml(presentation: Presentation, state: PageState): SafeHtml {
  return html`${presentation.sections.map((section) => sectionHtml(section, state))}`;
}

function sectionHtml(section: Section, state: PageState): SafeHtml {
  switch (section.kind) {
    case 'note':
      return html`<p class="note" role="note">${section.text}</p>`;
    case 'direct':
      return html`<p class="direct"><strong>${section.text}</strong>${section.link ? html` ${linkHtml(section.link)}` : null}</p>`;
    case 'help':
      return html`<section class="help" aria-labelledby="help-title"><h2 id="help-title">${section.title}</h2>${section.lines.map(
        (line) => html`<p>${codeSpans(line)}</p>`,
      )}${suggestionsHtml(section.label, section.examples, state)}</section>`;
    case 'empty':
      return html`<section class="empty"><p>${section.text}</p>${suggestionsHtml(section.label, section.suggestions, state)}</section>`;
    default:
      return listHtml(section);
  }
}

/** One list: its title, "Showing 11–20 of 113", and the numbered items (`start` keeps the numbering across pages). */
function listHtml(section: ListSection): SafeHtml {
  const id = `list-${section.kind}`;
  const start = section.items[0]?.number ?? 1;
  return html`<section class="list" aria-labelledby="${id}"><h2 id="${id}">${section.title}</h2>${
    section.range ? html`<p class="range">${section.range}</p>` : null
  }<ol class="items" start="${start}" data-list="${section.kind}">${section.items.map((item) => html`<li>${itemHtml(item)}</li>`)}</ol></section>`;
}

export function itemHtml(item: Item, extra: SafeHtml | null = null): SafeHtml {
  const title = item.url ? html`<a href="${safeHref(item.url)}">${item.title}</a>` : item.title;
  return html`<article class="item"><h3>${title}</h3>${item.details.length > 0 ? html`<p class="details">${joined(item.details)}</p>` : null}${
    item.note ? html`<p class="lang-note">${item.note}</p>` : null
  }${item.text !== null ? html`<p class="text">${marked(item)}</p>` : null}${
    item.links.length > 0 || extra ? html`<ul class="links">${item.links.map((link) => html`<li>${linkHtml(link)}</li>`)}${extra ? html`<li>${extra}</li>` : null}</ul>` : null
  }</article>`;
}

function joined(details: readonly string[]): SafeHtml[] {
  return details.map((detail, index) => (index === 0 ? html`<span>${detail}</span>` : html`<span aria-hidden="true"> · </span><span>${detail}</span>`));
}

/** The passage with the words that matched in `<mark>`. */
function marked(item: Item): SafeHtml[] {
  const text = item.text ?? '';
  return segments(text, item.marks).map((piece) => (piece.marked ? html`<mark>${piece.text}</mark>` : html`${piece.text}`));
}

function linkHtml(link: Link): SafeHtml {
  return html`<a class="link link-${link.kind}" href="${safeHref(link.url)}" rel="noopener">${link.label}</a>`;
}

/** `code` spans in the bot's help lines (`lang:zh`), drawn as code; everything else is text. */
function codeSpans(line: string): SafeHtml[] {
  return line.split('`').map((part, index) => (index % 2 === 1 ? html`<code>${part}</code>` : html`${part}`));
}

function suggestionsHtml(label: string, queries: readonly string[], state: PageState): SafeHtml | null {
  if (queries.length === 0) return null;
  return html`<p class="try">${label}: ${queries.map(
    (query, index) => html`${index > 0 ? ' · ' : ''}<a href="${hrefOf('', { q: query, lang: state.lang })}">${query}</a>`,
  )}</p>`;
}
