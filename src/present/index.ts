export { present, type PresentOptions } from './present.js';
export { eventItem } from './items.js';
export { askOptions, mainList, pageSize } from './paging.js';
export { LINK_ORDER, linkLabel } from './links.js';
export { cleanMarks, mergeMarks, segments, type Segment } from './marks.js';
export { toJson, type AskJson } from './json.js';
export type { Item, Link, LinkKind, ListKind, ListSection, PageRef, Presentation, Section, SectionKind } from './types.js';
