export { oneTypoApart } from './spelling.js';
export { LIST_PAGE_SIZE, MAX_QUESTION_LENGTH, PAGE_SIZE, SHUTDOWN_GRACE_MS } from './limits.js';
export { daysUntil, findDates, isoDate, mentionsDate, monthName, monthNumber, spanOf, yearFor, zhNumber, type DateMention, type Span } from './dates.js';
export {
  PLACE_NOUNS,
  PLACES,
  REGIONS,
  REGION_ALIASES,
  cityIn,
  findPlaces,
  cityInState,
  placeIn,
  placeOf,
  regionIn,
  regionOf,
  type Place,
  type Region,
} from './places.js';
export { ANY_EVENT_WORDS, KIND_NAMES, OWN_SERIES, eventName, eventNameIn, kindIn, kindOf, zhNamesOf, type KindName } from './event-names.js';
export {
  addLink,
  classifyLink,
  emptyLinks,
  isColocatedPageOfAnother,
  isLandingPage,
  isProgrammePage,
  isScheduleOrLanding,
  isSchedSession,
  LINK_LABEL,
  normalizeYouTube,
  parseUrl,
  saysSlidesOnSchedule,
  SLIDES_HEADING,
  SLIDES_WORDS,
  youtubeId,
  youtubeVideoUrl,
} from './links.js';
export { CALL_CLOSES, CALL_FORMATS, CALL_FOR_PROPOSALS, colocatedNames, GOVERNANCE_BODIES, LONE_HAN_WORDS, ORGANISATIONS, PEOPLE_VERBS, PERSON_NOUNS, SCHEDULE, SEE_YOU, TALK_NOUNS, STEERING_SEATS, SYNONYMS, VIRTUAL_WORDS } from './vocabulary.js';
export { mergedFormat, talkUrlIn } from './talk-format.js';
export { isProjectSummary, originalsFirst } from './sources.js';
