/**
 * Links found only in the other language's copy of a post, added to the passage that tells the same
 * part of the post: the zh copy of a recap links a talk's recording where the en copy still says
 * "link to be added". Only where the two copies align with certainty:
 * - the same landmarks in the same order (headings, images, embedded videos by id), and
 *   between two landmarks the same blocks (paragraphs, list items, captions) of the same kinds;
 * - a block's missing link goes to the passage holding the block, or, when the block is cut into
 *   several passages, to the one holding the link at the same position (both blocks give as many
 *   links, and every link both give is the same);
 * - where the blocks between two landmarks differ (a list in one copy, a paragraph in the other),
 *   a link goes to the passage holding the link at the same position in that stretch, when both
 *   give as many links there and wherever both give a link of one kind it is the same link;
 * - never where the block already gives another link of that kind (two schedule pages for one talk
 *   means one is wrong), and only talk links (videos, slides, schedules): other links are
 *   often a page in the copy's own language.
 * A link "to be added" whose position the other copy fills is filled in before talks are read
 * (`withTranslatedPendingLinks`), so that the talk it names gets its recording and meets its translation.
 */
import { addLink } from '../domain/index.js';
import type { Lang, Links, ParsedPassage } from '../model/index.js';
import type { Outline } from './blocks.js';
import type { ParsedPost } from './types.js';

const TALK_KINDS = ['videos', 'slides', 'schedule'] as const satisfies ReadonlyArray<keyof Links>;
type TalkKind = (typeof TALK_KINDS)[number];

/** A link of a unit, in reading order: its URL ('' while the post has not filled it in), the passage holding it and its anchor there. */
interface Held {
  url: string;
  draft: number;
  anchor: number | null;
}

/** A link one copy lacks: the passage (by index) it goes to, and the anchor "to be added" it fills, if any. */
interface Missing {
  draft: number;
  kind: TalkKind;
  url: string;
  anchor: number | null;
}

/** Per unit: its links in reading order, and the passages holding some of it. */
interface UnitPlace {
  links: Held[];
  drafts: Set<number>;
}

function placesOf(post: ParsedPost): Map<number, UnitPlace> {
  const places = new Map<number, UnitPlace>();
  post.passages.forEach((draft, index) => {
    for (const source of draft.sources ?? []) {
      const place = places.get(source.unit) ?? { links: [], drafts: new Set<number>() };
      place.drafts.add(index);
      place.links.push(...source.links.map((link) => ({ ...link, draft: index })));
      places.set(source.unit, place);
    }
  });
  return places;
}

/**
 * The pairs of units (of `a`, of `b`) that tell the same block, and the stretches between two
 * landmarks whose blocks differ (a list in one copy, a paragraph in the other): none when the outlines differ.
 */
function alignUnits(a: Outline, b: Outline): { pairs: Array<[number, number]>; stretches: Array<[number[], number[]]> } {
  const pairs: Array<[number, number]> = [];
  const stretches: Array<[number[], number[]]> = [];
  if (a.landmarks.length !== b.landmarks.length || a.landmarks.some((landmark, i) => landmark !== b.landmarks[i])) return { pairs, stretches };
  for (let segment = 0; segment <= a.landmarks.length; segment += 1) {
    const ours = unitsOf(a, segment);
    const theirs = unitsOf(b, segment);
    if (ours.length !== theirs.length || ours.some((unit, i) => a.units[unit]?.kind !== b.units[theirs[i] as number]?.kind)) stretches.push([ours, theirs]);
    else ours.forEach((unit, i) => pairs.push([unit, theirs[i] as number]));
  }
  return { pairs, stretches };
}

function unitsOf(outline: Outline, segment: number): number[] {
  return outline.units.flatMap((unit, index) => (unit.segment === segment ? [index] : []));
}

/** The talk kind a post's passage files a link under, or null for any other link. */
function kindIn(post: ParsedPost, held: Held): TalkKind | null {
  const links = post.passages[held.draft]?.passage.links;
  return TALK_KINDS.find((kind) => links?.[kind].includes(held.url)) ?? null;
}

/** Where each link of `from` missing from `to` goes in `to`. */
function missingLinks(to: ParsedPost, from: ParsedPost): Missing[] {
  if (!to.outline || !from.outline) return [];
  const known = new Set(to.passages.flatMap(({ passage }) => [...passage.links.videos, ...passage.links.slides, ...passage.links.schedule, ...passage.links.other]));
  const ours = placesOf(to);
  const theirs = placesOf(from);
  const found: Missing[] = [];
  const { pairs, stretches } = alignUnits(to.outline, from.outline);
  for (const [unit, other] of pairs) {
    const place = ours.get(unit);
    const given = theirs.get(other)?.links ?? [];
    if (!place) continue;
    // Same count and every link both give the same: the links stand at the same positions.
    const agrees = (held: Held, i: number): boolean => {
      const at = place.links[i]?.url;
      return !held.url || !at || held.url === at;
    };
    const positional = given.length === place.links.length && given.every(agrees);
    // A link of a kind this block gives and the other copy does not: the copies disagree there.
    const shared = new Set(given.map((held) => held.url));
    const disputed = new Set(place.links.filter((held) => held.url && !shared.has(held.url)).map((held) => kindIn(to, held)));
    given.forEach((held, i) => {
      const kind = held.url && !known.has(held.url) ? kindIn(from, held) : null;
      if (!kind) return;
      if (positional) {
        const at = place.links[i];
        if (at && !at.url) found.push({ draft: at.draft, kind, url: held.url, anchor: at.anchor });
      } else if (place.drafts.size === 1 && !disputed.has(kind)) {
        found.push({ draft: [...place.drafts][0] as number, kind, url: held.url, anchor: null });
      }
    });
  }
  for (const [mine, given] of stretches) found.push(...byPosition(to, from, mine.flatMap((unit) => ours.get(unit)?.links ?? []), given.flatMap((unit) => theirs.get(unit)?.links ?? []), known));
  return found;
}

/**
 * The links of a stretch whose blocks differ in the two copies, matched by their order in it: only
 * when both copies give as many links there, and wherever both give a link of the same kind it is
 * the same link. A talk's schedule page in one copy then stands beside its recording in the other.
 */
function byPosition(to: ParsedPost, from: ParsedPost, mine: readonly Held[], given: readonly Held[], known: ReadonlySet<string>): Missing[] {
  if (mine.length === 0 || mine.length !== given.length) return [];
  const kinds = given.map((held, i) => [kindIn(to, mine[i] as Held), kindIn(from, held)] as const);
  const agree = given.every((held, i) => {
    const [ours, theirs] = kinds[i] ?? [null, null];
    return (mine[i] as Held).url === held.url || !held.url || !(mine[i] as Held).url || (ours !== null && theirs !== null && ours !== theirs);
  });
  if (!agree) return [];
  return given.flatMap((held, i) => {
    const at = mine[i] as Held;
    const kind = kinds[i]?.[1] ?? null;
    if (!kind || !held.url || known.has(held.url)) return [];
    return [{ draft: at.draft, kind, url: held.url, anchor: at.url ? null : at.anchor }];
  });
}

/** The posts of each translation group, by language, for groups told in both. */
function translatedPairs(posts: readonly ParsedPost[]): Array<Record<Lang, ParsedPost>> {
  const groups = new Map<string, ParsedPost[]>();
  for (const post of posts) groups.set(post.meta.translationKey, [...(groups.get(post.meta.translationKey) ?? []), post]);
  const pairs: Array<Record<Lang, ParsedPost>> = [];
  for (const group of groups.values()) {
    const en = group.filter((post) => post.meta.lang === 'en');
    const zh = group.filter((post) => post.meta.lang === 'zh');
    if (en.length === 1 && zh.length === 1) pairs.push({ en: en[0] as ParsedPost, zh: zh[0] as ParsedPost });
  }
  return pairs;
}

/** Each post's missing links, from the other language's copy. */
function allMissing(posts: readonly ParsedPost[]): Array<{ post: ParsedPost; missing: Missing[] }> {
  return translatedPairs(posts).flatMap((pair) => [
    { post: pair.en, missing: missingLinks(pair.en, pair.zh) },
    { post: pair.zh, missing: missingLinks(pair.zh, pair.en) },
  ]);
}

/**
 * The posts with each link "to be added" that the other copy fills at the same position filled in:
 * its anchor, its unit's links and its passage's links. Drafts left alone are the same objects.
 */
export function withTranslatedPendingLinks(posts: readonly ParsedPost[]): ParsedPost[] {
  const fills = new Map<ParsedPost, Map<number, Missing[]>>();
  for (const { post, missing } of allMissing(posts)) {
    const byDraft = new Map<number, Missing[]>();
    for (const link of missing) if (link.anchor !== null) byDraft.set(link.draft, [...(byDraft.get(link.draft) ?? []), link]);
    if (byDraft.size) fills.set(post, byDraft);
  }
  return posts.map((post) => {
    const byDraft = fills.get(post);
    if (!byDraft) return post;
    const passages = post.passages.map((draft, index) => {
      const filled = byDraft.get(index);
      if (!filled) return draft;
      const urlAt = new Map(filled.map((link) => [link.anchor, link.url]));
      const links = structuredClone(draft.passage.links);
      for (const { kind, url } of filled) addLink(links, kind, url);
      return {
        ...draft,
        passage: { ...draft.passage, links },
        anchors: draft.anchors.map((anchor, i) => ({ ...anchor, url: urlAt.get(i) ?? anchor.url })),
        sources: draft.sources?.map((source) => ({ ...source, links: source.links.map((link) => ({ ...link, url: urlAt.get(link.anchor) ?? link.url })) })),
      };
    });
    return { ...post, passages };
  });
}

/** The passages with the links that only the other language's copy of their post gives. */
export function withTranslationLinks(passages: readonly ParsedPassage[], posts: readonly ParsedPost[]): ParsedPassage[] {
  const added = new Map<string, Array<{ kind: TalkKind; url: string }>>();
  for (const { post, missing } of allMissing(posts)) {
    for (const { draft, kind, url } of missing) {
      const id = post.passages[draft]?.passage.id;
      if (id) added.set(id, [...(added.get(id) ?? []), { kind, url }]);
    }
  }
  return passages.map((passage) => {
    const links = added.get(passage.id);
    if (!links) return passage;
    const merged = structuredClone(passage.links);
    for (const { kind, url } of links) addLink(merged, kind, url);
    return { ...passage, links: merged };
  });
}
