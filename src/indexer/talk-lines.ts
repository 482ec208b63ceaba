/**
 * Reads the talk lines of our own content format (content/README.md):
 *   `Title (lightning talk), by A (Org) and B (Org). [▶ Video](…) · [Slides](…) · [Schedule](…). Summary.`
 *   `标题（闪电演讲），由 A（组织）和 B（组织）主讲。[▶ 视频](…) · [幻灯片](…)。介绍。`
 * The indexer's plain text has lost the bold and the list bullets, and short items share a passage,
 * so an item is recognised by its shape: it starts a block (the passage, a list item) or follows a
 * full stop, and it is followed by labelled links, or (under a talks heading) it names its speakers.
 */
import { LINK_LABEL } from '../domain/index.js';
import { normalizeVideoUrl, talkLinkKind } from './talk-links.js';
import type { Person } from '../model/index.js';
import type { Anchor } from './types.js';

export interface TalkLine {
  /** [start, end) of the title and speakers in the text. */
  start: number;
  end: number;
  title: string;
  speakers: string[];
  organisations: string[];
  people: Person[];
  video: string | null;
  /** The line's slides link (a deck, or a link labelled Slides that is no schedule page), or null. */
  slides: string | null;
  /** The line's schedule link (a sched session), or null. */
  schedule: string | null;
  /** The note on the talk's format, as written ("lightning talk", "闪电演讲"), or null. */
  format: string | null;
}

const SLIDES_LABEL = /^(?:slides|slide deck|deck|幻灯片|演示文稿)$/i;

/** Section headings under which every list item is a talk line. */
export const TALK_HEADING = /^(?:talks|at kubecon|演讲|在 KubeCon 上)$/i;

const NOTE_EN = '(?:lightning talk|workshop|keynote|panel|tutorial|poster|demo)';
const NOTE_ZH = '(?:闪电演讲|研讨会|主题演讲|小组讨论|教程|海报|工作坊|演示)';
// Groups: the title, the format note, the speakers.
const HEAD_EN = new RegExp(`^(.{2,200}?)(?:\\s\\((${NOTE_EN})\\))?(?:,\\s+by\\s+(.{2,300}?))?\\.(?=\\s|$)`, 'is');
const HEAD_ZH = new RegExp(`^(.{2,200}?)(?:（(${NOTE_ZH})）)?(?:，\\s*由\\s*(.{2,300}?)\\s*(?:主讲|主持|带来|分享))?。`, 's');
const LINK_SEPARATOR = /^\s*[·•|]?\s*$/;
const SPEAKER = /^[\p{Lu}\p{Script=Han}][^\s]*(?:\s+[^\s]+){0,5}$/u;

/** Splits "A (Org), B and C (Org)" / "A（组织）、B 和 C（组织）": each speaker keeps their own organisation. */
export function parseSpeakerList(raw: string): { speakers: string[]; organisations: string[]; people: Person[] } {
  const speakers: string[] = [];
  const organisations: string[] = [];
  const people: Person[] = [];
  const item = /\s*([^,，、()（）]+?)\s*(?:[(（]([^()（）]+)[)）])?\s*(?:,\s*and\s+|,\s*|\s+and\s+|、|\s*和\s*|，|$)/gy;
  let match: RegExpExecArray | null;
  while (item.lastIndex < raw.length && (match = item.exec(raw)) !== null && match[0] !== '') {
    const name = match[1]?.trim();
    const org = match[2]?.trim();
    if (name) {
      speakers.push(name);
      people.push({ name, organisation: org || null });
    }
    if (org && !organisations.includes(org)) organisations.push(org);
  }
  return { speakers, organisations, people };
}

/** Where an item may start: the start of the text and of each block (`blocks`), and after every full stop. */
function itemStarts(text: string, anchors: Anchor[], blocks: readonly number[]): number[] {
  const starts = [0, ...blocks];
  for (const match of text.matchAll(/\.\s+|。\s*/g)) {
    const at = match.index + match[0].length;
    if (at < text.length && !anchors.some((anchor) => anchor.start < at && at < anchor.end)) starts.push(at);
  }
  return [...new Set(starts)].sort((a, b) => a - b);
}

/** The labelled links right after `from`, chained by " · ". */
function linksAfter(text: string, from: number, labelled: Anchor[]): Anchor[] {
  const chain: Anchor[] = [];
  let at = from;
  for (const anchor of labelled) {
    if (anchor.start < at) continue;
    if (!LINK_SEPARATOR.test(text.slice(at, anchor.start))) break;
    chain.push(anchor);
    at = anchor.end;
  }
  return chain;
}

/**
 * The talk lines of a passage. `underTalkHeading`: lines without links count when they name speakers.
 * `blocks`: where each block after the first starts (a list item after its lead-in "…sessions:").
 */
export function readTalkLines(text: string, anchors: Anchor[], underTalkHeading: boolean, blocks: readonly number[] = []): TalkLine[] {
  const labelled = anchors.filter((anchor) => LINK_LABEL.test(anchor.text.trim()) && talkLinkKind(anchor.url));
  if (labelled.length === 0 && !underTalkHeading) return [];
  const lines: TalkLine[] = [];
  let consumed = 0;
  for (const start of itemStarts(text, anchors, blocks)) {
    if (start < consumed) continue;
    const rest = text.slice(start);
    const head = HEAD_ZH.exec(rest) ?? HEAD_EN.exec(rest);
    if (!head?.[1] || anchors.some((anchor) => anchor.start >= start && anchor.start < start + head[0].length)) continue;
    const end = start + head[0].length;
    // A line is one block: a head running into the next block is a lead-in and its first item.
    if (blocks.some((at) => at > start && at < end)) continue;
    const links = linksAfter(text, end, labelled);
    const listed = head[3] ? parseSpeakerList(head[3]) : { speakers: [], organisations: [], people: [] };
    if (!listed.speakers.every((speaker) => SPEAKER.test(speaker))) continue;
    if (links.length === 0 && (!underTalkHeading || listed.speakers.length === 0)) continue;
    const video = links.find((anchor) => talkLinkKind(anchor.url) === 'video');
    const slides = links.find((anchor) => talkLinkKind(anchor.url) === 'slides' || (SLIDES_LABEL.test(anchor.text.trim()) && talkLinkKind(anchor.url) !== 'sched'));
    const schedule = links.find((anchor) => talkLinkKind(anchor.url) === 'sched');
    lines.push({
      start,
      end,
      title: head[1].trim(),
      speakers: listed.speakers,
      organisations: listed.organisations,
      people: listed.people,
      video: video ? normalizeVideoUrl(video.url) : null,
      slides: slides?.url ?? null,
      schedule: schedule?.url ?? null,
      format: head[2] ?? null,
    });
    consumed = links.at(-1)?.end ?? end;
  }
  return lines;
}
