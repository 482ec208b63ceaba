/**
 * The talks a post names. A talk is a title that a post links to a recording or to a schedule page
 * (or quotes right after "talk", "keynote", "演讲"…), or a line of our own content format
 * (`Title, by A (Org) and B (Org). [▶ Video](…) · [Slides](…).`). Speakers come from the words around
 * the title ("from X and Y", "led by X", "X talked about", "由 X 主持"); when the text does not tie a
 * name to a title, the talk has no speaker, because a wrong speaker is worse than none.
 */
import type { Person, Talk } from '../model/index.js';
import { assignSpeakers, type Span } from './talk-speakers.js';
import { readTalkLines, TALK_HEADING } from './talk-lines.js';
import { PENDING_LINK } from './blocks.js';
import { LINK_LABEL, mergedFormat, youtubeId } from '../domain/index.js';
import { normalizeVideoUrl, talkLinkKind } from './talk-links.js';
import type { TalkSpan } from './talk-events.js';
import type { Anchor, ParsedPost, PassageDraft } from './types.js';

/** Anchor texts that say "a talk" without naming it. */
const GENERIC_TEXT =
  /^(?:(?:the|a|an|this|that|his|her|their|our)\s+)?(?:talk|session|presentation|keynote|video|recording|here|link|this link|website|演讲|视频|链接|这里|此处|会议|议题)$/i;
/**
 * Link words that say the video is a film of something, not a talk: "video of contributors congratulating Istio",
 * "一段……的视频". A talk's recording is linked by its title.
 */
const FILM_TEXT = /^(?:(?:the|a|an|this|that|our)\s+)?(?:(?:short|small)\s+)?(?:video|film|clip)s?\s+(?:of|from|showing)\s|^一段.{0,60}视频$|的(?:视频|短片)$/iu;
/**
 * Link words that say where a talk will be, not which talk it is: only link labels ("YouTube link",
 * "recording", "视频链接"), or a description that starts like a sentence ("the much awaited talk
 * from Microsoft about…", "a talk about…"), a title's capital missing.
 */
const PLACEHOLDER_TITLE =
  /^(?:(?:youtube|video|videos|recording|recordings|slides?|deck|link|links|here|playlist|to be added|coming soon|tbd|tba|视频|链接|录像|回放|幻灯片|待添加)[\s/&+,.:-]*)+$|^(?:the|a|an|this|that|his|her|their|our|its)\s/u;

/**
 * Whether a talk is only a placeholder: no link at all (its recording "to be added", and no copy in
 * the other language gave one) and a title that only says where the talk will be. Such a talk is
 * told by the passage; as a talk it would be listed beside its real copy with its link words as a title.
 */
export function isPlaceholder(talk: Pick<Talk, 'title' | 'video' | 'slides' | 'schedule'>): boolean {
  return !talk.video && !talk.slides && !talk.schedule && PLACEHOLDER_TITLE.test(talk.title);
}

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
 * Titles that follow each other with nothing but spaces or a full stop between them (a list
 * flattened into one passage, each item ended), or that follow a colon, are items of a list of
 * sessions: their text is a real title.
 */
function markListRuns(text: string, spans: Span[]): void {
  spans.forEach((span, i) => {
    const previous = spans[i - 1];
    const next = spans[i + 1];
    const joined = (a: Span | undefined, b: Span | undefined): boolean => !!a && !!b && /^[.。]?\s*$/.test(text.slice(a.end, b.start));
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
  if (!title || GENERIC_TEXT.test(title) || FILM_TEXT.test(title) || !NAMES_SOMETHING.test(title)) return null;
  const organisation = deck?.[3]?.trim();
  return {
    start: anchor.start,
    end: anchor.end,
    title,
    video: kind === 'video' ? normalizeVideoUrl(anchor.url) : null,
    slides: kind === 'slides' ? anchor.url : null,
    schedule: kind === 'sched' ? anchor.url : null,
    standalone: false,
    speakers: deck?.[2] ? [deck[2]] : [],
    organisations: organisation && !JOB_TITLE.test(organisation) ? [organisation] : [],
    people: deck?.[2] ? [{ name: deck[2], organisation: organisation && !JOB_TITLE.test(organisation) ? organisation : null }] : [],
    fixed: deck !== null,
  };
}

/** Titles in quotation marks right after (or before) a word such as "talk" or "演讲". */
function quotedSpans(text: string, anchors: Anchor[]): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(QUOTE)) {
    const start = match.index;
    const end = start + match[0].length;
    if (anchors.some((anchor) => anchor.start < end && start < anchor.end)) continue;
    const before = text.slice(Math.max(0, start - 80), start);
    const after = text.slice(end, end + 8);
    if (!QUOTE_CUE_BEFORE.test(before) && !QUOTE_CUE_AFTER.test(after)) continue;
    const title = cleanTitle(match[1] ?? '');
    if (!/[\p{Lu}\p{Script=Han}]/u.test(title) || !/\s|\p{Script=Han}/u.test(title)) continue;
    spans.push({ start, end, title, video: null, slides: null, schedule: null, standalone: false, speakers: [], organisations: [], people: [], fixed: false });
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
  for (const line of readTalkLines(text, draft.anchors, underTalkHeading, draft.joins)) {
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

/** The key under which two mentions of one talk meet: its video, its session page, else its title. */
export function talkKey(talk: Pick<Talk, 'video' | 'schedule' | 'title'>): string {
  const video = talk.video ? youtubeId(talk.video) : null;
  if (video) return `v:${video}`;
  if (talk.schedule) return `s:${talk.schedule.replace(/[?#].*$/, '').replace(/\/+$/, '')}`;
  return `t:${talk.title.toLowerCase()}`;
}

/** Each speaker once, with their own organisation; a lone speaker takes the talk's one organisation. */
function peopleOf(span: Span): Person[] {
  const byName = new Map<string, Person>();
  for (const person of span.people) {
    const seen = byName.get(person.name);
    if (!seen) byName.set(person.name, { ...person });
    else seen.organisation ??= person.organisation;
  }
  for (const name of span.speakers) if (name && !byName.has(name)) byName.set(name, { name, organisation: null });
  const people = [...byName.values()].filter((person) => person.name);
  const organisations = unique(span.organisations).filter((org) => !span.speakers.includes(org));
  const [only] = people;
  if (people.length === 1 && only?.organisation === null && organisations.length === 1) only.organisation = organisations[0] ?? null;
  return people;
}

/** Where a talk was given (the event's name, or null), from its place among the talks of its passage. */
export type EventOfTalk = (draft: PassageDraft, span: TalkSpan, spans: readonly TalkSpan[]) => string | null;

/**
 * Every talk the post names, in order, each once (a talk named twice keeps its first mention,
 * completed by the others). `eventOf` says where each was given; `eventId` and `date` are filled
 * in once the events are known.
 */
export function extractTalks(post: ParsedPost, eventOf: EventOfTalk = () => post.meta.event): Talk[] {
  const byKey = new Map<string, { talk: Talk; standalone: boolean }>();
  for (const draft of post.passages) {
    const { passage } = draft;
    const spans = spansOf(draft);
    spans.forEach((span, i) => {
      const people = peopleOf(span);
      const talk: Talk = {
        id: `${passage.id}/t${i + 1}`,
        title: span.title,
        titles: { [passage.lang]: span.title },
        speakers: people.map((person) => person.name),
        organisations: unique([...people.map((person) => person.organisation ?? ''), ...span.organisations]).filter(
          (org) => !span.speakers.includes(org),
        ),
        people,
        format: span.format ?? null,
        event: eventOf(draft, span, spans),
        eventId: null,
        date: null,
        video: span.video,
        slides: span.slides,
        schedule: span.schedule,
        url: passage.url,
        urls: { [passage.lang]: passage.url },
        passageId: passage.id,
        lang: passage.lang,
      };
      const key = talkKey(talk);
      const seen = byKey.get(key);
      if (!seen) {
        byKey.set(key, { talk, standalone: span.standalone });
        return;
      }
      if (span.standalone && !seen.standalone) {
        seen.talk.title = talk.title;
        seen.talk.titles = talk.titles;
        seen.standalone = true;
      }
      if (seen.talk.speakers.length === 0) {
        seen.talk.speakers = talk.speakers;
        seen.talk.people = talk.people;
      }
      seen.talk.organisations = unique([...seen.talk.organisations, ...talk.organisations]);
      seen.talk.video ??= talk.video;
      seen.talk.slides ??= talk.slides;
      seen.talk.schedule ??= talk.schedule;
      seen.talk.format = mergedFormat(seen.talk.format, talk.format);
    });
  }
  for (const { talk, standalone } of byKey.values()) if (standalone) listed.add(talk);
  return [...byKey.values()].map(({ talk }) => talk);
}

/** Talks whose title is an item of a list of sessions or a talk line, not a link's words in a sentence. */
const listed = new WeakSet<Talk>();

/** Whether the talk's title is its real title (a list item or a talk line), not words of a sentence ("a 2023 roadmap update session"). */
export function isListed(talk: Talk): boolean {
  return listed.has(talk);
}
