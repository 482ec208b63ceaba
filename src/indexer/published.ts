/**
 * The passages as the index stores and shows them. A draft keeps the post's words as written, with
 * its anchors (the talk and event extractors read link labels such as "▶ Video" or "Slides"); the
 * published text leaves out the labels of links that are shown beside the passage anyway, so that
 * a reader sees "…Jim Barton (Solo.io). The closing…", not "…Jim Barton (Solo.io). ▶ Video. The closing…",
 * ends each block (a list item, a caption, a table row) before the next one starts, so that a talk
 * title or a caption is never read as the start of the sentence after it, and starts a passage that
 * begins inside a list with the sentence that introduces the list.
 */
import { LINK_LABEL } from '../domain/index.js';
import type { Lang, ParsedPassage } from '../model/index.js';
import { sentenceStop } from './text-builder.js';
import type { Anchor, ParsedPost } from './types.js';

/** What may stand between two labels of one run: "▶ Video · Slides", "Video | ▶ Video", "视频、幻灯片". */
const BETWEEN_LABELS = /^[\s·•|/,、▶]*(?:(?:and|和)[\s▶]*)?$/;
/** Where a sentence ends, so that a run of labels after it is a "sentence" of its own. */
const SENTENCE_END = /[.!?。！？:：]$/;
/** What may follow a run of labels without a full stop of its own: nothing, or the start of the next sentence. */
const NEXT_SENTENCE = /^$|^[\p{Lu}\p{Script=Han}\p{N}"“'‘(（《「『【▶]/u;

/**
 * The text without the runs of link labels that stand as a sentence of their own ("▶ Video ·
 * Slides."). A label inside a sentence ("the slides are on the schedule") is part of what it says and stays.
 */
function withoutLinkLabels(text: string, anchors: readonly Anchor[]): string {
  const labels = anchors.filter((anchor) => LINK_LABEL.test(anchor.text.trim())).sort((a, b) => a.start - b.start);
  const cuts: Array<[number, number]> = [];
  for (let i = 0; i < labels.length; ) {
    let start = (labels[i] as Anchor).start;
    let end = (labels[i] as Anchor).end;
    let next = i + 1;
    while (next < labels.length && BETWEEN_LABELS.test(text.slice(end, (labels[next] as Anchor).start))) {
      end = (labels[next] as Anchor).end;
      next += 1;
    }
    i = next;
    // "▶ [Video](…)": the play sign outside the link belongs to the label.
    const sign = /▶\s*$/.exec(text.slice(0, start));
    if (sign) start = sign.index;
    const before = text.slice(0, start).trimEnd();
    if (before && !SENTENCE_END.test(before)) continue;
    const stop = /^\s*[.。;；]?/.exec(text.slice(end))?.[0] ?? '';
    if (!/[.。;；]/.test(stop) && !NEXT_SENTENCE.test(text.slice(end + stop.length).trimStart())) continue;
    cuts.push([start, end + stop.length]);
  }
  let out = text;
  for (const [start, end] of cuts.reverse()) out = `${out.slice(0, start)}${out.slice(end)}`;
  return cuts.length ? out.replace(/ {2,}/g, ' ').trim() : text;
}

/** The text with a stop after each block that does not end its sentence ("…Carry Water” Award. Istio at…"), anchors moved to match. */
function withSentenceStops(text: string, anchors: readonly Anchor[], joins: readonly number[], lang: Lang): { text: string; anchors: Anchor[] } {
  let out = text;
  let moved = [...anchors];
  for (const at of [...joins].sort((a, b) => b - a)) {
    const stop = sentenceStop(out.slice(0, at), lang);
    if (!stop) continue;
    const end = out.slice(0, at).trimEnd().length;
    out = `${out.slice(0, end)}${stop}${out.slice(end)}`;
    moved = moved.map((anchor) => (anchor.start >= end ? { ...anchor, start: anchor.start + stop.length, end: anchor.end + stop.length } : anchor));
  }
  return { text: out, anchors: moved };
}

/** A post's passages as the index stores them: blocks ended, link labels left out, a list's lead-in before its items. */
export function publishedPassages(post: ParsedPost): ParsedPassage[] {
  return post.passages.map(({ passage, anchors, leadIn, joins }) => {
    const stopped = withSentenceStops(passage.text, anchors, joins ?? [], passage.lang);
    const text = withoutLinkLabels(stopped.text, stopped.anchors);
    return { ...passage, text: leadIn ? `${leadIn} ${text}` : text };
  });
}
