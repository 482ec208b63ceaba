import type { Answer } from '../../answer/index.js';
import type { EventInfo, Lang } from '../../model/index.js';
import { eventItem } from '../../present/index.js';
import { html, type SafeHtml } from '../html.js';
import { hrefOf } from '../links.js';
import { webWords } from '../words.js';
import { itemHtml } from './sections.js';

/** Events split for the events page: the ones to come (soonest first), then the past ones (newest first). */
function splitEvents(events: readonly EventInfo[], now: Date): { upcoming: EventInfo[]; past: EventInfo[] } {
  const today = now.toISOString().slice(0, 10);
  const isUpcoming = (event: EventInfo) => (event.end ?? event.start ?? '') >= today;
  const byStart = (a: EventInfo, b: EventInfo) => (a.start ?? '').localeCompare(b.start ?? '') || a.name.localeCompare(b.name);
  return {
    upcoming: events.filter(isUpcoming).sort(byStart),
    past: events.filter((event) => !isUpcoming(event)).sort((a, b) => byStart(b, a)),
  };
}

/**
 * Every event the posts know, as the present step draws an event (place, dates, "in 12 days", its
 * links by kind and its posts), with a link to its talks.
 */
export function eventsHtml(answer: Answer, ui: Lang, lang: Lang | undefined, now: Date): SafeHtml {
  const w = webWords(ui);
  const { upcoming, past } = splitEvents(answer.events, now);
  const list = (id: string, title: string, events: EventInfo[], empty: string | null) =>
    html`<section class="list" aria-labelledby="${id}"><h2 id="${id}">${title}</h2>${
      events.length === 0 && empty ? html`<p>${empty}</p>` : null
    }<ol class="items events">${events.map(
      (event, index) =>
        html`<li>${itemHtml(eventItem(event, index + 1, answer, now), html`<a class="link link-talks" href="${hrefOf('talks', { event: event.name, lang })}">${w.talksOfEvent}</a>`)}</li>`,
    )}</ol></section>`;
  return html`<h1>${w.events}</h1>${list('upcoming', w.upcoming, upcoming, w.noUpcoming)}${list('past', w.past, past, null)}`;
}
