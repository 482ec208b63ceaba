/**
 * The talks a post names. A talk is a title that a post links to a recording or to a schedule page
 * (or quotes right after "talk", "keynote", "演讲"…), or a line of our own content format
 * (`Title, by A (Org) and B (Org). [▶ Video](…) · [Slides](…).`). Speakers come from the words around
 * the title ("from X and Y", "led by X", "X talked about", "由 X 主持"); when the text does not tie a
 * name to a title, the talk has no speaker, because a wrong speaker is worse than none.
 */
import type { Talk } from '../model/index.js';
import { findMentions, organisationAt, type Mention } from './names.js';
import { readTalkLines, TALK_HEADING } from './talk-lines.js';
import { PENDING_LINK } from './blocks.js';
import { LINK_LABEL, youtubeId } from '../domain/index.js';
import { normalizeVideoUrl, talkLinkKind } from './talk-links.js';
import type { Anchor, ParsedPost, PassageDraft } from './types.js';

/** A stretch of passage text that names one talk. */
interface Span {
  start: number;
  end: number;
  title: string;
  video: string | null;
  /** The talk's own schedule page or deck (not the event's). */
  slides: string | null;
  /** The title is an item of a list of sessions, so its text is the talk's real title (not a description). */
  standalone: boolean;
  speakers: string[];
  organisations: string[];
  /** Speakers and organisations came from our own content format and need no guessing. */
  fixed: boolean;
}

/** Anchor texts that say "a talk" without naming it. */
const GENERIC_TEXT =
  /^(?:(?:the|a|an|this|that|his|her|their|our)\s+)?(?:talk|session|presentation|keynote|video|recording|here|link|this link|website|演讲|视频|链接|这里|此处|会议|议题)$/i;
/** Words before (or after) a quotation that make it a talk's title. */
const QUOTE_CUE_BEFORE = /(?:\b(?:talk|keynote|session|presentation|panel|workshop|demo)\b|演讲|主题为|议题|报告)[^.!?。！？"“”]{0,60}$/i;
const QUOTE_CUE_AFTER = /^\s*(?:的)?\s*(?:演讲|主题演讲|议题|报告)/;
const QUOTE = /["“「]([^"“”「」\n]{6,140})["”」]/g;

/** 《title》 speaker-organisation, as a list of slide decks writes it. */
const DECK_LABEL = /《([^》]+)》\s*(?:(\p{Script=Han}{2,4}|\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+){1,3})\s*[-–—:：]\s*(.*))?/u;
const JOB_TITLE = /工程师|专家|经理|架构师|engineer|manager|architect/i;
/** A title says something: two words, or three Han characters. "Intuit" alone is a company, not a talk. */
const NAMES_SOMETHING = /[\p{L}\p{N}]+[\s-]+[\p{L}\p{N}]|\p{Script=Han}.*\p{Script=Han}.*\p{Script=Han}/u;

function cleanTitle(raw: string): string {
  return raw
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^["“「](.*)["”」]$/s, '$1')
    .replace(/^(?:on|about|titled|就|关于)\s+/i, '')
    .replace(/[\s,;:，；：、]+$/, '')
    .trim();
}

function unique(values: string[]): string[] {
  return [...new Set(values.filter(Boolean))];
}

/**
 * Titles that follow each other with nothing but spaces between them (a list flattened into one
 * passage), or that follow a colon, are items of a list of sessions: their text is a real title.
 */
function markListRuns(text: string, spans: Span[]): void {
  spans.forEach((span, i) => {
    const previous = spans[i - 1];
    const next = spans[i + 1];
    const joined = (a: Span | undefined, b: Span | undefined): boolean => !!a && !!b && /^\s*$/.test(text.slice(a.end, b.start));
    if (joined(previous, span) || joined(span, next) || /[:：]\s*$/.test(text.slice(0, span.start))) span.standalone = true;
  });
}

/** A talk link with its own title: a recording, a session page, or a deck whose text is a 《title》. */
function linkSpan(anchor: Anchor): Span | null {
  // A title whose recording is "to be added" is still a talk, with no link yet.
  const kind = anchor.url === PENDING_LINK ? 'pending' : talkLinkKind(anchor.url);
  if (!kind) return null;
  const deck = kind === 'slides' ? DECK_LABEL.exec(anchor.text) : null;
  // A bare PDF link is a report or a paper; a deck names its talk as 《title》 speaker-organisation.
  if (kind === 'slides' && !deck) return null;
  const title = cleanTitle(deck?.[1] ?? anchor.text);
  if (!title || GENERIC_TEXT.test(title) || !NAMES_SOMETHING.test(title)) return null;
  const organisation = deck?.[3]?.trim();
  return {
    start: anchor.start,
    end: anchor.end,
    title,
    video: kind === 'video' ? normalizeVideoUrl(anchor.url) : null,
    slides: kind === 'sched' || kind === 'slides' ? anchor.url : null,
    standalone: false,
    speakers: deck?.[2] ? [deck[2]] : [],
    organisations: organisation && !JOB_TITLE.test(organisation) ? [organisation] : [],
    fixed: deck !== null,
  };
}

/** Titles in quotation marks right after (or before) a word such as "talk" or "演讲". */
function quotedSpans(text: string, anchors: Anchor[]): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(QUOTE)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    if (anchors.some((anchor) => anchor.start < end && start < anchor.end)) continue;
    const before = text.slice(Math.max(0, start - 80), start);
    const after = text.slice(end, end + 8);
    if (!QUOTE_CUE_BEFORE.test(before) && !QUOTE_CUE_AFTER.test(after)) continue;
    const title = cleanTitle(match[1] ?? '');
    if (!/[\p{Lu}\p{Script=Han}]/u.test(title) || !/\s|\p{Script=Han}/u.test(title)) continue;
    spans.push({ start, end, title, video: null, slides: null, standalone: false, speakers: [], organisations: [], fixed: false });
  }
  return spans;
}

/**
 * [start, end) of the sentences of `text`. Two titles with only spaces between them are items of a
 * flattened list, and each item is a sentence of its own.
 */
function sentences(text: string, spans: Span[], anchors: Anchor[]): Array<[number, number]> {
  const covered = (at: number): boolean =>
    anchors.some((anchor) => anchor.start <= at && at < anchor.end) || spans.some((span) => span.start <= at && at < span.end);
  const cuts = new Set<number>();
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i] ?? '';
    const next = text[i + 1];
    if (covered(i)) continue;
    if ('。！？；：'.includes(char) || ('.!?;:'.includes(char) && (next === undefined || /\s/.test(next)))) cuts.add(i + 1);
  }
  const ordered = [...spans].sort((a, b) => a.start - b.start);
  ordered.forEach((span, i) => {
    const next = ordered[i + 1];
    if (next && /^\s*$/.test(text.slice(span.end, next.start))) cuts.add(next.start);
  });
  const bounds: Array<[number, number]> = [];
  let start = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    if (cut > start) bounds.push([start, cut]);
    start = Math.max(start, cut);
  }
  if (start < text.length) bounds.push([start, text.length]);
  return bounds;
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
function assignSpeakers(text: string, lang: 'en' | 'zh', range: [number, number], spans: Span[], anchors: Anchor[]): void {
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
    group.forEach((span, i) => span.speakers.push(list.people[i] ?? ''));
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
      }
    }
    const insideOrg = INSIDE_ORG.exec(inner);
    if (insideOrg) {
      const org = organisationAt(text, span.start + (insideOrg.index ?? 0) + insideOrg[0].length, span.end);
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
    if (span && span.speakers.length === 0 && !listed.has(span)) {
      for (const mention of outside) if (!claimed.has(mention) && mention.start >= span.end) give(span, mention);
    }
  }
}

function spansOf(draft: PassageDraft): Span[] {
  const { text, headings } = draft.passage;
  const spans: Span[] = [];
  for (const anchor of draft.anchors) {
    if (LINK_LABEL.test(anchor.text.trim())) continue;
    const span = linkSpan(anchor);
    if (span) spans.push(span);
  }
  markListRuns(text, spans);
  const underTalkHeading = headings.some((heading) => TALK_HEADING.test(heading.trim()));
  for (const line of readTalkLines(text, draft.anchors, underTalkHeading)) {
    spans.push({ ...line, standalone: true, fixed: true });
  }
  const quoted = quotedSpans(text, draft.anchors);
  const ranges = sentences(text, [...spans, ...quoted], draft.anchors);
  const inSentence = (span: Span, [from, to]: [number, number]): boolean => span.start >= from && span.start < to;
  // A quotation beside a linked title usually names the same talk again ("[session](…) on “…”").
  const kept = quoted.filter((quote) => !ranges.some((range) => inSentence(quote, range) && spans.some((span) => inSentence(span, range))));
  const all = [...spans, ...kept].sort((a, b) => a.start - b.start);
  for (const range of ranges) assignSpeakers(text, draft.passage.lang, range, all, draft.anchors);
  return all;
}

/** The key under which two mentions of one talk in a post meet: its video, its session page, else its title. */
function talkKey(talk: Talk): string {
  const video = talk.video ? youtubeId(talk.video) : null;
  if (video) return `v:${video}`;
  if (talk.slides) return `s:${talk.slides.replace(/\/+$/, '')}`;
  return `t:${talk.title.toLowerCase()}`;
}

/** Every talk the post names, in order, each once (a talk named twice keeps its first mention, completed by the others). */
export function extractTalks(post: ParsedPost): Talk[] {
  const byKey = new Map<string, { talk: Talk; standalone: boolean }>();
  for (const draft of post.passages) {
    const { passage } = draft;
    spansOf(draft).forEach((span, i) => {
      const talk: Talk = {
        id: `${passage.id}/t${i + 1}`,
        title: span.title,
        titles: { [passage.lang]: span.title },
        speakers: unique(span.speakers),
        organisations: unique(span.organisations).filter((org) => !span.speakers.includes(org)),
        people: [],
        event: post.meta.event,
        eventId: null,
        date: post.meta.date,
        video: span.video,
        slides: span.slides ?? post.eventSlides,
        schedule: null,
        url: passage.url,
        passageId: passage.id,
        lang: passage.lang,
      };
      const key = talkKey({ ...talk, slides: span.slides });
      const seen = byKey.get(key);
      if (!seen) {
        byKey.set(key, { talk, standalone: span.standalone });
        return;
      }
      if (span.standalone && !seen.standalone) {
        seen.talk.title = talk.title;
        seen.standalone = true;
      }
      if (seen.talk.speakers.length === 0) seen.talk.speakers = talk.speakers;
      seen.talk.organisations = unique([...seen.talk.organisations, ...talk.organisations]);
      seen.talk.video ??= talk.video;
      if (span.slides && seen.talk.slides === post.eventSlides) seen.talk.slides = span.slides;
    });
  }
  // Which organisation is whose is not known yet: names only.
  return [...byKey.values()].map(({ talk }) => ({ ...talk, titles: { [talk.lang]: talk.title }, people: talk.speakers.map((name) => ({ name, organisation: null })) }));
}
