/**
 * "which version did ambient reach beta", "ambient 哪个版本 GA 的", "operator removed in which release": asked which
 * release something happened in, the answer is the release the post names, in its own words. A post whose title names a
 * release announces what happened in it ("Istio’s new sidecar-less ‘Ambient Mode’ reaches Beta in version 1.22", "…在
 * v1.24 中正式推出"): when the first passage is that post's and its title holds a word asked, the title is the line.
 * A word asked that the title lacks ("hit", "GA" for 正式推出) may be the asker's, not the post's: one word the title holds
 * ties it to the question. Otherwise the sentence of a first-page passage that names a release and holds every word asked
 * ("…will be removed with the release of Istio 1.24"), quoted under its post's title, that passage shown first. No
 * release named, no line. Pure.
 */
import type { RankedPassages } from '../find/index.js';
import { analyze } from '../store/index.js';
import type { Question, WordGroup } from '../understand/index.js';
import { holds } from './dated-line.js';
import type { Lead } from './page.js';
import { MAX_SENTENCE, sentencesOf, titled } from './sentences.js';

/** Asking which release: "which version", "what istio release", "哪个版本", "什么版本", "哪一版". */
const WHICH_RELEASE = /\b(?:which|what)\s+(?:istio\s+)?(?:version|release)s?\b|(?:哪个|哪一个|什么|哪一|哪)\s*(?:版本|版|release|version)/iu;

/** A release named as Istio's are numbered ("1.22", "v1.24", "Istio 1.18", "1.0.0"); not a year, a time or a count. */
const RELEASE_NAMED = /(?<![\d.])v?1\.\d{1,2}(?:\.\d{1,2})?(?![\d.]*\d)/iu;

/** The words that ask for a release, and the project's own name: they say nothing of what happened. */
const ASKING = new Set([...analyze('istio version versions release releases'), '版本', '哪个', '个版', '哪一', '一版', '什么', '么版']);

const asksOnly = (group: WordGroup): boolean => group.alternatives.every((terms) => terms.every((term) => ASKING.has(term)));

/** How far down the ranking a sentence naming the release is looked for: the first page. */
const RELEASE_DEPTH = 3;

export function releaseLine(question: Question, ranked: RankedPassages): Lead | undefined {
  if (!WHICH_RELEASE.test(question.rest)) return undefined;
  const asked = question.words.groups.filter((group) => !asksOnly(group));
  if (!asked.length) return undefined;
  const head = ranked.slice(0, RELEASE_DEPTH).filter(({ passage }) => passage.lang === question.lang);
  const [first] = ranked.slice(0, 1);
  const top = first?.passage;
  if (top?.lang === question.lang && RELEASE_NAMED.test(top.title)) {
    const titleTerms = new Set(analyze(top.title));
    if (asked.some((group) => holds(group, titleTerms, top.title))) return { direct: { text: top.title, url: top.postUrl, lang: question.lang } };
  }
  for (const one of head) {
    const { passage } = one;
    const sentence = sentencesOf(passage.text).find((said) => {
      if (said.length > MAX_SENTENCE || !RELEASE_NAMED.test(said)) return false;
      const held = new Set(analyze(said));
      return asked.every((group) => holds(group, held, said));
    });
    if (!sentence) continue;
    const direct = { text: titled(question.lang, passage.title, sentence), url: passage.url, lang: question.lang };
    return one === first ? { direct } : { direct, first: one };
  }
  return undefined;
}
