/**
 * "is a new istio day scheduled", "any new istiocon planned", "有新的 istio day 吗": a new one of an event series is the
 * edition after the latest, the next one, as "another" is. "new" alone says no time ("what's new at istio day"): only
 * said with an article or 新的 right before the series' name, or before "event", "conference", "edition". Pure.
 */
import { KIND_NAMES } from '../domain/index.js';
import { talksAsked } from './intents.js';

const SERIES = [...KIND_NAMES.flatMap((kind) => kind.aliases.map((alias) => alias.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s*'))), 'events?', 'conferences?', 'editions?'].join('|');

const NEW_EDITION = new RegExp(`\\b(?:a|an|any)\\s+new\\s+(?:${SERIES})(?![\\p{L}])|新的\\s*(?:${SERIES})`, 'iu');

/**
 * "is there an istio day scheduled", "has istiocon been scheduled yet": a yes-or-no question ending on "scheduled" asks
 * whether one is set to happen, as "planned" does, not for a programme; of a talk ("is the keynote scheduled"), its slot.
 */
const SET_TO_HAPPEN = /^\s*(?:is|are|has|have|will|any)\b[^?]*\bscheduled(?:\s+yet)?\s*\?*\s*$/i;

/** Whether `text` asks of a new edition of an event series, or whether one is set to happen. */
export function newEditionAsked(text: string): boolean {
  return (text.includes('new') || text.includes('新的') ? NEW_EDITION.test(text) : false) || (text.includes('scheduled') && SET_TO_HAPPEN.test(text) && !talksAsked(text));
}
