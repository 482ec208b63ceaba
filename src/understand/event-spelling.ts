import { KIND_NAMES } from '../domain/index.js';
import { oneEditApart } from './intents.js';

const unspaced = (name: string): string => name.replace(/\s+/g, '').toLowerCase();

/** Each kind's name pattern, to replace every mention of it. */
const MENTIONS = KIND_NAMES.map(({ name, pattern }) => ({ name, pattern: new RegExp(pattern.source, 'giu'), joined: unspaced(name) }));

/**
 * An event's name spaced otherwise ("istioday", "contrib fest", "istio con") or, run together, one letter off
 * ("contribfst", "istiocn"), written as the posts write it ("Istio Day", "ContribFest"): the posts' words are what the
 * passages hold and what every reader of a question looks for. Another way of naming it ("kubecon" for
 * KubeCon + CloudNativeCon) stays as said.
 */
/** A kind's name said in the plural ("all the istio days", "kubecons in 2025", "istiocons"): the posts name each one singular. */
const PLURALS = /\b(istio ?day|istio ?con|kube ?con|contrib ?fest)s\b/gi;

export function spacedAsNamed(text: string): string {
  const singular = text.replace(PLURALS, '$1');
  const spaced = MENTIONS.reduce((said, { name, pattern, joined }) => said.replace(pattern, (found) => (unspaced(found) === joined ? name : found)), singular);
  return spaced.replace(/(?<![a-z0-9])[a-z]+(?![a-z0-9])/gi, (word) => MENTIONS.find(({ joined }) => oneEditApart(word.toLowerCase(), joined))?.name ?? word);
}
