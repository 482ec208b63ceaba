/**
 * Limits every stage and surface shares. Change them here and nowhere else: the engine, the
 * present step, the bots and the web page all read these.
 */

/** Passages on one page of an answer: each is a few sentences, so a page is short. */
export const PAGE_SIZE = 3;

/** Talks or events on one page of a list: each is one line, so a page holds more of them. */
export const LIST_PAGE_SIZE = 10;

/** Longest question read, in characters; longer ones are cut, with a note in the answer. */
export const MAX_QUESTION_LENGTH = 500;

/**
 * Longest wait at shutdown, in milliseconds, for the questions in flight to be answered and their
 * answers delivered (every surface together), before the bot disconnects anyway.
 */
export const SHUTDOWN_GRACE_MS = 10_000;
