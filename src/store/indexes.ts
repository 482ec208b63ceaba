import MiniSearch, { type AsPlainObject, type Options } from 'minisearch';
import { analyze, PASSAGE_INDEX_OPTIONS, TALK_INDEX_OPTIONS, type PassageDocument, type TalkDocument } from './schema.js';
import { colocatedNames } from '../domain/index.js';
import type { EventInfo, Passage, Talk } from '../model/index.js';
import type { IndexData, StoredSearchIndex } from './files.js';

export type PassageIndex = MiniSearch<PassageDocument>;
export type TalkIndex = MiniSearch<TalkDocument>;

/** Where each event took place, so a passage of a recap matches its city even where the text does not say it. */
function placesByEvent(events: readonly EventInfo[]): Map<string, string> {
  const places = new Map<string, string>();
  for (const event of events) {
    const place = [event.city, event.country].filter(Boolean).join(' ');
    if (place && !places.has(event.name)) places.set(event.name, place);
  }
  return places;
}

/** What the index holds for each passage, in store order (ids are positions). */
function passageDocuments(passages: readonly Passage[], events: readonly EventInfo[]): PassageDocument[] {
  const places = placesByEvent(events);
  return passages.map((passage, id) => passageDocument(passage, id, places));
}

function passageDocument(passage: Passage, id: number, places: Map<string, string>): PassageDocument {
  const names = passage.event ? [passage.event, ...colocatedNames(passage.event)] : [];
  const event = [...names, ...new Set(names.map((name) => places.get(name)).filter(Boolean))].join(' ');
  return { id, post: passage.title, headings: passage.headings.join(' '), event, text: passage.text };
}

/** The search indexes over passages and talks, and the terms a typo search can reach in them. */
export interface SearchIndexes {
  passageIndex: PassageIndex;
  talkIndex: TalkIndex;
  /** See `typoTermsOf`. */
  typoTerms: readonly string[];
}

const HAN_TERM = /^\p{Script=Han}+$/u;

/**
 * Every index term of the documents' fields that is not a run of Chinese characters, sorted: the
 * terms a typo search of a Latin word can reach (a Chinese term differs from it in every character),
 * so the query side matches typos among these and not among every term of the index (four fifths of
 * them are Chinese bigrams). Read with the schema MiniSearch indexes with, not from its internals.
 */
function typoTermsOf(documents: readonly object[]): string[] {
  const terms = new Set<string>();
  for (const document of documents) {
    for (const [field, value] of Object.entries(document)) {
      if (field !== 'id' && typeof value === 'string') for (const term of analyze(value)) if (!HAN_TERM.test(term)) terms.add(term);
    }
  }
  return [...terms].sort();
}

/** Builds the in-memory indexes over passages and talks, in store order (ids are positions). */
export function buildSearchIndexes(passages: readonly Passage[], talks: readonly Talk[], events: readonly EventInfo[]): SearchIndexes {
  const passageDocs = passageDocuments(passages, events);
  const passageIndex = new MiniSearch<PassageDocument>(PASSAGE_INDEX_OPTIONS);
  passageIndex.addAll(passageDocs);
  const talkDocs: TalkDocument[] = talks.map((talk, id) => ({
    id,
    // Both titles of a talk told in both languages, so a question in either finds it.
    title: [...new Set([talk.title, ...Object.values(talk.titles)])].join(' '),
    speakers: [...talk.speakers, ...talk.organisations].join(' '),
    event: talk.event ?? '',
  }));
  const talkIndex = new MiniSearch<TalkDocument>(TALK_INDEX_OPTIONS);
  talkIndex.addAll(talkDocs);
  return { passageIndex, talkIndex, typoTerms: typoTermsOf([...passageDocs, ...talkDocs]) };
}

/**
 * Loads the indexes `data` holds as `MiniSearch#toJSON()` wrote them, with the same options, and
 * their typo terms, and takes their serialized form out of `data`: MiniSearch reads each index's
 * terms as they are parsed, a line of the data file at a time, and none is kept once it has.
 */
export function takeSearchIndexes(data: Pick<IndexData, 'passageIndex' | 'talkIndex' | 'typoTerms'>): SearchIndexes {
  const { passageIndex, talkIndex } = data;
  if (!passageIndex || !talkIndex) throw new Error('takeSearchIndexes: the search indexes were already taken');
  data.passageIndex = null;
  data.talkIndex = null;
  return { passageIndex: loadIndex(passageIndex, PASSAGE_INDEX_OPTIONS), talkIndex: loadIndex(talkIndex, TALK_INDEX_OPTIONS), typoTerms: data.typoTerms };
}

/**
 * `MiniSearch.loadJS` over a stored index whose terms may be a lazy iterable rather than an array:
 * it only walks them once, in order (`for…of`), which the round trip in tests/unit/index-store.test.ts
 * checks against the index as built.
 */
function loadIndex<T>(stored: StoredSearchIndex, options: Options<T>): MiniSearch<T> {
  return MiniSearch.loadJS<T>(stored as AsPlainObject, options);
}
