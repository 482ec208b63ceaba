/**
 * The talks a question about talks asks for, of the events it names or of every event, with the line that names them
 * (`talksLine`, `speakersLine`). Pure, given the calendar and the programme.
 */
import type { Question } from '../understand/index.js';
import type { Calendar } from './calendar.js';
import { speakersLine, talksLine } from './direct.js';
import { nameWords } from './name-words.js';
import type { Programme } from './programme.js';
import { onMostOf, talkTopicOf, titledPieces, topicOf } from './topic.js';
import { placeOf, regionIn } from '../domain/index.js';
import type { EventInfo, Talk } from '../model/index.js';
import type { EventPart } from './about-events.js';
import { honourAsked } from './honoured.js';

const HAN = /\p{Script=Han}/u;
/** A word that says something was done ("recognised", "honoured") or received ("被表彰", "受到表彰", "获得了奖"). */
const DONE = /^[a-z]{3,}ed$|^(?:被|受到|获得?|荣获)\p{Script=Han}/u;

/** The tracks of a conference the project holds sessions in. */
const TRACKS: ReadonlySet<EventInfo['kind']> = new Set(['maintainer-track', 'contribfest']);

/**
 * The talks a question about talks asks for: of the events it names (for an Istio Day whose
 * programme no post lists, the Istio sessions of its conference week), else of every event when it
 * names a speaker or a topic ("any talks on wasm"); by the speakers it names, on its topic, with
 * their own `linked` recording or slides when asked; with the line that names them.
 */
export function talksPart(question: Question, asked: EventInfo[], calendar: Calendar, programme: Programme, linked?: 'video' | 'slides'): EventPart {
  const part = talksOf(question, asked, calendar, programme, linked);
  // A recording or deck asked of something no talk's title says ("the graduation video they played") is no talk's.
  const linkedOfTalks = (): boolean => linked !== undefined && topicOf(question, calendar).every((word) => programme.titleWord(word) !== null);
  if (part.talks?.length || (question.ask !== 'talks' && !linkedOfTalks())) return part;
  // "autoscaling talks at kubecon atlanta", "kubecon chicago videos": none of the conference's own sessions or tracks is
  // on it (or has one), but the Istio Day (or another event) co-located with it that week did: its talks are asked too.
  const ids = new Set(asked.filter((event) => event.kind === 'kubecon').map((event) => event.id));
  const within = ids.size ? calendar.events(question.lang).filter((event) => event.parent !== null && ids.has(event.parent) && !asked.includes(event)) : [];
  return within.length ? talksOf(question, [...asked, ...within], calendar, programme, linked) : part;
}

function talksOf(question: Question, asked: EventInfo[], calendar: Calendar, programme: Programme, linked?: 'video' | 'slides'): EventPart {
  const { lang, ask } = question;
  // Without an event, only a question that asks for talks, or who gave them, lists every event's (see below).
  if (!asked.length && ask !== 'talks' && ask !== 'who') return {};
  // A year or a region the question names picks that year's, that region's events ("the maintainer track at kubecon
  // eu 2023": none other, though the calendar's nearest names are other years' and regions').
  const { years, regions } = question.entities;
  const ofYear = (event: EventInfo): boolean => !years.length || years.some((year) => event.start?.startsWith(String(year)));
  const ofRegion = (event: EventInfo): boolean => {
    const region = placeOf(event.city ?? '')?.region ?? regionIn(event.name);
    return !regions.length || region === null || regions.includes(region);
  };
  const picked = asked.filter((event) => ofYear(event) && ofRegion(event));
  if (asked.length && !picked.length) return {};
  const people = programme.speakersIn(question.rest);
  const ofPeople = new Set(people.flatMap((name) => nameWords(name)));
  // A word no talk's title holds ("list", "all") cannot choose among the talks; nor can a speaker's name.
  const organisations = programme.organisations.in(question.rest);
  // A phrase of the vocabulary ("ant group") titles the talks whose titles hold each of its words ("Ant Group keynote").
  const titles = (word: string): boolean => programme.titleWord(word) !== null || (/\s/.test(word) && word.split(/\s+/).every((part) => programme.titleWord(part) !== null));
  const titleTopic = talkTopicOf(question, calendar, (word) => programme.titleWord(word), organisations.length > 0).filter((word) => !ofPeople.has(word) && titles(word));
  // A conference named holds the project's sessions given in its tracks: its maintainer track and ContribFest; asked who
  // spoke, no talk titled ("the istio speakers of kubecon na 2025"), its co-located Istio Day too, where the project's own people spoke.
  const ids = new Set(picked.map((event) => event.id));
  const part = (event: EventInfo): boolean => TRACKS.has(event.kind) || (ask === 'who' && !titleTopic.length && event.kind === 'istio-day');
  const tracks = calendar.events(lang).filter((event) => part(event) && event.parent !== null && ids.has(event.parent) && !picked.includes(event));
  const named = [...picked, ...tracks];
  // Without an event, only a question that asks for talks lists every event's: "who talked about ambient" asks for
  // people, the passages that name them answer; "who from google gave talks" asks for the speakers of its talks.
  const ofAll = !named.length && !people.length && !titleTopic.length;
  const byWhom = ask === 'talks' || (ask === 'who' && organisations.length > 0);
  if (!named.length && ((ofAll && !organisations.length) || !byWhom)) return {};
  const held = named.length ? programme.heldAt(named.map((event) => event.name), lang) : null;
  const given = (held?.talks ?? programme.all(lang)).filter(
    (talk) => (!people.length || talk.speakers.some((speaker) => people.includes(speaker))) && (!linked || talk[linked] !== null),
  );
  // "what did forbes present at kubecon london": the talks of its speakers alone; when none, what the other words choose.
  const chosen = programme.givenBy(organisations, given, titleTopic);
  if (!chosen && (ofAll || (!named.length && ask !== 'talks'))) return {};
  // "伦敦 istio day 有人讲网关迁移吗": the topic a Chinese phrase holds (网关迁移) chooses among the event's talks as a word
  // typed apart would; one no talk of it is titled with ("开幕" of "开幕演讲") chooses nothing.
  const pieces = named.length ? titledPieces(question, calendar, (word) => programme.titleWord(word)).filter((piece) => programme.onTopic(given, [piece]).length > 0) : [];
  // "sessions at the cloud native theater": topic words no title holds together may name the heading the post lists the
  // event's talks under (a stage, a track); they choose those talks only when some heading holds them all. Their schedule
  // ("the theater sessions' sched pages") is asked of the same talks. A question
  // that counts them ("how many … sessions built on istio") is answered by the post's own sentence that counts.
  const staged = (ask === 'talks' || ask === 'schedule') && named.length && !chosen && !pieces.length ? onStage(question, calendar, programme, given, ofPeople) : null;
  const topic = chosen?.topic ?? staged?.topic ?? [...new Set([...titleTopic, ...pieces])];
  const onTopic = chosen?.talks ?? staged?.talks ?? onMostOf(given, topic, (talks, words) => programme.sections.ofKind(talks, words, programme.onTopic(talks, words)));
  const talks = question.entities.kinds.includes('kubecon') ? programme.conferenceFirst(onTopic) : onTopic;
  if (!talks.length) return {};
  // The events the talks were given at, for the line's source: the Istio Day's conference when it stood in.
  const events = held ? [...named, ...calendar.byNames(held.names, lang).filter((event) => !named.includes(event))] : calendar.byNames([...new Set(talks.flatMap((talk) => (talk.event ? [talk.event] : [])))], lang);
  // The line names the talks by the titles' own words ("kialli" is "kiali").
  const titled = topic.map((word) => (pieces.includes(word) || HAN.test(word) ? word : (programme.titleWord(word) ?? word)));
  // The line counts the talks: it answers "how many talks were at …" too.
  const direct = ask === 'who' ? undefined : talksLine(events, talks, titled, lang, question.time !== null && picked.length === 1 ? picked[0] : undefined, chosen?.by);
  // "中国站 istiocon 的开幕演讲由谁来讲" asks about something no talk's title says (开幕, "the opening"), and so does "who was
  // recognised at the opening keynote", "开场主题演讲上谁被表彰" (what was done there, a verb no title holds): the passages that name people
  // answer first, the talks beside them. Other English words no title holds ("gave", "titles") ask nothing more.
  const done = (word: string): boolean => (HAN.test(word) && !topic.length) || (DONE.test(word) && programme.titleWord(word) === null);
  if (ask === 'who' && !people.length && !chosen && (topicOf(question, calendar, true).some(done) || honourAsked(question.rest))) return { events, talks };
  if (ask === 'who') {
    // The organisation's name says whose talks, not which: "google" of "who from google…" titles none of them.
    const whose = new Set(chosen ? organisations.flatMap((organisation) => organisation.words) : []);
    const words = question.words.groups.map((group) => group.word).filter((word) => !calendar.names(word) && !whose.has(word));
    // The line names the speakers of the talks the question's words title ("the keynote"), else of every talk.
    const titledTalks = programme.titledBy(talks, words);
    const line = speakersLine(events, titledTalks.length ? titledTalks : talks, titled, lang, chosen?.by);
    return { intent: 'talks', events, talks: programme.forWho(talks, words), ...(line ? { direct: line } : {}) };
  }
  return { intent: 'talks', events, talks, ...(direct ? { direct } : {}) };
}

/**
 * The talks of `given` listed under a heading that holds every topic word of the question (or the piece of a Chinese
 * phrase a heading holds), with those words; null when some title holds them all ("lightning talks": the titles say).
 */
function onStage(question: Question, calendar: Calendar, programme: Programme, given: readonly Talk[], ofPeople: ReadonlySet<string>): { talks: Talk[]; topic: string[] } | null {
  const { sections } = programme;
  const words = topicOf(question, calendar).filter((word) => !ofPeople.has(word));
  if (words.length && programme.onTopic(given, words).length) return null;
  const topic = words.length ? words : titledPieces(question, calendar, (word) => sections.word(word));
  const talks = sections.holding(given, topic);
  return talks.length ? { talks, topic } : null;
}
