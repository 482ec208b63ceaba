import type { Lang } from '../../model/index.js';
import { LIMITS } from './fit.js';

/** `more`: the next page for the person who clicked. `post`: the same page, visible to the channel. */
export type ButtonAction = 'more' | 'post';

/** Everything a button needs to ask the question again: the bot keeps no state between clicks. */
export interface ButtonState {
  action: ButtonAction;
  query: string;
  offset: number;
  lang: Lang | undefined;
  event: string | undefined;
}

/** Marks our ids and their format, so a button from another bot or an older format is recognised. */
const TAG = 'ie1';
const ACTIONS: Record<ButtonAction, string> = { more: 'm', post: 'p' };

/**
 * The state as a custom id, or null when it does not fit in Discord's 100 characters (a very long
 * query): the button is then left out rather than made to ask a different question.
 */
export function encodeButton(state: ButtonState): string | null {
  const id = JSON.stringify([TAG, ACTIONS[state.action], state.offset, state.lang ?? '', state.event ?? '', state.query]);
  return id.length <= LIMITS.customId ? id : null;
}

/** The state in a custom id, or null for anything this version did not write. */
export function decodeButton(id: string): ButtonState | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(id);
  } catch {
    return null;
  }
  if (!Array.isArray(parsed) || parsed.length !== 6) return null;
  const [tag, code, offset, lang, event, query] = parsed as unknown[];
  const action = (Object.keys(ACTIONS) as ButtonAction[]).find((key) => ACTIONS[key] === code);
  if (tag !== TAG || !action) return null;
  if (typeof offset !== 'number' || !Number.isSafeInteger(offset) || offset < 0) return null;
  if (lang !== '' && lang !== 'en' && lang !== 'zh') return null;
  if (typeof event !== 'string' || typeof query !== 'string') return null;
  return { action, query, offset, lang: lang === '' ? undefined : lang, event: event === '' ? undefined : event };
}
