/**
 * Who gave a talk the posts name no speaker for, only an organisation: "eBay end-user talk: federated access points
 * with Istio. eBay explained how it uses Istio…", "Airbnb 最终用户演讲：… 。Airbnb 讲述了…". The sentence said of the talk
 * that names a company the talks know ("Microsoft presented its work on…"), or that opens with a name its title holds
 * too: a company no speaker of any talk spoke for (eBay, Airbnb) is known only so. Pure.
 */
import { ANY_EVENT_WORDS, KIND_NAMES, ORGANISATIONS, SYNONYMS } from '../domain/index.js';
import { ORGANISATION_NAMES, wholeWord } from './known-organisations.js';
import type { Ranked } from '../find/index.js';
import type { Lang, Talk } from '../model/index.js';
import { fold } from '../store/index.js';
import { companySentence, sentencesOf, titled } from './sentences.js';
import type { DirectAnswer } from './types.js';

/** The words of the domain ("Istio", "Envoy", "Gateway"): a title and its sentence sharing one share no company. */
const DOMAIN_WORDS: ReadonlySet<string> = new Set(
  [...SYNONYMS.filter((group) => !ORGANISATIONS.includes(group)).flat(), ...KIND_NAMES.flatMap((kind) => kind.aliases), ...ANY_EVENT_WORDS].flatMap((phrase) => fold(phrase).split(/[^\p{L}\p{N}]+/u)),
);

/** The Latin word a sentence opens with ("eBay", "Airbnb", "Google"), before a space, a comma or a Han character. */
const OPENING_NAME = /^([\p{Script=Latin}][\p{Script=Latin}\p{N}.&-]*)(?=[\s,，、\p{Script=Han}]|$)/u;

/** An organisation the domain knows that both texts name ("蚂蚁集团" in the title "蚂蚁集团主题演讲" and in what is said of it). */
function sharedOrganisation(sentence: string, title: string): boolean {
  const [said, titled] = [fold(sentence), fold(title)];
  return ORGANISATION_NAMES.some((names) => names(said) && names(titled));
}

export interface GiverSources {
  /** Whether a text names a company the talks know ("Tetrate", "Google Cloud"). */
  namesCompany(text: string): boolean;
  /** Whether prose writes a word in lower case more often than not: no name ("Tips", "The"). */
  mostlyLower(word: string): boolean;
}

/**
 * The sentence of a talk's own text that says who gave it: one that names a company the talks know, an organisation
 * its title names too, or that opens with a name (not a word of prose or of the domain) its title holds. `opening`, a
 * programme entry's title the text starts with, is no place to cut it (`companySentence`).
 */
export function giverSentence(text: string, opening: string, title: string, sources: GiverSources): string | undefined {
  // What a sentence says of the talk, after the title an entry opens with: the title shares its own names.
  const saysOf = (sentence: string): string => (opening && sentence.startsWith(opening) ? sentence.slice(opening.length) : sentence).replace(/^[\s。.，,:：]+/u, '');
  const opensWithName = (said: string): boolean => {
    const name = OPENING_NAME.exec(said)?.[1];
    return name !== undefined && !sources.mostlyLower(name) && !DOMAIN_WORDS.has(fold(name)) && wholeWord(name).test(title);
  };
  return companySentence(text, opening, (sentence) => sources.namesCompany(sentence) || sharedOrganisation(saysOf(sentence), title) || opensWithName(saysOf(sentence)));
}

/** A programme entry's own text: the passage from its start up to where the title of another entry it lists begins. */
export function entryOf(text: string, titles: readonly string[]): string {
  const next = Math.min(...titles.map((title) => text.indexOf(title, 1)).filter((at) => at > 0));
  return Number.isFinite(next) ? text.slice(0, next) : text;
}

/**
 * The line saying which company gave `talk` (one of `talks`, those `ranked`'s passage tells), from what that passage says
 * of it, quoted under its post's title; none when it says nothing of who gave it. A programme entry opens with its title,
 * said of it too, and is read up to the next entry ("蚂蚁集团主题演讲…。 免费的…工具，由 Idit Levine（Solo.io）… 主讲。": the
 * company of the talk after it did not give this one); a recap that tells several talks, in the sentence naming it.
 */
export function giverLine(talk: Talk, ranked: Ranked, talks: readonly Talk[], lang: Lang, sources: GiverSources): DirectAnswer | undefined {
  const title = talk.titles[lang] ?? talk.title;
  const { text } = ranked.passage;
  const entry = text.startsWith(title);
  const naming = talks.length === 1 ? text : sentencesOf(text).find((sentence) => sentence.includes(title));
  const own = entry ? entryOf(text, talks.map((other) => other.titles[lang] ?? other.title)) : (naming ?? '');
  const said = giverSentence(own, entry ? title : '', title, sources);
  return said ? { text: titled(lang, ranked.passage.title, said), url: ranked.passage.url, lang } : undefined;
}
