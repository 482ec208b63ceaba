import MiniSearch from 'minisearch';
import { PASSAGE_INDEX_OPTIONS, TALK_INDEX_OPTIONS, type PassageDocument, type TalkDocument } from './schema.js';
import type { Passage, Talk } from './types.js';

export type PassageIndex = MiniSearch<PassageDocument>;
export type TalkIndex = MiniSearch<TalkDocument>;

export function passageDocument(passage: Passage, id: number): PassageDocument {
  return {
    id,
    post: passage.title,
    headings: passage.headings.join(' '),
    event: passage.event ?? '',
    text: passage.text,
  };
}

/** Builds the in-memory indexes over passages and talks, in store order (ids are positions). */
export function buildSearchIndexes(passages: readonly Passage[], talks: readonly Talk[]): { passageIndex: PassageIndex; talkIndex: TalkIndex } {
  const passageIndex = new MiniSearch<PassageDocument>(PASSAGE_INDEX_OPTIONS);
  passageIndex.addAll(passages.map(passageDocument));
  const talkIndex = new MiniSearch<TalkDocument>(TALK_INDEX_OPTIONS);
  talkIndex.addAll(
    talks.map((talk, id) => ({
      id,
      title: talk.title,
      speakers: [...talk.speakers, ...talk.organisations].join(' '),
      event: talk.event ?? '',
    })),
  );
  return { passageIndex, talkIndex };
}

/** Loads indexes serialized by `MiniSearch#toJSON()` (already parsed), with the same options. */
export function loadSearchIndexes(passageJson: unknown, talkJson: unknown): { passageIndex: PassageIndex; talkIndex: TalkIndex } {
  return {
    passageIndex: MiniSearch.loadJS(passageJson as Parameters<typeof MiniSearch.loadJS>[0], PASSAGE_INDEX_OPTIONS),
    talkIndex: MiniSearch.loadJS(talkJson as Parameters<typeof MiniSearch.loadJS>[0], TALK_INDEX_OPTIONS),
  };
}
