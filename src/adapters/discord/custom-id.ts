import { z } from 'zod';
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
const ACTIONS = { more: 'm', post: 'p' } as const satisfies Record<ButtonAction, string>;
const LISTS = { passages: 'p', talks: 't', events: 'e' } as const satisfies Record<ListKind, string>;

/**
 * The state as a custom id, or null when it does not fit in Discord's 100 characters (a very long
 * query): the button is then left out rather than made to ask a different question.
 */
export function encodeButton(state: ButtonState): string | null {
  const id = JSON.stringify([TAG, ACTIONS[state.action], LISTS[state.list], state.offset, state.lang ?? '', state.event ?? '', state.query]);
  return id.length <= LIMITS.customId ? id : null;
}

const action = z.enum([ACTIONS.more, ACTIONS.post]).transform((code): ButtonAction => (code === ACTIONS.more ? 'more' : 'post'));
const list = z.enum([LISTS.passages, LISTS.talks, LISTS.events]).transform((code): ListKind => (code === LISTS.talks ? 'talks' : code === LISTS.events ? 'events' : 'passages'));
const lang = z.enum(['', 'en', 'zh']).transform((code): Lang | undefined => (code === '' ? undefined : code));
const event = z.string().transform((name) => (name === '' ? undefined : name));

/** The custom id as `encodeButton` writes it, or as version 1 wrote it (no list: passages); anything else fails. */
const schema = z.union([
  z
    .tuple([z.literal(TAG), action, list, z.int().min(0), lang, event, z.string()])
    .transform(([, act, kind, offset, language, name, query]): ButtonState => ({ action: act, query, list: kind, offset, lang: language, event: name })),
  z
    .tuple([z.literal(TAG_V1), action, z.int().min(0), lang, event, z.string()])
    .transform(([, act, offset, language, name, query]): ButtonState => ({ action: act, query, list: 'passages', offset, lang: language, event: name })),
]);

/** The state in a custom id, or null for anything this version did not write. */
export function decodeButton(id: string): ButtonState | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(id);
  } catch {
    return null;
  }
  const state = schema.safeParse(parsed);
  return state.success ? state.data : null;
}
