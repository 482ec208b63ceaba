/**
 * How a post's units become the pieces of its passages: a unit longer than a passage is cut at
 * sentence ends, and the pieces of one section are packed into groups, each group one passage, a
 * list's lead-in sentence always in the group of the list's first item.
 */
import type { Lang } from '../model/index.js';
import type { BareLink, Unit } from './blocks.js';
import type { Anchor } from './types.js';

/** List items and captions shorter than this join their neighbours; longer ones stand alone. */
const ITEM_MIN_CHARS = 40;

export interface Piece {
  text: string;
  anchors: Anchor[];
  bare: BareLink[];
  unit: Unit;
  /** The sentence this piece ends with that introduces the list after it ("…two new members:"). */
  leadIn?: string;
  /** A piece of a unit after its first: it starts inside the unit (inside its nested list, maybe). */
  continues?: boolean;
}

const sentenceSegmenters = {
  en: new Intl.Segmenter('en', { granularity: 'sentence' }),
  zh: new Intl.Segmenter('zh', { granularity: 'sentence' }),
};

/** Cuts a unit longer than `max` at sentence ends, never inside a sentence. */
export function splitLong(unit: Unit, max: number, lang: Lang): Piece[] {
  if (unit.text.length <= max) return [{ text: unit.text, anchors: unit.anchors, bare: unit.bare, unit }];
  const pieces: Piece[] = [];
  const cut = (start: number, end: number): void => {
    const raw = unit.text.slice(start, end);
    const text = raw.trim();
    if (!text) return;
    const from = start + (raw.length - raw.trimStart().length);
    const anchors = unit.anchors
      .filter((anchor) => anchor.start >= start && anchor.start < end)
      .map((anchor) => ({ ...anchor, start: anchor.start - from, end: Math.min(anchor.end, from + text.length) - from }));
    pieces.push({ text, anchors, bare: pieces.length === 0 ? unit.bare : [], unit, ...(pieces.length ? { continues: true } : {}) });
  };
  // Segmenting a huge text in one go is slow in V8; a window a few passages long is enough to find the next cut.
  const window = max * 4;
  let start = 0;
  while (unit.text.length - start > max) {
    let end = start;
    for (const sentence of sentenceSegmenters[lang].segment(unit.text.slice(start, start + window))) {
      const sentenceEnd = start + sentence.index + sentence.segment.length;
      if (sentenceEnd - start > max && end > start) break;
      end = sentenceEnd;
    }
    if (end - start > window - 1) end = start + Math.max(unit.text.lastIndexOf(' ', start + window) - start, max);
    cut(start, end);
    start = end;
  }
  cut(start, unit.text.length);
  return pieces;
}

/** Groups pieces of one section: small pieces join their neighbours, sizeable ones stand alone. */
export function pack(pieces: Piece[], min: number, max: number): Piece[][] {
  const groups: Piece[][] = [];
  let group: Piece[] = [];
  let length = 0;
  for (const piece of pieces) {
    const fits = length + 1 + piece.text.length <= max;
    // A list item or caption with a point of its own (a talk, a link) stands alone even when short.
    const floor = piece.unit.kind === 'item' || piece.unit.kind === 'caption' ? ITEM_MIN_CHARS : min;
    const small = length < min || piece.text.length < floor;
    if (group.length === 0 || piece.text.length === 0 || (fits && small)) {
      group.push(piece);
      length += piece.text.length + (length ? 1 : 0);
      continue;
    }
    groups.push(group);
    group = [piece];
    length = piece.text.length;
  }
  if (group.length) {
    const previous = groups.at(-1);
    const previousLength = previous ? previous.reduce((sum, piece) => sum + piece.text.length + 1, 0) : 0;
    if (previous && length < min && previousLength + length <= max) previous.push(...group);
    else groups.push(group);
  }
  return keepLeadInsWithLists(groups, min);
}

/** Lead-ins longer than this say something of their own (see `standsAlone`). */
const LEAD_IN_MAX_CHARS = 200;

/**
 * Whether a list's lead-in stays where it is and is not repeated before the list's items: only a
 * long one (a sentence that long says something of its own), and only when the items do not go on
 * with its sentence ("…as they:" "reserve resources…"), which without them would be fragments.
 */
function standsAlone(leadIn: string, item: Unit): boolean {
  return leadIn.length > LEAD_IN_MAX_CHARS && !/^\p{Ll}/u.test(item.text);
}

/** The last piece of a paragraph whose last sentence introduces the list after it (`list`: the list's first item), marked as such. */
export function markLeadIn(pieces: Piece[], list: Unit | null): Piece[] {
  const last = pieces.at(-1);
  const leadIn = list?.leadIn;
  if (!list || !leadIn || standsAlone(leadIn, list) || !last?.text.endsWith(leadIn)) return pieces;
  return [...pieces.slice(0, -1), { ...last, leadIn }];
}

/** A piece cut in two at `at`: [before, from `at` on], each with its own anchors. */
function cut(piece: Piece, at: number): [Piece, Piece] {
  const rest = { ...piece, text: piece.text.slice(0, at).trimEnd(), anchors: piece.anchors.filter((anchor) => anchor.start < at) };
  delete rest.leadIn;
  const moved = piece.anchors.filter((anchor) => anchor.start >= at).map((anchor) => ({ ...anchor, start: anchor.start - at, end: anchor.end - at }));
  return [rest, { text: piece.text.slice(at), anchors: moved, bare: [], unit: piece.unit }];
}

/**
 * The groups with each lead-in that ends a group while its list starts the next moved to the
 * next: "we voted for two new members:" is stored with the names, never alone before them. What
 * would be left of a group too small to stand alone (under `min`) moves with it.
 */
function keepLeadInsWithLists(groups: Piece[][], min: number): Piece[][] {
  const out = groups.map((group) => [...group]);
  for (let i = 0; i + 1 < out.length; i += 1) {
    const group = out[i] as Piece[];
    const last = group.at(-1);
    if (!last?.leadIn || !out[i + 1]?.[0]?.unit.leadIn) continue;
    const at = last.text.length - last.leadIn.length;
    const whole = at === 0 || (group.length === 1 && at < min);
    const [rest, moved] = whole ? [null, last] : cut(last, at);
    group.splice(-1, 1, ...(rest ? [rest] : []));
    out[i + 1]?.unshift(moved);
  }
  return out.filter((group) => group.length > 0);
}

/**
 * The sentence that introduces the list a passage starts inside, when the passage does not hold
 * it: "Panel: 40 minutes…" is never shown without "Choose from the following formats:".
 */
export function leadInOf(group: Piece[]): string | null {
  const first = group[0]?.unit;
  // A piece inside an item's nested list ("…all of which have an Istio flavor:" "Securing…") takes the item's own lead-in.
  const nested = group[0]?.continues ? first?.nestedLeadIn : null;
  const leadIn = nested ?? (first?.kind === 'item' ? first.leadIn : null);
  if (!first || !leadIn || standsAlone(leadIn, first) || group.some((piece) => piece.text.includes(leadIn))) return null;
  return leadIn;
}
