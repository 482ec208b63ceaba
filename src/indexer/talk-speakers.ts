/**
 * Ties the people a sentence names to the talks it names, by where the names stand: "from X and Y",
 * "led by X", "X talked about", "由 X 主持", "[A], [B] and [C] from X, Y and Z respectively". When the
 * text does not tie a name to a title, the talk has no speaker: a wrong speaker is worse than none.
 */
import type { Person } from '../model/index.js';
import { findMentions, organisationAt, type Mention } from './names.js';
import type { Anchor } from './types.js';

/** A stretch of passage text that names one talk. */
export interface Span {
  start: number;
  end: number;
  title: string;
  video: string | null;
  /** The talk's own deck (not the event's). */
  slides: string | null;
  /** The title is an item of a list of sessions, so its text is the talk's real title (not a description). */
  standalone: boolean;
  speakers: string[];
  organisations: string[];
  /** The speakers with the organisation the text gives each. */
  people: Person[];
  /** The talk's own schedule page (its sched session). */
  schedule: string | null;
  /** The talk line's note on its format ("lightning talk"), or null; only our own talk lines write one. */
  format?: string | null;
  /** Speakers and organisations came from our own content format and need no guessing. */
  fixed: boolean;
}

const EN_AFTER_CUE =
  /^[\s,]*(?:(?:and|who|which)\s+)?(?:from|by|led by|presented by|hosted by|delivered by|given by|with|featuring|where|in which|as)\s+(?:(?:the|our|its|their|two|three|four|TOC|CNCF|Istio|Kiali|Envoy|project|members?|maintainers?|contributors?|chairs?|leads?|speakers?|engineers?|co-chairs?|steering|committee)\s+){0,3}$/i;
const ZH_AFTER_CUE = /^[^。！？]{0,12}?由\s*(?:来自\s*)?$/;
const ZH_AFTER_VERB = /^\s*(?:主持|主讲|带来|发表|介绍|分享|领衔)/;
const APPOSITION = /^\s*,?\s*$/;
const APPOSITION_END = /^\s*(?:[,.;]|(?:was|were|is|are)\b)/;
const INSIDE_CUE = /(?:\b(?:by|from)\s+(?:(?:the|our)\s+)?|来自\s*)$/;
/** "X 和 Y 的最终用户演讲": a title that is only "someone's talk" names its speakers. */
const ZH_TALK_NOUN = /(?:演讲|致辞|分享|报告|议题|研讨会|讨论)$/;
const INSIDE_ORG = /\b(?:talk|session|keynote|demo|presentation|panel|workshop)\s+(?:from|by)\s+/i;
const AFTER_ORG = /^\s*,?\s*from\s+/;
const ZH_ORG_BEFORE = /来自\s*([A-Za-z][\w.&-]*(?:\s[A-Z][\w.&-]*){0,2})\s*的\s*$/;
const RESPECTIVELY = /\brespectively\b|分别/;
const LIST_JOIN = /^\s*(?:,|、|，|and|和|及|,\s*and)?\s*$/;

/** Runs of two or more titles joined only by list separators ("[A], [B] and [C]"). */
function coordinated(text: string, talks: Span[]): Span[][] {
  const groups: Span[][] = [];
  let group: Span[] = [];
  for (const span of talks) {
    const previous = group.at(-1);
    if (previous && LIST_JOIN.test(text.slice(previous.end, span.start))) group.push(span);
    else {
      if (group.length > 1) groups.push(group);
      group = [span];
    }
  }
  if (group.length > 1) groups.push(group);
  return groups;
}

/** Ties the people a sentence names to the talks it names, by where the names stand. */
export function assignSpeakers(text: string, lang: 'en' | 'zh', range: [number, number], spans: Span[], anchors: Anchor[]): void {
  const [from, to] = range;
  const talks = spans.filter((span) => span.start >= from && span.start < to && !span.fixed);
  if (talks.length === 0) return;
  const blocked = [...anchors.map((anchor) => [anchor.start, anchor.end] as const), ...talks.map((span) => [span.start, span.end] as const)].sort(
    (a, b) => a[0] - b[0],
  );
  const outside: Mention[] = [];
  let at = from;
  for (const [start, end] of blocked) {
    if (end <= at || start >= to) continue;
    if (start > at) outside.push(...findMentions(text, at, start));
    at = Math.max(at, end);
  }
  if (at < to) outside.push(...findMentions(text, at, to));
  const claimed = new Set<Mention>();
  const give = (span: Span, mention: Mention): void => {
    span.speakers.push(...mention.people);
    span.organisations.push(...mention.organisations);
    span.people.push(...mention.persons);
    claimed.add(mention);
  };
  const sentence = text.slice(from, to);

  // "[A], [B] and [C] from X, Y and Z respectively": one name per title, in order. Titles listed
  // together never take a neighbouring name otherwise: nothing says which of them it belongs to.
  const listed = new Set<Span>();
  for (const group of coordinated(text, talks)) {
    group.forEach((span) => listed.add(span));
    const first = group[0];
    const last = group.at(-1);
    if (!first || !last || !RESPECTIVELY.test(sentence)) continue;
    const list = outside.find(
      (mention) => mention.people.length === group.length && !claimed.has(mention) && (mention.end <= first.start || mention.start >= last.end),
    );
    if (!list) continue;
    group.forEach((span, i) => {
      span.speakers.push(list.people[i] ?? '');
      span.people.push({ name: list.people[i] ?? '', organisation: null });
    });
    claimed.add(list);
  }

  for (const span of talks) {
    if (span.speakers.length > 0) continue;
    const inner = text.slice(span.start, span.end);
    for (const mention of findMentions(text, span.start, span.end)) {
      const ownedTalk = lang === 'zh' && /^\s*的/.test(text.slice(mention.end, span.end)) && ZH_TALK_NOUN.test(inner);
      if (INSIDE_CUE.test(text.slice(span.start, mention.start)) || ownedTalk) {
        span.speakers.push(...mention.people);
        span.organisations.push(...mention.organisations);
        span.people.push(...mention.persons);
      }
    }
    const insideOrg = INSIDE_ORG.exec(inner);
    if (insideOrg) {
      const org = organisationAt(text, span.start + insideOrg.index + insideOrg[0].length, span.end);
      if (org) span.organisations.push(org);
    }
  }

  talks.forEach((span, i) => {
    const next = talks[i + 1]?.start ?? to;
    if (listed.has(span)) return;
    const mention = outside.find((candidate) => !claimed.has(candidate) && candidate.start >= span.end && candidate.start < next);
    if (mention) {
      const gap = text.slice(span.end, mention.start);
      const rest = text.slice(mention.end, mention.end + 8);
      const tied =
        lang === 'zh'
          ? ZH_AFTER_CUE.test(gap) && ZH_AFTER_VERB.test(rest)
          : EN_AFTER_CUE.test(gap) || (APPOSITION.test(gap) && APPOSITION_END.test(rest));
      if (tied && span.speakers.length === 0) give(span, mention);
    }
    const after = text.slice(span.end, Math.min(next, span.end + 40));
    const fromOrg = AFTER_ORG.exec(after);
    if (fromOrg) {
      const org = organisationAt(text, span.end + fromOrg[0].length, next);
      if (org) span.organisations.push(org);
    }
    const zhOrg = lang === 'zh' ? ZH_ORG_BEFORE.exec(text.slice(Math.max(from, span.start - 40), span.start)) : null;
    if (zhOrg?.[1]) span.organisations.push(zhOrg[1]);
  });

  const maxGap = lang === 'zh' ? 40 : 80;
  talks.forEach((span, i) => {
    if (span.speakers.length > 0 || listed.has(span)) return;
    const previous = talks[i - 1]?.end ?? from;
    const mention = outside.filter((candidate) => candidate.end <= span.start && candidate.start >= previous).at(-1);
    if (!mention || claimed.has(mention)) return;
    if (span.start - mention.end <= maxGap) give(span, mention);
  });

  if (lang === 'zh' && talks.length === 1) {
    const [span] = talks;
    if (span?.speakers.length === 0 && !listed.has(span)) {
      for (const mention of outside) if (!claimed.has(mention) && mention.start >= span.end) give(span, mention);
    }
  }
}

