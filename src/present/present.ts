import type { Answer } from '../answer/index.js';
import { MAX_QUESTION_LENGTH } from '../domain/index.js';
import { EXAMPLES, messages } from '../i18n/index.js';
import { eventItem, passageItem, talkItem } from './items.js';
import { sourceLink } from './links.js';
import { mainList, pageSize, slicePage } from './paging.js';
import type { Item, ListKind, ListSection, PageRef, Presentation, Section } from './types.js';

export interface PresentOptions {
  /** The page asked for (a "More" click); the first page of the main list when absent. */
  page?: PageRef | undefined;
  /** "Today", for "in 12 days". Default: now. */
  now?: Date;
}

/** Lists after the main one, in this order, on the first page only. */
const OTHER_LISTS: readonly ListKind[] = ['talks', 'passages', 'events'];

/**
 * The one order of an answer, for every intent and every surface:
 *
 * 1. notes about the question (it was cut to the maximum length);
 * 2. the direct answer line, when the event knowledge holds the fact;
 * 3. the main list of the intent (passages for a search, talks for `talks` and `speaker`, events for
 *    `events` and `next`), one page of it, with "Showing 11–20 of 113" when there is more than a page;
 * 4. on the first page only, the other lists the answer holds, in the order talks, passages, events;
 * 5. when nothing at all is shown, one line saying why, with queries to try.
 *
 * Help is the usage and the examples of src/i18n. "More" is the next page of the main list; every
 * other section belongs to the question and is not repeated on later pages.
 */
export function present(answer: Answer, options: PresentOptions = {}): Presentation {
  const m = messages(answer.lang);
  const notes: Section[] = answer.truncated ? [{ kind: 'note', text: m.truncated(MAX_QUESTION_LENGTH) }] : [];
  const main = mainList(answer.intent);
  const base = { query: answer.query, intent: answer.intent, lang: answer.lang };
  if (main === null) {
    const help: Section = { kind: 'help', title: m.helpTitle, lines: [m.helpBody, m.helpFilters, m.helpCommands], label: m.examplesTitle, examples: [...EXAMPLES[answer.lang]] };
    return { ...base, sections: [...notes, help], summary: m.helpTitle, page: { list: 'passages', offset: 0 }, more: null };
  }
  const offset = main === 'passages' ? answer.offset : options.page?.list === main ? options.page.offset : 0;
  const first = offset === 0;
  const now = options.now ?? new Date();
  const lists = (first ? [main, ...OTHER_LISTS.filter((list) => list !== main)] : [main])
    .map((list) => listOf(list, answer, list === main ? offset : 0, now))
    .filter((section) => section.items.length > 0);
  // A line quoted from the other language's post (results posted in one language only) says so.
  const marked = answer.direct && answer.direct.lang !== answer.lang ? `(${m.otherLang[answer.direct.lang]}) ${answer.direct.text}` : answer.direct?.text;
  const direct: Section[] = first && answer.direct && marked ? [{ kind: 'direct', text: marked, link: sourceLink(answer.direct.url, answer.lang) }] : [];
  const shown = [...direct, ...lists];
  const sections = shown.length > 0 ? [...notes, ...shown] : [...notes, emptyOf(answer, offset)];
  const [top] = shown;
  const summary = top === undefined ? textOf(sections.at(-1)) : top.kind === 'direct' ? top.text : headline(top as ListSection);
  return { ...base, sections, summary, page: { list: main, offset }, more: moreOf(main, answer, offset) };
}

/** One page of one list of the answer, starting at `offset`. */
function listOf(list: ListKind, answer: Answer, offset: number, now: Date): ListSection {
  const m = messages(answer.lang);
  const size = pageSize(list);
  let items: Item[];
  let total: number;
  let title: string;
  switch (list) {
    case 'passages':
      // The engine gives the page of passages it was asked for; `total` counts them all.
      items = answer.results.map((result, index) => passageItem(result, answer.offset + index + 1, answer));
      total = Math.max(answer.total, answer.offset + items.length);
      title = m.passages;
      offset = answer.offset;
      break;
    case 'talks':
      items = slicePage(answer.talks, offset, size).map((talk, index) => talkItem(talk, offset + index + 1, answer));
      total = answer.talks.length;
      title = m.talks;
      break;
    case 'events':
      items = slicePage(answer.events, offset, size).map((event, index) => eventItem(event, offset + index + 1, answer, now));
      total = answer.events.length;
      title = answer.intent === 'next' ? m.nextEvent : m.events;
      break;
  }
  const whole = offset === 0 && items.length >= total;
  return { kind: list, title, range: whole || items.length === 0 ? null : m.showing(offset + 1, offset + items.length, total), items };
}

/** The next page of the main list, or null when this page reaches its end. */
function moreOf(list: ListKind, answer: Answer, offset: number): PageRef | null {
  if (list === 'passages') {
    const next = answer.offset + answer.results.length;
    return answer.results.length > 0 && next < answer.total ? { list, offset: next } : null;
  }
  const all = list === 'talks' ? answer.talks.length : answer.events.length;
  const next = Math.min(offset, all) + pageSize(list);
  return offset < all && next < all ? { list, offset: next } : null;
}

/** Why nothing is shown: past the last page, no events known, none upcoming, or no match. */
function emptyOf(answer: Answer, offset: number): Section {
  const m = messages(answer.lang);
  const text =
    offset > 0
      ? m.noMore
      : answer.intent === 'events'
        ? m.noEvents
        : answer.intent === 'next'
          ? m.noNextEvent
          : m.noMatch(answer.query);
  const suggestions = offset > 0 || answer.intent === 'events' || answer.intent === 'next' ? [] : answer.suggestions.filter((text) => text.trim() !== '');
  return { kind: 'empty', text, label: m.tryInstead, suggestions };
}

function headline(section: ListSection): string {
  return `${section.range ?? section.title}: ${section.items[0]?.title ?? ''}`;
}

function textOf(section: Section | undefined): string {
  return section && 'text' in section ? section.text : '';
}
