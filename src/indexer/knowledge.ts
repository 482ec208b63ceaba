import type { EventInfo, Talk } from '../model/index.js';
import { extractEvents } from './events.js';
import { extractTalks } from './talks.js';
import type { ParsedPost } from './types.js';

/** The talks and events of a set of parsed posts: what `buildCorpus` takes as its `extract` option. */
export function extractKnowledge(posts: readonly ParsedPost[]): { talks: Talk[]; events: EventInfo[] } {
  return { talks: posts.flatMap((post) => extractTalks(post)), events: extractEvents(posts) };
}
