import { z } from 'zod';
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
const ACTIONS = { more: 'm', post: 'p' } as const satisfies Record<ButtonAction, string>;

/**
 * The state as a custom id, or null when it does not fit in Discord's 100 characters (a very long
 * query): the button is then left out rather than made to ask a different question.
 */
export function encodeButton(state: ButtonState): string | null {
  const id = JSON.stringify([TAG, ACTIONS[state.action], state.offset, state.lang ?? '', state.event ?? '', state.query]);
  return id.length <= LIMITS.customId ? id : null;
}

/** The custom id as `encodeButton` writes it; anything else (another bot's, an old format) fails. */
const schema = z
  .tuple([
    z.literal(TAG),
    z.enum([ACTIONS.more, ACTIONS.post]),
    z.int().min(0),
    z.enum(['', 'en', 'zh']),
    z.string(),
    z.string(),
  ])
  .transform(([, code, offset, lang, event, query]): ButtonState => ({
    action: code === ACTIONS.more ? 'more' : 'post',
    query,
    offset,
    lang: lang === '' ? undefined : lang,
    event: event === '' ? undefined : event,
  }));

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
