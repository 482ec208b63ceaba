/**
 * The present step: an `Answer` becomes ordered, typed sections (`present`), the same for every
 * surface. A surface asks the engine with `askOptions(page)`, calls `present(answer, { page, now })`,
 * draws `sections` in order in its own syntax (escaping every string: they are plain text), and
 * offers `more` (the next page of the main list) and `page` (the page shown) on its buttons or
 * links, carrying the `PageRef` back on the next request. `toJson` is the documented JSON shape.
 */
export { present } from './present.js';
export { eventItem } from './items.js';
export { askOptions, mainList, pageSize } from './paging.js';
export { cleanMarks, mergeMarks, segments, type Segment } from './marks.js';
export { toJson } from './json.js';
export type { Item, Link, ListKind, ListSection, PageRef, Presentation, Section, SectionKind } from './types.js';
