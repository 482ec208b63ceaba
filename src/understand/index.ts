/** Question text → a typed `Question`. Pure: no index, no I/O. */
export { understand } from './understand.js';
export { detectLang } from './lang.js';
export { parseQuery } from './parse.js';
export type { Question, WordGroup } from './types.js';
export { asksWeekday } from './weekday.js';
export { asksCountry } from './country-asked.js';
export { askingWords, askOf, asksWhoIs, LINK_WORDS, LISTING_WORDS, SHIRTS, TALK_FORMATS, talksAsked } from './intents.js';
export { phrasesOf, type Phrases } from './phrases.js';
export { COMPANY_ASKS, namesPart } from './roles.js';
export { asksHowLong, countedPhrases, limitAsked, talkSizeAsked } from './counted.js';
export { afterAsked, afterSides, beforeAsked, followsAsked, HAPPENING_WORDS, happenedAfterAsked, pickAsked, relativeYears, relativeYearWords, timeOf, whatFollowedAsked } from './times.js';
export { ANY_BODY_TITLE, asksGovernance, bodiesTitled, bodyTitleOf, awardAsked, namesElection, otherBodiesTitleOf } from './bodies.js';
export { asksDateToo, asksHowHeld, asksOpening, asksPrice, freeAsked, whoTookPartAsked } from './taking-part.js';
export { notificationAsked } from './register-asks.js';
export { downloadAsked } from './not-asking.js';
export { spellingAsked, subjectGroups } from './what-is.js';
