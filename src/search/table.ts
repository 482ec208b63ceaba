import type { SectionValue, UnpackedSections } from './container.js';
import type { Lang, Passage } from './types.js';

/** A date as the posts write them: "March 9", "9 March", "2025-03-09", "3 月 9 日". */
export const DATE =
  /\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(tember)?|oct(ober)?|nov(ember)?|dec(ember)?)\.? \d{1,2}\b|\b\d{1,2}(st|nd|rd|th)? (of )?(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(tember)?|oct(ober)?|nov(ember)?|dec(ember)?)\b|\b20\d\d-\d\d-\d\d\b|\d{1,2}\s*月\s*\d{1,2}\s*日/i;

const VIDEO = 1;
const SLIDES = 2;
const MENTIONS_DATE = 4;

const LANGS: readonly Lang[] = ['en', 'zh'];

/** What the header of an index file records about its passages. */
interface TableMeta {
  count: number;
  postIds: string[];
  translationKeys: string[];
  eventNames: string[];
  dates: string[];
  /** The DATE pattern the flags were computed with; flags of another pattern are recomputed on load. */
  datePattern: string;
}

/** Numbers for the distinct values of a column, in order of first appearance. */
class Dictionary {
  readonly values: string[] = [];
  readonly #ids = new Map<string, number>();

  id(value: string): number {
    let id = this.#ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.values.push(value);
      this.#ids.set(value, id);
    }
    return id;
  }
}

function flagsOf(passage: Passage): number {
  return (passage.links.videos.length ? VIDEO : 0) | (passage.links.slides.length ? SLIDES : 0) | (DATE.test(passage.text) ? MENTIONS_DATE : 0);
}

/**
 * The passages of an index as columns: what ranking reads for every matching passage (language,
 * post, event, date, links, whether it names a date) in typed arrays, and each whole passage
 * decoded only when an answer shows it. A loaded index keeps the passages as UTF-8 bytes.
 */
export class PassageTable {
  readonly count: number;
  readonly #langs: Uint8Array;
  readonly #posts: Uint32Array;
  readonly #postKeys: Uint32Array;
  readonly #events: Int32Array;
  readonly #dates: Int32Array;
  readonly #flags: Uint8Array;
  readonly #meta: TableMeta;
  readonly #passage: (doc: number) => Passage;
  #firstOfPost: Int32Array | undefined;

  private constructor(
    meta: TableMeta,
    columns: { langs: Uint8Array; posts: Uint32Array; postKeys: Uint32Array; events: Int32Array; dates: Int32Array; flags: Uint8Array },
    passage: (doc: number) => Passage,
  ) {
    this.count = meta.count;
    this.#meta = meta;
    this.#langs = columns.langs;
    this.#posts = columns.posts;
    this.#postKeys = columns.postKeys;
    this.#events = columns.events;
    this.#dates = columns.dates;
    this.#flags = columns.flags;
    this.#passage = passage;
  }

  static fromPassages(passages: readonly Passage[]): PassageTable {
    const postIds = new Dictionary();
    const keys = new Dictionary();
    const events = new Dictionary();
    const dates = new Dictionary();
    const postKeys: number[] = [];
    const columns = {
      langs: new Uint8Array(passages.length),
      posts: new Uint32Array(passages.length),
      events: new Int32Array(passages.length),
      dates: new Int32Array(passages.length),
      flags: new Uint8Array(passages.length),
    };
    passages.forEach((passage, doc) => {
      const post = postIds.id(passage.postId);
      postKeys[post] = keys.id(passage.translationKey);
      columns.langs[doc] = LANGS.indexOf(passage.lang);
      columns.posts[doc] = post;
      columns.events[doc] = passage.event === null ? -1 : events.id(passage.event);
      columns.dates[doc] = passage.date === null ? -1 : dates.id(passage.date);
      columns.flags[doc] = flagsOf(passage);
    });
    const meta: TableMeta = {
      count: passages.length,
      postIds: postIds.values,
      translationKeys: keys.values,
      eventNames: events.values,
      dates: dates.values,
      datePattern: DATE.source,
    };
    return new PassageTable(meta, { ...columns, postKeys: Uint32Array.from(postKeys) }, (doc) => passages[doc] as Passage);
  }

  /** The header entry and sections that `decode` reads back. */
  encode(): { meta: TableMeta; sections: Record<string, SectionValue> } {
    const texts: string[] = [];
    const starts = new Uint32Array(this.count + 1);
    let at = 0;
    for (let doc = 0; doc < this.count; doc += 1) {
      const json = JSON.stringify(this.#passage(doc));
      texts.push(json);
      starts[doc] = at;
      at += Buffer.byteLength(json, 'utf8');
    }
    starts[this.count] = at;
    return {
      meta: this.#meta,
      sections: {
        'passages.json': texts.join(''),
        'passages.starts': starts,
        'passages.langs': this.#langs,
        'passages.posts': this.#posts,
        'passages.postKeys': this.#postKeys,
        'passages.events': this.#events,
        'passages.dates': this.#dates,
        'passages.flags': this.#flags,
      },
    };
  }

  static decode(meta: TableMeta, sections: UnpackedSections): PassageTable {
    const bytes = sections.bytes('passages.json');
    const starts = sections.array('passages.starts', 'u32');
    if (starts.length !== meta.count + 1) throw new Error('passage offsets do not match the passage count');
    const passage = (doc: number): Passage => JSON.parse(bytes.toString('utf8', starts[doc], starts[doc + 1])) as Passage;
    let flags = sections.array('passages.flags', 'u8');
    if (meta.datePattern !== DATE.source) {
      // Built by a program that recognised dates another way: ask this program's pattern.
      flags = flags.map((value, doc) => (value & ~MENTIONS_DATE) | (DATE.test(passage(doc).text) ? MENTIONS_DATE : 0));
    }
    const columns = {
      langs: sections.array('passages.langs', 'u8'),
      posts: sections.array('passages.posts', 'u32'),
      postKeys: sections.array('passages.postKeys', 'u32'),
      events: sections.array('passages.events', 'i32'),
      dates: sections.array('passages.dates', 'i32'),
      flags,
    };
    for (const column of [columns.langs, columns.posts, columns.events, columns.dates, columns.flags]) {
      if (column.length !== meta.count) throw new Error('a passage column does not match the passage count');
    }
    return new PassageTable(meta, columns, passage);
  }

  /** The whole passage (decoded from the index bytes when loaded from a file). */
  passage(doc: number): Passage {
    return this.#passage(doc);
  }

  lang(doc: number): Lang {
    return LANGS[this.#langs[doc] ?? 0] as Lang;
  }

  /** Number of the passage's post; `postId` and `translationKey` name it. */
  post(doc: number): number {
    return this.#posts[doc] ?? 0;
  }

  /** A passage of the post (its first), for what all passages of a post share: language, title. */
  firstPassage(post: number): number {
    if (!this.#firstOfPost) {
      const first = new Int32Array(this.postCount).fill(-1);
      for (let doc = this.count - 1; doc >= 0; doc -= 1) first[this.#posts[doc] ?? 0] = doc;
      this.#firstOfPost = first;
    }
    return this.#firstOfPost[post] ?? 0;
  }

  get postCount(): number {
    return this.#meta.postIds.length;
  }

  postId(post: number): string {
    return this.#meta.postIds[post] ?? '';
  }

  get translationKeyCount(): number {
    return this.#meta.translationKeys.length;
  }

  /** Number of the post's translation key: the posts that are one another's translations share it. */
  translationKey(post: number): number {
    return this.#postKeys[post] ?? 0;
  }

  event(doc: number): string | null {
    const id = this.#events[doc] ?? -1;
    return id < 0 ? null : (this.#meta.eventNames[id] ?? null);
  }

  /** Number of the passage's event name (-1: none), and the names. */
  eventId(doc: number): number {
    return this.#events[doc] ?? -1;
  }

  get eventNames(): readonly string[] {
    return this.#meta.eventNames;
  }

  date(doc: number): string | null {
    const id = this.#dates[doc] ?? -1;
    return id < 0 ? null : (this.#meta.dates[id] ?? null);
  }

  hasVideo(doc: number): boolean {
    return ((this.#flags[doc] ?? 0) & VIDEO) !== 0;
  }

  hasSlides(doc: number): boolean {
    return ((this.#flags[doc] ?? 0) & SLIDES) !== 0;
  }

  /** Whether the text names a date as DATE reads one. */
  mentionsDate(doc: number): boolean {
    return ((this.#flags[doc] ?? 0) & MENTIONS_DATE) !== 0;
  }
}
