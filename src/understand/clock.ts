/**
 * Whether a question asks for a time of day ("what time does it start", "time slots", "几点开始"):
 * it is still a "when" (or schedule, talks…) question, and the passage that gives the hour answers
 * it, as a passage that names the day answers "when".
 */
import { phrasesOf } from './phrases.js';

/**
 * How people ask for the hour, in English and Chinese, from the words of a programme: a start or
 * end time, a time slot. "How long does it last" is a count, not this; "when does it start" asks the day.
 */
const CLOCK_PHRASES = [
  'what time',
  'what times',
  'which time',
  'which times',
  'what hour',
  'time slot',
  'time slots',
  'timeslot',
  'timeslots',
  'start time',
  'start times',
  'starting time',
  'end time',
  'end times',
  'ending time',
  'finish time',
  'starts at',
  'begins at',
  'ends at',
  'finishes at',
  'kicks off at',
  "o'clock",
  '几点',
  '几点钟',
  '什么时间开始',
  '什么时间结束',
  '开始时间',
  '结束时间',
  '时段',
  '时间段',
];

const CLOCK_PATTERN = phrasesOf(CLOCK_PHRASES);

/**
 * "stream hours", "kiosk hours": the hours of something are when in the day it runs; not "how many hours" nor
 * "6 hours", which ask or give a duration.
 */
const HOURS_OF = /(?<!(?:how many|\d)\s*)\bhours\b/iu;

/** Whether `text` asks for a time of day. */
export function clockAsked(text: string): boolean {
  return CLOCK_PATTERN.test(text) || HOURS_OF.test(text);
}

/**
 * The time zones an hour is given in ("10:00 PDT", "14:30 CET", 北京时间, 太平洋时间): said beside "what time" they say in
 * which zone the hour is wanted, never which item of a programme (every row of a timetable is in "PDT").
 */
const ZONES = ['pdt', 'pst', 'pt', 'pacific', 'cet', 'cest', 'utc', 'gmt', 'bst', 'cst', 'est', 'edt', 'et', 'timezone', 'timezones'];
const HAN_ZONES = ['太平洋时间', '太平洋夏令时', '北京时间', '欧洲中部时间', '中部时间', '东部时间'];

/**
 * The Chinese words that ask the hour, for splitting a run of Han characters ("议题几点开始" → 议题,
 * 几点, 开始): each names no topic of the question.
 */
export const HAN_CLOCK_WORDS: readonly string[] = ['几点钟', '几点', '时间段', '时段', ...HAN_ZONES];

/**
 * Verbs that say something starts or ends, which a "when" question uses only to ask its date ("when did voting open", "when
 * does registration close", "投票什么时候开始"): beside a topic they rank, not required ("open" is no "open source").
 */
export const OPENING_WORDS: ReadonlySet<string> = new Set(['开始', '结束', '开放', '开启', ...['open', 'opens', 'opened', 'opening', 'close', 'closes', 'closed', 'closing', 'start', 'starts', 'started', 'starting', 'begin', 'begins', 'began', 'end', 'ends', 'ended', 'ending', 'finish', 'finishes', 'finished', 'kick', 'kicks', 'kicked']]);

/**
 * The words a question that asks the hour says only to ask it ("time", "start", 几点, 开始): beside
 * a topic they rank the passages that say them and are not required (the hour, not the word, answers).
 */
export const CLOCK_WORDS: ReadonlySet<string> = new Set([
  ...HAN_CLOCK_WORDS,
  '开始',
  '结束',
  ...['time', 'times', 'hour', 'slot', 'slots', 'timeslot', 'timeslots', 'start', 'starts', 'starting', 'begin', 'begins', 'end', 'ends', 'ending', 'finish', 'finishes', 'kicks', 'clock'],
  ...ZONES,
]);
