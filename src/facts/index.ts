/**
 * What a passage's text says beyond its words — dates, counts, names, calls for proposals, who was
 * elected — as pure text tests: the indexer stores them with each passage (`withFacts`), the query
 * side weighs by them and quotes what they found.
 */
export { mentionsClockTime } from './clock-time.js';
export { countedIn, countsAsked, countsWhoCame, DURATION_TERMS, hanCounted, namesNumber } from './counts.js';
export { bestDefinition, definesSubject, namesSubject, openingSentence, subjectOf, type Subject } from './definitions.js';
export { listItemsAfter, Outcomes } from './outcomes.js';
export { withFacts } from './passage-facts.js';
export { linksToStore, namesKiosk, saysGiven, saysGotten, saysHowToRegister, saysSold, saysWhereToGet } from './taking-part.js';
