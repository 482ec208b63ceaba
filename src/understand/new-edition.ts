/**
 * "is a new istio day scheduled", "any new istiocon planned", "有新的 istio day 吗": a new one of an event series is the
 * edition after the latest, the next one, as "another" is. "new" alone says no time ("what's new at istio day"): only
 * said with an article or 新的 right before the series' name, or before "event", "conference", "edition". Pure.
 */
import { KIND_NAMES } from '../domain/index.js';

const SERIES = [...KIND_NAMES.flatMap((kind) => kind.aliases.map((alias) => alias.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s*'))), 'events?', 'conferences?', 'editions?'].join('|');

const NEW_EDITION = new RegExp(`\\b(?:a|an|any)\\s+new\\s+(?:${SERIES})(?![\\p{L}])|新的\\s*(?:${SERIES})`, 'iu');

/** Whether `text` asks of a new edition of an event series. */
export function newEditionAsked(text: string): boolean {
  return text.includes('new') || text.includes('新的') ? NEW_EDITION.test(text) : false;
}
