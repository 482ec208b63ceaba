import MiniSearch from 'minisearch';
import { PASSAGE_INDEX_OPTIONS, TALK_INDEX_OPTIONS, type PassageDocument, type TalkDocument } from './schema.js';
import type { EventInfo, Passage, Talk } from '../model/index.js';

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

/**
 * Other names people use for the same event: Istio Day is co-located with KubeCon + CloudNativeCon,
 * so a recap of one answers questions about the other.
 */
export function eventAliases(name: string): string[] {
  const kubecon = /^KubeCon \+ CloudNativeCon (Europe|North America) (20\d\d)$/.exec(name);
  if (kubecon) return [`Istio Day ${kubecon[1]} ${kubecon[2]}`];
  const istioDay = /^Istio Day (Europe|North America) (20\d\d)$/.exec(name);
  if (istioDay) return [`KubeCon + CloudNativeCon ${istioDay[1]} ${istioDay[2]}`];
  return [];
}

function passageDocument(passage: Passage, id: number, places: Map<string, string>): PassageDocument {
  const names = passage.event ? [passage.event, ...eventAliases(passage.event)] : [];
  const event = [...names, ...new Set(names.map((name) => places.get(name)).filter(Boolean))].join(' ');
  return { id, post: passage.title, headings: passage.headings.join(' '), event, text: passage.text };
}

/** Builds the in-memory indexes over passages and talks, in store order (ids are positions). */
export function buildSearchIndexes(
  passages: readonly Passage[],
  talks: readonly Talk[],
  events: readonly EventInfo[],
): { passageIndex: PassageIndex; talkIndex: TalkIndex } {
  const places = placesByEvent(events);
  const passageIndex = new MiniSearch<PassageDocument>(PASSAGE_INDEX_OPTIONS);
  passageIndex.addAll(passages.map((passage, id) => passageDocument(passage, id, places)));
  const talkIndex = new MiniSearch<TalkDocument>(TALK_INDEX_OPTIONS);
  talkIndex.addAll(
    talks.map((talk, id) => ({
      id,
      // Both titles of a talk told in both languages, so a question in either finds it.
      title: [...new Set([talk.title, ...Object.values(talk.titles)])].join(' '),
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
