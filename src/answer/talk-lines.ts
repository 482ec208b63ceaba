/**
 * The lines of a question about one talk: who gave it ("who presented architecting ambient for
 * scale"), its video or slides ("kiali 2.0 troubleshooting talk video") and when or where it was held,
 * from the talk whose title holds the question's topic. Pure, given the calendar and the programme.
 */
import { colocatedNames, PAGE_SIZE } from '../domain/index.js';
import type { RankedPassages } from '../find/index.js';
import type { EventInfo, Lang, Links, Talk } from '../model/index.js';
import { asksCountry, asksGovernance, asksState, asksWeekday, elapsedAsked, LISTING_WORDS, phrasesOf, TALK_FORMATS, type Question } from '../understand/index.js';
import type { Calendar } from './calendar.js';
import { eventLine, linkLine, pastLine, talkLine, talkLinkLine } from './direct.js';
import { eventDates } from './event-dates.js';
import { fitsNamed } from './event-match.js';
import type { Programme } from './programme.js';
import { titledPiece, titledPieces, topicOf } from './topic.js';
import type { Answer } from './types.js';
import { scheduleInLanguage } from './schedule-language.js';
import { withWeekday } from './weekday.js';
import { typedTalks } from './title-typed.js';
import { oneTalk, typedTitles } from './typed-title.js';
import { unheldWords, wordingShare } from './worded-talks.js';
import { honourAsked } from './honoured.js';
import { occasionTopic, topicWord } from './occasion-words.js';

/**
 * "who presented architecting ambient for scale": the speakers of the one talk whose title holds
 * every topic word of the question; no line when none or several talks do.
 */
export function whoGave(question: Question, programme: Programme, calendar: Calendar): Answer['direct'] {
  // Asked who holds a seat ("华为 的贡献席位是谁"), a talk titled with the organisation's name is no answer.
  if (question.ask !== 'who' || asksGovernance(question)) return undefined;
  // Asked who was recognised at a talk ("开幕主题演讲上谁被表彰了"), its speakers are no answer: a sentence saying who was is.
  if (honourAsked(question.rest)) return undefined;
  // A title typed whole names its talk, though its words ("how to get help") title others one by one.
  const typed = oneTalk(typedTitles(question.rest, programme.all(question.lang)));
  if (typed) return talkLine(typed, question.lang);
  const topic = topicOf(question, calendar);
  if (!topic.length) return undefined;
  // Of the event the question names only ("2023 阿姆斯特丹 istio day 开幕 keynote 是谁"): a title of another event's that holds
  // the words is not the talk asked about.
  const named = new Set(calendar.about(question.rest, question.lang).flatMap((event) => [event.name, ...colocatedNames(event.name)]));
  const talks = programme.titled(topic, question.lang).filter((one) => !named.size || (one.event !== null && named.has(one.event)));
  const [talk] = talks;
  return talk && talks.length === 1 ? talkLine(talk, question.lang) : undefined;
}

/**
 * The topic words of a video or slides question that title talks. A phrase of the vocabulary ("ant group") titles
 * those whose titles hold each of its words. "伦敦 istio day 的开幕主题演讲 有回放吗": a Chinese word the vocabulary does not
 * know (开幕) that titles talks with the rest narrows them to the one meant (主题演讲 alone titles every keynote of the
 * week). "hsbc keynote recording": the kind of talk is the heading's ("KubeCon keynotes that featured Istio"), not the title's.
 */
function mediaTopic(question: Question, programme: Programme, calendar: Calendar, titled: Titled): string[] {
  // A word a title holds, or one of its synonyms does ("惠普 istiocon 视频": the title says HP), is a topic: `titled` meets
  // it through its synonyms.
  const titles = (word: string): boolean => programme.titleSaid(word) !== null || (/\s/.test(word) && word.split(/\s+/).every((part) => programme.titleWord(part) !== null));
  const titling = (words: readonly string[]): string[] => words.filter(titles);
  // "atlanta istio day ai talk video": a word of an occasion's name that titles talks ("ai", Cloud Native AI Day) is the topic
  // of a question that names another event, as it is of a talks question (`occasionTopic`).
  const occasion = occasionTopic(question, calendar, topicWord(calendar, question.lang, (word) => programme.titleWord(word)));
  const known = titling([...topicOf(question, calendar), ...occasion]);
  const wide = titling(topicOf(question, calendar, true).map((word) => (known.includes(word) || !/\p{Script=Han}/u.test(word) ? word : (titledPiece(word, calendar, (one) => programme.titleWord(one)) ?? word))));
  const bare = (words: readonly string[]): string[] => words.filter((word) => !TALK_FORMATS.includes(word));
  // "kubecon 电信 主题演讲 录像": the kind of talk is left to the heading when no title holds it with the words the
  // vocabulary does not know (the telecom keynote's title says no 主题演讲), as it is for the known words below.
  const widened = titled(wide).length ? wide : bare(wide).length > bare(known).length && titled(bare(wide)).length ? bare(wide) : [];
  const chosen = wide.length > known.length && widened.length ? widened : known;
  const unformatted = bare(chosen);
  return titled(chosen).length || !unformatted.length ? chosen : unformatted;
}

/** The talks whose titles hold some words (`Programme.titled`), in one language. */
type Titled = (words: readonly string[]) => readonly Talk[];

/**
 * `Programme.titled` worked out once per list of words: a video question asks it of the same words up to four times. A
 * title word is met by its synonyms too: the recording of the session a title calls 开幕主题演讲 is asked for as 开场的.
 */
function titledOnce(programme: Programme, lang: Lang): Titled {
  const found = new Map<string, readonly Talk[]>();
  return (words) => {
    const key = words.join('\u0000');
    let talks = found.get(key);
    if (!talks) found.set(key, (talks = programme.titled(words, lang, true)));
    return talks;
  };
}

/**
 * "kiali 2.0 troubleshooting talk video": the video (or slides, or schedule page: "sched link for the izzy session") of the one talk whose title holds the
 * question's topic words that some title holds, among the talks of the events it names if any, and
 * whose link a passage of the first page of `ranked` gives: the line never names a talk the passages
 * found do not tell. None when no talk or several are titled so. A speaker named ("pamela hernandez talk recording")
 * keeps that speaker's talks.
 */
export function talkMedia(question: Question, programme: Programme, calendar: Calendar, ranked: RankedPassages): Answer['direct'] {
  const { ask, lang } = question;
  if (ask !== 'video' && ask !== 'slides' && ask !== 'schedule') return undefined;
  const titled = titledOnce(programme, lang);
  const topic = mediaTopic(question, programme, calendar, titled);
  // "pamela hernandez talk recording": the talks of the speakers it names, on its topic if it gives one.
  const given = programme.speakersIn(question.rest).flatMap((name) => programme.bySpeaker(name));
  if (!topic.length && !given.length) return undefined;
  const linkOf = (talk: Talk): string | null => (ask === 'video' ? talk.video : ask === 'slides' ? talk.slides : talk.schedule);
  // "video forbes ambient maintainer track": an organisation no title names says whose talk it is, by its speakers or by
  // the words the post tells the talk with ("Microsoft presented…"); another's talk is no answer.
  const whose = programme.organisations.in(question.rest).filter(({ words }) => words.some((word) => programme.titleSaid(word) === null));
  const keys = new Set(whose.map((organisation) => organisation.key));
  const told = (talk: Talk): boolean =>
    ranked.slice(0, PAGE_SIZE).some(({ passage }) => Object.values(passage.links).flat().includes(linkOf(talk) ?? '') && whose.some(({ words }) => words.every((word) => passage.text.toLowerCase().includes(word))));
  const byWhom = (talk: Talk): boolean => !keys.size || programme.organisations.givenBy([talk], keys).length > 0 || told(talk);
  const theirs = new Set(given.map(linkOf));
  const linked = titled(topic).filter((talk) => linkOf(talk) !== null && byWhom(talk) && (!given.length || theirs.has(linkOf(talk))));
  if (!linked.length) return undefined;
  const about = calendar.about(question.rest, lang).map((event) => event.name);
  const named = new Set(about.flatMap((name) => [name, ...colocatedNames(name)]));
  // A title typed whole picks among the named event's talks: "伦敦 … 开场主题演讲" types the title of another event's opening
  // keynote, while London's writes 开幕主题演讲.
  const held = typedTalks(question.rest, linked.filter((talk) => !named.size || (talk.event !== null && named.has(talk.event))));
  // "atlanta istio day ai talk video": a talk of the event named is meant before one of the conference it was held with.
  const own = held.filter((talk) => talk.event !== null && about.includes(talk.event));
  const talks = own.length ? own : held;
  const links = new Set(talks.map(linkOf));
  // One recording told by several posts: a later post recalls the talk, the earliest event gave it.
  const [talk] = [...talks].sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'));
  const shown = ranked.slice(0, PAGE_SIZE).map((one) => one.passage.links);
  // A session's schedule page is told by a passage that gives it, or the session's recording or deck ("Book signing…" does not).
  const tells = (given: Links): readonly string[] => (ask === 'video' ? given.videos : ask === 'slides' ? given.slides : [...given.schedule, ...given.videos, ...given.slides]);
  const url = talk ? linkOf(talk) : null;
  const found = (link: string): boolean => shown.some((given) => [link, ...(ask === 'schedule' && talk ? [talk.video, talk.slides] : [])].some((one) => one !== null && tells(given).includes(one)));
  // "如何使用 Istio 保护他们高特权财务信息": the title words (使用, istio) pick a talk, but another talk of its event shares more
  // of the rest, a recap's wording of that one (`wordingShare`): no line rather than the wrong talk's video.
  const unheld = unheldWords(topicOf(question, calendar, true), (word) => programme.titleWord(word));
  const share = talk && unheld.length ? wordingShare(talk, unheld) : 1;
  const unnamed = talk !== undefined && talk.event !== null && share < 1 && programme.talksOf([talk.event], lang).some((other) => wordingShare(other, unheld) > share);
  return talk && !unnamed && links.size === 1 && url !== null && found(url) ? talkLinkLine(talk, ask, lang) : undefined;
}

/**
 * "the atlanta contribfest agenda": an event the posts give no schedule page of, whose programme is one session
 * (a conference's maintainer track or ContribFest), has that session's schedule page for its schedule.
 */
export function sessionSchedule(event: EventInfo, programme: Programme, lang: Lang): Answer['direct'] {
  const talks = programme.talksOf([event.name], lang);
  const [talk, other] = talks;
  if (!talk || other || !talk.schedule) return undefined;
  return linkLine({ ...event, links: { ...event.links, schedule: [talk.schedule] } }, 'schedule', lang);
}

/**
 * A schedule asked with its talks ("full schedule istiocon 2021 … sessions"), which have no schedule page of their own:
 * the line links the schedule page of the events named, where they are, rather than a post: of one event, its first (the
 * full schedule before its session lists in each language); of several, none unless they share it.
 */
export function withEventSchedule<Part extends Pick<Answer, 'talks'> & Partial<Pick<Answer, 'direct'>>>(part: Part, named: readonly EventInfo[]): Part {
  const pages = [...new Set(named.flatMap((event) => event.links.schedule.slice(0, 1)))];
  const [page, other] = pages;
  if (!part.direct || !page || other !== undefined || part.talks.some((talk) => talk.schedule)) return part;
  return { ...part, direct: { ...part.direct, url: page } };
}

/**
 * Whether `talks` were all given at other events than those `named` (an Istio Day whose programme no post lists, its
 * conference's sessions standing in), each of which has a schedule page of its own: asked for the schedule, that page is it.
 */
export function givenElsewhere(talks: readonly Talk[], named: readonly EventInfo[]): boolean {
  const names = new Set(named.map((event) => event.name));
  return named.length > 0 && named.every((event) => event.links.schedule.length > 0) && !talks.some((talk) => talk.event !== null && names.has(talk.event));
}

/**
 * "when was the istio project meeting in london", "伦敦 istio 项目会议是哪天": the day and place of the event the one talk titled so was given at
 * (the Maintainer Summit, the day before), not those of the event the city names (Istio Day); `only` when the topic
 * titles no talk, talks of several events, or one given at `only` itself.
 */
export function heldLine(only: EventInfo, question: Question, programme: Programme, calendar: Calendar, now: Date): { events: EventInfo[]; direct: Answer['direct'] } {
  const said = topicOf(question, calendar).filter((word) => programme.titleWord(word) !== null);
  // "伦敦 istio 项目会议是哪天": the Chinese title's words, in a phrase the question does not write apart, when a place names
  // the event (a piece of a phrase naming the event itself, the 绘本 of "izzy 那本绘本", is no other talk's title).
  const placed = question.entities.cities.length + question.entities.regions.length > 0;
  const topic = said.length || !placed ? said : titledPieces(question, calendar, (word) => programme.titleWord(word));
  const events = new Set(topic.length ? programme.titled(topic, question.lang).map((talk) => talk.event) : []);
  const [name] = events;
  const [held] = events.size === 1 && name && name !== only.name ? calendar.byNames([name], question.lang) : [];
  // "how many days did istiocon 2021 go for": a word that titles a talk of another kind, year or place ("Know Before You
  // Go!") names no event the question asks about.
  const at = held && fitsNamed(held, question) ? held : only;
  const where = { venue: question.ask === 'where', country: asksCountry(question.rest), state: asksState(question.rest) };
  // "how long ago was istio day london": a past event's line says how long ago it was.
  const line = (at.start ?? '9999') < now.toISOString().slice(0, 10) && elapsedAsked(question.rest) ? pastLine(at, now, question.lang, where) : eventLine(at, question.lang, where);
  const day = at === only && question.ask === 'when' && placed && !question.entities.kinds.length ? istioDayOf(at, calendar, question.lang) : undefined;
  const direct = asksWeekday(question.rest) ? withWeekday(line, at) : line;
  // The day's own date after its name, its city being the conference's, said already.
  const dayText = day && (question.lang === 'zh' ? `；${day.name}：${eventDates(day, 'zh')}` : `; ${day.name}: ${eventDates(day, 'en')}`);
  return day && dayText && direct ? { events: [at, day], direct: { ...direct, text: direct.text + dayText } } : { events: [at], direct };
}

/**
 * "when was the one in paris": a place named alone stands for the conference held there, and the project's own day held
 * within its week, dated apart (Istio Day Europe 2024, 19 March, of KubeCon's 19 to 22 March), is said beside it: of
 * the week the place names, it is the day an Istio reader asks about most.
 */
function istioDayOf(conference: EventInfo, calendar: Calendar, lang: Lang): EventInfo | undefined {
  if (conference.kind !== 'kubecon') return undefined;
  return calendar.events(lang).find((event) => event.parent === conference.id && event.kind === 'istio-day' && event.start !== null && !event.weekOf);
}

const LISTING = phrasesOf(LISTING_WORDS);

/**
 * "is there a full session list for istiocon 2021", "all the talks at …": the whole programme asked for, of which the
 * posts single out a few talks; the line names those and links the schedule page where every one is (`withEventSchedule`).
 */
export function wholeProgramme<Part extends Partial<Pick<Answer, 'talks' | 'direct'>>>(question: Question, part: Part, named: readonly EventInfo[]): Part {
  if (question.ask !== 'talks' || !part.talks?.length || !LISTING.test(question.rest)) return part;
  return withEventSchedule({ ...part, talks: part.talks }, named.map((event) => scheduleInLanguage(event, question.rest)));
}
