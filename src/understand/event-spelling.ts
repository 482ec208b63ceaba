import { KIND_NAMES, PLACES, REGION_ALIASES } from '../domain/index.js';
import { oneEditApart } from './intents.js';

const unspaced = (name: string): string => name.replace(/\s+/g, '').toLowerCase();

/**
 * Each kind's name pattern, to replace every mention of it. Without the `u` flag: the names are Latin letters and Han
 * characters of the basic plane, which it matches alike, and case folding under it (ſ as s, K as k) made every question's
 * reading of them twice as slow for letters the question's NFKC form no longer holds.
 */
const MENTIONS = KIND_NAMES.map(({ name, pattern }) => ({ name, pattern: new RegExp(pattern.source, 'gi'), joined: unspaced(name) }));

/** A kind's name said in the plural ("all the istio days", "kubecons in 2025", "istiocons"): the posts name each one singular. */
const PLURALS = /\b(istio ?day|istio ?con|kube ?con|contrib ?fest)s\b/gi;

/**
 * An event's name spaced otherwise ("istioday", "contrib fest", "istio con") or, run together, one letter off
 * ("contribfst", "istiocn"), written as the posts write it ("Istio Day", "ContribFest"): the posts' words are what the
 * passages hold and what every reader of a question looks for. Another way of naming it ("kubecon" for
 * KubeCon + CloudNativeCon) stays as said.
 */
export function spacedAsNamed(text: string): string {
  const singular = text.replace(PLURALS, '$1');
  const spaced = MENTIONS.reduce((said, { name, pattern, joined }) => said.replace(pattern, (found) => (unspaced(found) === joined ? name : found)), singular);
  return spaced.replace(/(?<![a-z0-9])[a-z]+(?![a-z0-9])/gi, (word) => MENTIONS.find(({ joined }) => oneEditApart(word.toLowerCase(), joined))?.name ?? withWhere(word));
}

/** The one-word regions and cities that a name may be run together with, lower case ("eu", "china", "london"). */
const WHERES: ReadonlySet<string> = new Set([...Object.values(REGION_ALIASES).flat(), ...PLACES.map(({ city }) => city.toLowerCase())].filter((where) => /^[a-z]+$/.test(where)));

/**
 * An event's name run together with its region or city, as a hashtag or a handle writes it ("istioconchina", "kubeconeu",
 * "istiodaylondon"): the name as the posts write it and the place after it, so each is read as if typed apart.
 */
function withWhere(word: string): string {
  const lower = word.toLowerCase();
  const named = RUN_TOGETHER.find(({ joined }) => lower.length > joined.length && lower.startsWith(joined) && WHERES.has(lower.slice(joined.length)));
  return named ? `${named.name} ${word.slice(named.joined.length)}` : word;
}

/** Each kind's names in Latin letters, run together ("kubecon", "istioday"), with the name the posts write. */
const RUN_TOGETHER = KIND_NAMES.flatMap(({ name, aliases }) => aliases.filter((alias) => /^[a-z ]+$/.test(alias)).map((alias) => ({ name, joined: unspaced(alias) })));
