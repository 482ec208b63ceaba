import type { Lang } from '../../model/index.js';
import type { ListKind } from '../../present/index.js';
import { LIMITS } from './fit.js';

/** `more`: the next page for the person who clicked. `post`: the same page, visible to the channel. */
export type ButtonAction = 'more' | 'post';

/** Everything a button needs to ask the question again: the bot keeps no state between clicks. */
export interface ButtonState {
  action: ButtonAction;
  query: string;
  /** The page: the list being paged and the position of its first item. */
  list: ListKind;
  offset: number;
  lang: Lang | undefined;
  event: string | undefined;
}

/** Marks our ids and their format, so a button from another bot or an older format is recognised. */
const TAG = 'ie2';
/** Ids made before lists were paged: they always paged passages. */
const TAG_V1 = 'ie1';
const ACTIONS: Record<ButtonAction, string> = { more: 'm', post: 'p' };
const LISTS: Record<ListKind, string> = { passages: 'p', talks: 't', events: 'e' };

function keyOf<K extends string>(codes: Record<K, string>, code: unknown): K | undefined {
  return (Object.keys(codes) as K[]).find((key) => codes[key] === code);
}

/**
 * The state as a custom id, or null when it does not fit in Discord's 100 characters (a very long
 * query): the button is then left out rather than made to ask a different question.
 */
export function encodeButton(state: ButtonState): string | null {
  const id = JSON.stringify([TAG, ACTIONS[state.action], LISTS[state.list], state.offset, state.lang ?? '', state.event ?? '', state.query]);
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
  if (!Array.isArray(parsed)) return null;
  // A version 1 id has no list: it paged passages.
  const fields = parsed[0] === TAG_V1 && parsed.length === 6 ? [TAG, parsed[1], LISTS.passages, ...parsed.slice(2)] : parsed;
  if (fields.length !== 7) return null;
  const [tag, code, listCode, offset, lang, event, query] = fields as unknown[];
  const action = keyOf(ACTIONS, code);
  const list = keyOf(LISTS, listCode);
  if (tag !== TAG || !action || !list) return null;
  if (typeof offset !== 'number' || !Number.isSafeInteger(offset) || offset < 0) return null;
  if (lang !== '' && lang !== 'en' && lang !== 'zh') return null;
  if (typeof event !== 'string' || typeof query !== 'string') return null;
  return { action, query, list, offset, lang: lang === '' ? undefined : lang, event: event === '' ? undefined : event };
}
