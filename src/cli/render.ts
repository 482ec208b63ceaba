import type { Answer, Mark } from '../answer/index.js';
import { present, segments, type Item, type Link, type PageRef, type Presentation, type Section } from '../present/index.js';

export interface TerminalStyle {
  /** Emphasise matched words with ANSI bold. Default false (plain text, for pipes and files). */
  color?: boolean;
  /** "Today", for relative dates. Default: now. */
  now?: Date;
  /** The page to show (the chat's "more"). Default: the first. */
  page?: PageRef | undefined;
  /** A line to end with when there is a next page (the chat says how to get it). Default: none. */
  moreHint?: string;
}

/** Stand-ins for bold while the text is assembled; only these become terminal codes. */
const BOLD = '\uE002';
const RESET = '\uE003';

/**
 * Strips terminal control characters from the whole answer (post text, questions, places, links
 * alike), so no data can drive the terminal; then turns the bold stand-ins into ANSI codes.
 */
function finish(text: string, color: boolean): string {
  const safe = text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '');
  return color ? safe.replaceAll(BOLD, '\u001b[1m').replaceAll(RESET, '\u001b[22m') : safe.replaceAll(BOLD, '').replaceAll(RESET, '');
}

/** Data never carries our bold stand-ins, nor line breaks that would break the layout. */
function clean(text: string): string {
  return text.replace(/[\uE002\uE003]/g, '').replace(/\s*\n\s*/g, ' ');
}

function emphasise(text: string, marks: readonly Mark[]): string {
  return segments(text, marks)
    .map((piece) => (piece.marked ? BOLD + clean(piece.text) + RESET : clean(piece.text)))
    .join('');
}

function linkLine(links: readonly Link[]): string {
  return links.map((link) => `${link.kind === 'video' ? '▶ ' : ''}${link.label}: ${clean(link.url)}`).join('  ');
}

function itemLines(item: Item): string[] {
  const details = item.details.length > 0 ? `  (${item.details.map(clean).join(' · ')})` : '';
  const note = item.note ? ` [${clean(item.note)}]` : '';
  const lines = [`${item.number}. ${clean(item.title)}${details}${note}`];
  if (item.text !== null) lines.push(`   ${emphasise(item.text, item.marks)}`);
  if (item.links.length > 0) lines.push(`   ${linkLine(item.links)}`);
  return lines;
}

function sectionLines(section: Section): string[] {
  switch (section.kind) {
    case 'note':
      return [clean(section.text)];
    case 'direct':
      return [clean(section.text), ...(section.link ? [`   ${linkLine([section.link])}`] : [])];
    case 'help':
      return [section.title, ...section.lines, `${section.label}: ${section.examples.join(' · ')}`];
    case 'empty':
      return [section.suggestions.length > 0 ? `${clean(section.text)} ${section.label}: ${section.suggestions.map(clean).join(' · ')}` : clean(section.text)];
    default:
      return [`${section.title}${section.range ? ` (${section.range})` : ''}:`, ...section.items.flatMap(itemLines)];
  }
}

/** Sections as terminal text, in their order, a blank line between lists. */
export function renderPresentation(presentation: Presentation, style: TerminalStyle = {}): string {
  const blocks = presentation.sections.map((section) => sectionLines(section).join('\n'));
  if (presentation.more && style.moreHint) blocks.push(style.moreHint);
  return finish(blocks.join('\n\n'), style.color ?? false);
}

/** An answer as text for a terminal, in the answer's language. */
export function renderAnswer(answer: Answer, style: TerminalStyle = {}): string {
  return renderPresentation(present(answer, { page: style.page, now: style.now ?? new Date() }), style);
}
