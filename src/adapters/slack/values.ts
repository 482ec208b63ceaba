import { z } from 'zod';
import type { Lang } from '../../model/index.js';
import type { ListKind, PageRef } from '../../present/index.js';

/** Slack's limit on a button's `value`. */
export const MAX_BUTTON_VALUE = 2000;

/**
 * What a button carries back to us. Answers are stateless: the question and the page travel in
 * the button itself, so any instance of the bot can serve the click, even after a restart.
 */
export interface ButtonValue {
  /** The question as the engine read it. */
  q: string;
  /** Offset of the page the button asks for ("More results") or shows ("Share"). */
  o: number;
  /** Language of the answer, for the words of the reply (the feedback acknowledgement). */
  l: Lang;
  /** The list being paged: p(assages), t(alks), e(vents). Absent in buttons made before lists were paged: passages. */
  k?: 'p' | 't' | 'e';
}

const LIST_CODES: Record<ListKind, 'p' | 't' | 'e'> = { passages: 'p', talks: 't', events: 'e' };

const schema = z.object({
  q: z.string(),
  o: z.number().int().min(0),
  l: z.enum(['en', 'zh']),
  k: z.enum(['p', 't', 'e']).optional(),
});

/** The value of a button showing `page` of the answer to `query`. */
export function valueOf(query: string, lang: Lang, page: PageRef): ButtonValue {
  return { q: query, o: page.offset, l: lang, k: LIST_CODES[page.list] };
}

/** The page a button value asks for. */
export function pageOf(value: ButtonValue): PageRef {
  const list = (Object.keys(LIST_CODES) as ListKind[]).find((kind) => LIST_CODES[kind] === (value.k ?? 'p')) ?? 'passages';
  return { list, offset: value.o };
}

/**
 * JSON of the value, cut to fit Slack's limit: a question is at most a few hundred characters, but
 * JSON escapes can grow it (a control character takes six), so the question is shortened if needed.
 */
export function encodeValue(value: ButtonValue): string {
  let chars = [...value.q];
  let encoded = JSON.stringify({ ...value, q: chars.join('') });
  while (encoded.length > MAX_BUTTON_VALUE) {
    chars = chars.slice(0, Math.max(0, chars.length - Math.ceil((encoded.length - MAX_BUTTON_VALUE) / 6)));
    encoded = JSON.stringify({ ...value, q: chars.join('') });
  }
  return encoded;
}

/** The value of a button we made, or undefined for anything else. */
export function decodeValue(raw: string | undefined): ButtonValue | undefined {
  if (raw === undefined) return undefined;
  try {
    const parsed = schema.safeParse(JSON.parse(raw));
    if (!parsed.success) return undefined;
    const { k, ...rest } = parsed.data;
    return k === undefined ? rest : { ...rest, k };
  } catch {
    return undefined;
  }
}
