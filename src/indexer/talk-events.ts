/**
 * Where a talk was given, read the way a reader reads a recap: the talk's own line ("Given at
 * Observability Day"), else the nearest sentence before it in its section that names an event
 * ("Istio Day kicked off with …", "At the main conference: …"), else the nearest heading that names
 * one ("Maintainer track", "Istio Day at KubeCon NA", "在 KubeCon 上"), else the event the post is
 * about. The region and year come from that text when it gives them, else from the post's event.
 */
import { KIND_NAMES, eventName, kindIn, regionIn, type KindName } from '../domain/index.js';
import type { EventKind } from '../model/index.js';
import type { PassageDraft } from './types.js';

/** What a text says a talk was given at, before region and year are filled in. */
export interface TalkScope {
  kind: EventKind;
  /** The co-located event's own name ("Observability Day", "Multi-TenancyCon"), for kind `co-located`. */
  label: string | null;
  /** The text the scope was read from, for its region and year. */
  text: string;
}

const KUBECON = KIND_NAMES.find((entry) => entry.kind === 'kubecon') as KindName;

/** A co-located event named in prose: "Observability Day", "Cloud Native AI Day", "Maintainer Summit", "Multi-TenancyCon", "ArgoCon". */
const CO_LOCATED = /\b((?:\p{Lu}[\p{L}\d.+-]*\s+){1,3}(?:Day|Summit)|\p{Lu}[\p{L}-]+Con)\b/gu;
const NOT_CO_LOCATED = /^(?:Istio|The|A|On|Each|Every|Game|Launch|Opening|Closing|First|Second|Last|Next|One)\b|^(?:KubeCon|CloudNativeCon|IstioCon)$/;
/** "Given at …", "presented at …", "在 … 上发表": the talk's own line saying where it was given. */
/** A heading that joins an event to other things: "Istio Day and Key Sessions", "ContribFest, Maintainer Track & the Project Pavilion", "Istio Day 和重要议题". */
const NAMES_SEVERAL = /\s(?:and|&)\s|[,、，和与及]/;
/** Kinds of event a session's own title may name: the tracks of a conference. */
const TRACKS = new Set<EventKind>(['maintainer-track', 'contribfest']);
const GIVEN_AT = /\b(?:given|presented|delivered|held|talk) at\s+([^.;!?]{2,80})|在\s*([^，。；]{2,40}?)\s*上(?:发表|分享|演讲|进行)/i;

function coLocatedIn(text: string): string | null {
  for (const match of text.matchAll(CO_LOCATED)) {
    const name = (match[1] ?? '').trim();
    if (!NOT_CO_LOCATED.test(name)) return name;
  }
  return null;
}

/** The scope a piece of text names, or null when it names no event. */
export function scopeIn(text: string): TalkScope | null {
  const label = coLocatedIn(text);
  const kind = kindIn(text);
  // "Istio Day at KubeCon": the narrower event; a named co-located event only when no Istio event is named.
  if (kind && kind.kind !== 'kubecon') return { kind: kind.kind, label: null, text };
  if (label) return { kind: 'co-located', label, text };
  return kind ? { kind: kind.kind, label: null, text } : null;
}

/** Sentences of `text[from, end)`, nearest first. */
function sentencesBefore(text: string, from: number, end: number): string[] {
  return text
    .slice(from, end)
    .split(/(?<=[.!?。！？:：])\s*/)
    .filter((sentence) => sentence.trim())
    .reverse();
}

/** A talk's place in its passage: where it is named, and whether it is an item of a list of talks. */
export interface TalkSpan {
  start: number;
  end: number;
  standalone: boolean;
}

/**
 * The event named by the sentences that introduce the talk at `index` (up to three since the talk
 * before it; a list's items by the text before the list); in running prose, else the event that
 * introduced the talk before it: "Istio Day kicked off with [A]. … We had a talk [on B]" tells of
 * Istio Day twice.
 */
function introScope(prose: string, spans: readonly TalkSpan[], index: number): TalkScope | null {
  const span = spans[index];
  if (!span) return null;
  let from = spans[index - 1]?.end ?? 0;
  let to = span.start;
  if (span.standalone) {
    let first = index;
    while (first > 0 && spans[first - 1]?.standalone) first -= 1;
    from = spans[first - 1]?.end ?? 0;
    to = spans[first]?.start ?? span.start;
  }
  for (const sentence of sentencesBefore(prose, from, to).slice(0, 3)) {
    const found = scopeIn(sentence);
    if (found) return found;
  }
  return span.standalone ? null : introScope(prose, spans, index - 1);
}

/**
 * Where the talk `span` (one of the passage's `spans`, in order) was given, from its own line, the
 * sentence that introduces it and the headings above it; null to use the post's event. A list's
 * items are introduced by the text before the list, never by the line of the item before them.
 */
export function talkScope(draft: PassageDraft, span: TalkSpan, spans: readonly TalkSpan[]): TalkScope | null {
  const { text, headings } = draft.passage;
  const index = spans.indexOf(span);
  const next = spans[index + 1]?.start ?? text.length;
  // "The Contribfest Hands-on Workshop", "The KubeCon maintainer track session": a session's title names its track.
  const titled = scopeIn(text.slice(span.start, span.end));
  if (titled && TRACKS.has(titled.kind)) return titled;
  const own = GIVEN_AT.exec(text.slice(span.end, Math.min(next, span.end + 400)));
  const ownScope = own ? scopeIn(own[1] ?? own[2] ?? '') : null;
  if (ownScope) return ownScope;
  // A caption tells of the picture above it ("The Contribfest workshop at KubeCon"), not of the talk after it.
  let prose = text;
  for (const [start, end] of draft.captions ?? []) prose = prose.slice(0, start) + ' '.repeat(end - start) + prose.slice(end);
  const introduced = introScope(prose, spans, index);
  if (introduced) return introduced;
  for (const heading of [...headings].reverse()) {
    if (scopeIn(heading)) return headingScope(heading);
  }
  return null;
}

/**
 * The event a section heading names, or null. "Istio Day and Key Sessions" names the event and other
 * sessions beside it: only an item's own line says which of them it is.
 */
export function headingScope(heading: string): TalkScope | null {
  return NAMES_SEVERAL.test(heading) ? null : scopeIn(heading);
}

const yearIn = (text: string): string | null => /\b(20\d\d)\b/.exec(text)?.[1] ?? null;

/** The conference a scope of `base`'s week belongs to ("KubeCon + CloudNativeCon Europe 2024"). */
export function conferenceOf(base: string, text = ''): string {
  return eventName(KUBECON, regionIn(text) ?? regionIn(base), yearIn(text) ?? yearIn(base));
}

/** The name of the event a scope stands for, in the week of the post's event `base`. */
export function scopeName(scope: TalkScope, base: string): string {
  const region = regionIn(scope.text) ?? regionIn(base);
  const year = yearIn(scope.text) ?? yearIn(base);
  switch (scope.kind) {
    case 'maintainer-track':
      return `${conferenceOf(base, scope.text)} Maintainer Track`;
    case 'contribfest':
      return `${conferenceOf(base, scope.text)} ContribFest`;
    case 'co-located':
      return [scope.label, region, year].filter(Boolean).join(' ');
    default: {
      const kind = KIND_NAMES.find((entry) => entry.kind === scope.kind);
      return kind ? eventName(kind, region, year) : base;
    }
  }
}
