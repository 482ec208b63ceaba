/**
 * Markdown the parser leaves as literal text, read as the author meant it: `[title](url)` in a code
 * span or with a target the parser refuses is a link, `[title](link to be added)` (also with a
 * space before the parenthesis) a link still to come, and what a reader must never see is dropped:
 * an image whose target is missing (`![/path/logo.jpg]`), a footnote marker without its footnote (`[^1]`).
 */
import { looksLikeLinkTarget } from './urls.js';

export type LiteralPart =
  | { kind: 'text'; text: string }
  | { kind: 'link'; title: string; url: string }
  /** A link the post names but has not filled in yet: the talk extractor still wants its title. */
  | { kind: 'pending'; title: string };

const MARKUP = new RegExp(
  [
    String.raw`!\[[^\]\n]*\](?:\([^)\n]*\)|\[[^\]\n]*\])?`,
    String.raw`\[\^[^\]\s]+\](?<definition>[:：])?`,
    String.raw`\[(?<title>[^\]\n]+)\]\((?<target>[^)\n]*)\)`,
    String.raw`\[(?<spacedTitle>[^\]\n]+)\] \((?<spacedTarget>[^)\n]*)\)`,
  ].join('|'),
  'g',
);
/** Targets that say the link will come later. */
const PENDING_TARGET = /to be added|coming soon/i;

/** The parts of a literal text; `atStart` when nothing of its block comes before it. */
export function readLiteral(value: string, atStart: boolean): LiteralPart[] {
  const parts: LiteralPart[] = [];
  const text = (slice: string) => {
    if (slice) parts.push({ kind: 'text', text: slice });
  };
  let last = 0;
  for (const match of value.matchAll(MARKUP)) {
    const groups = match.groups ?? {};
    const title = groups.title ?? groups.spacedTitle;
    const target = (groups.target ?? groups.spacedTarget ?? '').trim();
    // "[a] (b)" is prose unless its target says the link is still to come.
    if (groups.spacedTitle !== undefined && !PENDING_TARGET.test(target)) continue;
    text(value.slice(last, match.index));
    last = match.index + match[0].length;
    if (title === undefined) {
      // A footnote's own text ("[^1]: …" at the start of a line) loses its colon; a marker's colon mid-sentence stays.
      const before = value.slice(0, match.index);
      const lineStart = /\n[ \t]*$/.test(before) || (atStart && !before.trim());
      if (groups.definition && !lineStart) text(groups.definition);
      continue;
    }
    if (PENDING_TARGET.test(target)) parts.push({ kind: 'pending', title });
    else if (looksLikeLinkTarget(target)) parts.push({ kind: 'link', title, url: target });
    else text(title);
  }
  text(value.slice(last));
  return parts;
}
