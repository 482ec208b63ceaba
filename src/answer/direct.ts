/**
 * The direct answer line: one sentence built from the event knowledge, with the link it comes
 * from, in the question's language. The words here are a locale-neutral template table of facts
 * (dates, places, who gave a talk), not the bot's own text (`src/i18n`), which the query side never
 * imports. A line is only made from fields the knowledge holds: a missing date, city or source
 * link means no line, never a guess. The line of a "where" question names the venue with the city
 * when the posts name one ("6 November 2023, McCormick Place, Chicago"; "芝加哥麦考密克展览中心"), and says "online"
 * of an event held in no city.
 */
import { cityIn, cityInState, daysUntil, placeIn, spanOf, talkUrlIn, type Span } from '../domain/index.js';
import type { EventInfo, EventLinks, Lang, Talk } from '../model/index.js';
import { eventDates } from './event-dates.js';
import { ownLinks } from './own-links.js';
import type { DirectAnswer } from './types.js';

/** How a span's unit is said in Chinese. */
const ZH_UNITS: Record<Span['unit'], string> = { day: '天', month: '个月', year: '年' };

/** Link kinds a question can ask a talk for. */
type TalkLinkKind = 'video' | 'slides' | 'schedule';

/** Link kinds a question can ask an event for. */
export type EventLinkKind = keyof Pick<EventLinks, 'slides' | 'schedule' | 'recordings' | 'register' | 'cfp'>;

/** A Han character ending or starting a name: no space beside 和 there. */
const HAN_END = /\p{Script=Han}$/u;
const HAN_START = /^\p{Script=Han}/u;

const TEMPLATES = {
  en: {
    event: (name: string, when: string, where: string | null) => `${name}: ${when}${where ? `, ${where}` : ''}`,
    /** "McCormick Place, Chicago": the venue, then its city. */
    at: (venue: string, city: string) => `${venue}, ${city}`,
    online: 'online',
    days: (days: number) => (days === 0 ? 'today' : days === 1 ? 'tomorrow' : `in ${days} days`),
    next: (line: string, days: string) => `Next: ${line} (${days})`,
    none: (line: string) => `No upcoming event is announced; the latest: ${line}`,
    unheld: (name: string | null, year: number, line: string) => `No ${name ?? 'event'} in ${year} is announced; the latest: ${line}`,
    ago: (line: string, { count, unit }: Span) => `${line} (${count === 0 ? 'now on' : `${count} ${unit}${count === 1 ? '' : 's'} ago`})`,
    coming: (line: string, days: string) => `${line} (${days})`,
    link: { slides: 'Slides', schedule: 'Schedule', recordings: 'Recordings', register: 'Registration', cfp: 'Call for proposals', page: 'Event page' } as Record<EventLinkKind | 'page', string>,
    linked: (label: string, name: string) => `${label} of ${name}`,
    talk: (title: string, people: string, event: string | null) => `“${title}” was given by ${people}${event ? ` at ${event}` : ''}`,
    media: { video: 'Video', slides: 'Slides', schedule: 'Schedule' } as Record<TalkLinkKind, string>,
    ofTalk: (label: string, title: string, event: string | null) => `${label} of “${title}”${event ? ` (${event})` : ''}`,
    /** "Lin Sun", "Lin Sun and Louis Ryan", "A, B and C": people named as a sentence names them. */
    people: (names: readonly string[]) => (names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`),
    talks: (event: string, when: string | null, topic: string, by: string, count: number, titles: string) =>
      `Talks${by ? ` by ${by}` : ''}${topic ? ` on ${topic}` : ''} at ${event}${when ? `, ${when}` : ''} (${count}): ${titles}`,
    speakers: (event: string, topic: string, by: string, titles: string) => `Speakers${by ? ` from ${by}` : ''}${topic ? ` on ${topic}` : ''} at ${event}: ${titles}`,
    list: '; ',
    more: (count: number) => ` and ${count} more`,
    others: (event: string, count: number) => `${event} and ${count} other event${count > 1 ? 's' : ''}`,
    by: (title: string, people: string) => `${title} (${people})`,
  },
  zh: {
    event: (name: string, when: string, where: string | null) => `${name}：${when}${where ? `，${where}` : ''}`,
    /** "芝加哥麦考密克展览中心", "阿姆斯特丹 RAI": the city, then the venue (a space before a Latin name). */
    at: (venue: string, city: string) => `${city}${/^[\p{Script=Han}\p{P}]/u.test(venue) ? '' : ' '}${venue}`,
    online: '线上',
    days: (days: number) => (days === 0 ? '今天' : `还有 ${days} 天`),
    next: (line: string, days: string) => `下一场：${line}（${days}）`,
    none: (line: string) => `尚未公布新的活动；最近一场：${line}`,
    unheld: (name: string | null, year: number, line: string) => `尚未公布 ${year} 年的${name ? ` ${name}` : '活动'}；最近一场：${line}`,
    ago: (line: string, { count, unit }: Span) => `${line}（${count === 0 ? '正在举行' : `${count} ${ZH_UNITS[unit]}前`}）`,
    coming: (line: string, days: string) => `${line}（${days}）`,
    link: { slides: '幻灯片', schedule: '日程', recordings: '录像', register: '报名', cfp: '征稿', page: '活动页面' } as Record<EventLinkKind | 'page', string>,
    linked: (label: string, name: string) => `${name} 的${label}`,
    talk: (title: string, people: string, event: string | null) => `“${title}”的演讲者：${people}${event ? `（${event}）` : ''}`,
    media: { video: '视频', slides: '幻灯片', schedule: '日程' } as Record<TalkLinkKind, string>,
    ofTalk: (label: string, title: string, event: string | null) => `“${title}”的${label}${event ? `（${event}）` : ''}`,
    /** "Lin Sun 和 Louis Ryan", "甲、乙和丙": a space beside 和 only where a Latin name meets it, as the posts write it. */
    people: (names: readonly string[]) => {
      if (names.length < 2) return names.join('');
      const [head, last] = [names.slice(0, -1).join('、'), names[names.length - 1] ?? ''];
      return `${head}${HAN_END.test(head) ? '' : ' '}和${HAN_START.test(last) ? '' : ' '}${last}`;
    },
    talks: (event: string, when: string | null, topic: string, by: string, count: number, titles: string) =>
      `${event}${when ? `（${when}）` : ' '}${by ? `上 ${by} ` : ''}${topic ? `关于 ${topic} 的` : '的'}演讲（${count} 场）：${titles}`,
    speakers: (event: string, topic: string, by: string, titles: string) => `${event} ${by ? `上来自 ${by} ` : ''}${topic ? `关于 ${topic} 的` : '的'}演讲者：${titles}`,
    list: '；',
    more: (count: number) => ` 等 ${count} 场`,
    others: (event: string, count: number) => `${event}等 ${count + 1} 场活动`,
    by: (title: string, people: string) => `${title}（${people}）`,
  },
} as const;

/** The post to cite for an event: one in `lang` when there is one. */
function sourceOf(event: EventInfo, lang: Lang): string | null {
  return event.sources.find((source) => source.lang === lang)?.url ?? event.posts[0] ?? null;
}

function cityOf(event: EventInfo, lang: Lang): string | null {
  return event.city ? cityIn(event.city, lang) : null;
}

/** Kinds of event that, given no city, were held online: the virtual ones and the IstioCons before the China edition. */
const HELD_ONLINE_WITHOUT_CITY: ReadonlySet<EventInfo['kind']> = new Set(['virtual', 'istiocon']);

/** What an event's line says of where it was: its city, or, with `venue`, its venue and city. */
export interface Whereabouts {
  /** Name the venue the posts give (a "where" question); else the city alone. */
  venue?: boolean;
  /** Name the country beside the city ("Paris, France", "法国巴黎"): the country is asked. */
  country?: boolean;
  /** Name the state beside the city ("Salt Lake City, Utah", "犹他州盐湖城"): the state is asked. */
  state?: boolean;
}

/**
 * Where an event was: its city; with `venue`, the venue the posts name and its city ("McCormick
 * Place, Chicago", "芝加哥麦考密克展览中心"), or the venue alone when it names the city already
 * ("ExCeL London"; "北京市海淀区…").
 */
function placeText(event: EventInfo, lang: Lang, { venue = false, country = false, state = false }: Whereabouts): string | null {
  const inState = state && event.city ? cityInState(event.city, lang) : null;
  const city = inState ?? (country && event.country ? placeIn(event.city, event.country, lang) : cityOf(event, lang));
  // A virtual event, and an IstioCon held in no city (2021, 2022: IstioCon was online until its China edition), was
  // online. Of any other kind a missing city is a gap in the knowledge, never a sign it was held online.
  if (venue && city === null && HELD_ONLINE_WITHOUT_CITY.has(event.kind)) return TEMPLATES[lang].online;
  if (!venue || !event.venue) return city;
  const named = [city, event.city].some((name) => name !== null && event.venue?.toLowerCase().includes(name.toLowerCase()));
  return city === null || named ? event.venue : TEMPLATES[lang].at(event.venue, city);
}

function eventText(event: EventInfo, lang: Lang, where: Whereabouts): string | null {
  if (!event.start) return null;
  return TEMPLATES[lang].event(event.name, eventDates(event, lang), placeText(event, lang, where));
}

/**
 * "Istio Day Europe 2025: 1 April 2025, London", cited from the event's post; with `venue`, "Istio
 * Day North America 2023: 6 November 2023, McCormick Place, Chicago".
 */
export function eventLine(event: EventInfo, lang: Lang, where: Whereabouts = {}): DirectAnswer | undefined {
  const text = eventText(event, lang, where);
  const url = sourceOf(event, lang);
  return text && url ? { text, url, lang } : undefined;
}

/** "Next: Istio Day North America 2025: 10 November 2025, Atlanta (in 12 days)". */
export function nextLine(event: EventInfo, now: Date, lang: Lang, where: Whereabouts = {}): DirectAnswer | undefined {
  const line = eventLine(event, lang, where);
  const days = event.start ? daysUntil(event.start, now) : null;
  return line && days !== null ? { ...line, text: TEMPLATES[lang].next(line.text, TEMPLATES[lang].days(days)) } : undefined;
}

/**
 * A past event's line with how long ago it began: "KubeCon + CloudNativeCon Europe 2026: 23 to 26
 * March 2026, Amsterdam (8 months ago)"; "now on" while it runs.
 */
export function pastLine(event: EventInfo, now: Date, lang: Lang, where: Whereabouts = {}): DirectAnswer | undefined {
  const line = eventLine(event, lang, where);
  const days = event.start ? daysUntil(event.start, now) : null;
  if (!line || days === null) return line;
  // One announced and not begun ("no istio day in 2026 is announced; the latest: …", told before the latest one) is still to come.
  if (days > 0) return { ...line, text: TEMPLATES[lang].coming(line.text, TEMPLATES[lang].days(days)) };
  const running = days === 0 || (event.end !== null && (daysUntil(event.end, now) ?? -1) >= 0);
  return { ...line, text: TEMPLATES[lang].ago(line.text, running ? { count: 0, unit: 'day' } : spanOf(days)) };
}

/** When nothing is announced: "No upcoming event is announced; the latest: … (13 months ago)". */
export function latestLine(event: EventInfo, now: Date, lang: Lang, where: Whereabouts = {}): DirectAnswer | undefined {
  const line = pastLine(event, now, lang, where);
  return line && { ...line, text: TEMPLATES[lang].none(line.text) };
}

/**
 * When no event of a kind is known in a year after its latest one ("is there an istio day in
 * 2026"): "No Istio Day in 2026 is announced; the latest: Istio Day North America 2025: … (13
 * months ago)"; `name` names the kind asked about ("Istio Day", "KubeCon + CloudNativeCon Europe"),
 * null for events of any kind.
 */
export function unheldLine(name: string | null, year: number, latest: EventInfo, now: Date, lang: Lang): DirectAnswer | undefined {
  const line = pastLine(latest, now, lang);
  return line && { ...line, text: TEMPLATES[lang].unheld(name, year, line.text) };
}

/** "Slides of IstioCon 2021", linking the slides themselves; none when the event has no such link. */
export function linkLine(event: EventInfo, kind: EventLinkKind, lang: Lang, page = false): DirectAnswer | undefined {
  const url = ownLinks(event, kind)[0];
  // A page is called what it is: `page`, the event's page where no schedule or registration is known (`signUpLine`).
  return url ? { text: TEMPLATES[lang].linked(TEMPLATES[lang].link[page ? 'page' : kind], event.name), url, lang } : undefined;
}

/** "“Title” was given by Lin Sun (Solo.io) and John Howard (Google) at Istio Day Europe 2025". */
export function talkLine(talk: Talk, lang: Lang): DirectAnswer | undefined {
  const people = talk.people.length ? talk.people : talk.speakers.map((name) => ({ name, organisation: null }));
  if (!people.length) return undefined;
  const named = TEMPLATES[lang].people(people.map(({ name, organisation }) => (organisation ? `${name} (${organisation})` : name)));
  return { text: TEMPLATES[lang].talk(talk.titles[lang] ?? talk.title, named, talk.event), url: talkUrlIn(talk, lang), lang };
}

/** "Video of “Title” (Istio Day Europe 2025)", linking the talk's own video (or slides); none when it has none. */
export function talkLinkLine(talk: Talk, kind: TalkLinkKind, lang: Lang): DirectAnswer | undefined {
  const url = kind === 'video' ? talk.video : kind === 'slides' ? talk.slides : talk.schedule;
  const template = TEMPLATES[lang];
  return url ? { text: template.ofTalk(template.media[kind], talk.titles[lang] ?? talk.title, talk.event), url, lang } : undefined;
}

/**
 * Longest list of titles in a talks line: the titles that fit, then how many more there are. An
 * Istio Day's programme (eight or nine talks) fits whole; a KubeCon week's list is cut.
 */
const MAX_TITLES = 640;
/** Up to this many talks, the line names their speakers too. */
const WITH_SPEAKERS = 3;

/**
 * What a list of talks is named by: the one event they were given at, or the conference whose
 * tracks they were in ("KubeCon + CloudNativeCon North America 2024" for its ContribFest and
 * maintainer track), else the first event and how many others.
 */
function eventsLabel(talks: readonly Talk[], lang: Lang): string | null {
  const names = [...new Set(talks.map((talk) => talk.event).filter((name): name is string => name !== null))];
  const common = names.find((name) => names.every((other) => other.startsWith(name)));
  if (common) return common;
  const [first] = names;
  return first ? TEMPLATES[lang].others(first, names.length - 1) : null;
}

/**
 * How long a title reads: a Chinese title's original in brackets ("欢迎致辞与开幕（Welcome + Opening Remarks）")
 * is read past, so that an Istio Day's programme fits whole in Chinese as in English.
 */
const readLength = (title: string): number => title.replace(/（[^（）]*）/gu, '').length;

/** The items that fit in a line, then how many more there are ("…; Title and 4 more"). */
function fitted(items: readonly string[], lang: Lang): string {
  const template = TEMPLATES[lang];
  let shown = items[0] ?? '';
  let count = 1;
  let length = readLength(shown);
  for (const item of items.slice(1)) {
    length += template.list.length + readLength(item);
    if (length > MAX_TITLES) break;
    shown += `${template.list}${item}`;
    count += 1;
  }
  return `${shown}${items.length > count ? template.more(items.length - count) : ''}`;
}

/** The post to cite for talks: that of the first talk's event (one of `events`). */
function talksSource(events: readonly EventInfo[], talks: readonly Talk[], lang: Lang): string | null {
  const event = events.find((one) => one.name === talks[0]?.event);
  return (event && sourceOf(event, lang)) ?? null;
}

/** The organisation talks were chosen by: its name as the talks write it in a line's language, and who of each talk spoke for it. */
export interface ChosenBy {
  name: (lang: Lang) => string;
  speakers: (talk: Talk) => string[];
}

/** "Title (Speaker, Speaker)", in `lang` where told in it: every speaker, or those `speakers` gives. */
function withSpeakers(talk: Talk, lang: Lang, speakers: readonly string[] = talk.speakers): string {
  const template = TEMPLATES[lang];
  return template.by(talk.titles[lang] ?? talk.title, template.people(speakers));
}

/**
 * "Talks at Istio Day North America 2025 (9): Welcome + Opening Remarks; Is Your Service Mesh AI
 * Ready?; … and 4 more", cited from the post of the first talk's event (one of `events`); `topic` is
 * the words the talks were chosen by, `by` the organisation ("Talks by Forbes at …"). With `dated`,
 * the one event a time word picked ("the latest kubecon"), its dates too: which event that is, is
 * half of what was asked.
 */
export function talksLine(events: readonly EventInfo[], talks: readonly Talk[], topic: readonly string[], lang: Lang, dated?: EventInfo, by?: ChosenBy): DirectAnswer | undefined {
  const url = talksSource(events, talks, lang);
  const label = eventsLabel(talks, lang);
  if (!url || !label) return undefined;
  const when = dated?.start ? eventDates(dated, lang) : null;
  // A few talks are named with their speakers ("Istio Ambient Goes Multicluster (Jackie Maertens, Steven Jin Xuan)"); many by title alone.
  const named = (talk: Talk): string => (talks.length <= WITH_SPEAKERS && talk.speakers.length ? withSpeakers(talk, lang) : (talk.titles[lang] ?? talk.title));
  const titles = [...new Set(talks.map(named))];
  return { text: TEMPLATES[lang].talks(label, when, topic.join(' '), by?.name(lang) ?? '', titles.length, fitted(titles, lang)), url, lang };
}

/**
 * "who spoke at istio day atlanta": "Speakers at Istio Day North America 2025: Welcome + Opening
 * Remarks (John Howard, Keith Mattix); …", each talk that names its speakers, in the order given;
 * those who spoke for the organisation `by` alone ("Speakers from Microsoft at …: … (Keith Mattix)").
 */
export function speakersLine(events: readonly EventInfo[], talks: readonly Talk[], topic: readonly string[], lang: Lang, by?: ChosenBy): DirectAnswer | undefined {
  const speakers = (talk: Talk): string[] => by?.speakers(talk) ?? talk.speakers;
  const given = talks.filter((talk) => speakers(talk).length);
  const url = talksSource(events, given, lang);
  const label = eventsLabel(given, lang);
  if (!url || !label) return undefined;
  return { text: TEMPLATES[lang].speakers(label, topic.join(' '), by?.name(lang) ?? '', fitted([...new Set(given.map((talk) => withSpeakers(talk, lang, speakers(talk))))], lang)), url, lang };
}
