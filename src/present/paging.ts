import type { AnswerOptions, Intent } from '../answer/index.js';
import { LIST_PAGE_SIZE, PAGE_SIZE } from '../domain/index.js';
import type { ListKind, PageRef } from './types.js';

/**
 * The list an intent asks for: the one shown first and the one "More" pages. A search asks for
 * passages, `talks` and `speaker` for talks, `events` and `next` for events; help has none.
 */
export function mainList(intent: Intent): ListKind | null {
  switch (intent) {
    case 'search':
      return 'passages';
    case 'talks':
    case 'speaker':
      return 'talks';
    case 'events':
    case 'next':
      return 'events';
    case 'help':
      return null;
  }
}

/** Items on one page of a list: a few passages, or a screenful of one-line talks and events. */
export function pageSize(list: ListKind): number {
  return list === 'passages' ? PAGE_SIZE : LIST_PAGE_SIZE;
}

/**
 * What to ask the engine for to show `page` (the first page when absent): the engine pages the
 * passages; talks and events come whole and the present step pages them.
 */
export function askOptions(page?: PageRef): Required<Pick<AnswerOptions, 'offset' | 'limit'>> {
  return { offset: page?.list === 'passages' ? page.offset : 0, limit: PAGE_SIZE };
}

/** Whole lists a surface may page (as opposed to the engine's one page of passages). */
export function slicePage<T>(all: readonly T[], offset: number, size: number): T[] {
  return all.slice(offset, offset + size);
}
