import { hyphenated, nameWords } from './name-words.js';

/** A compound's hyphens dropped: "multi-tenancycon" is "multitenancycon"; a "meet-up" alias is a "meetup" alone, whose "meet" names no event ("where can i meet the maintainers"). */
export const joined = (compound: string): string => compound.replace(/-/g, '');

/**
 * The words of `said` that may name an event, and the compounds typed with a hyphen that name none as a whole: such a
 * compound is one topic word, as titles hold it ("multi-cluster" is "multicluster", of "Istio Ambient Goes
 * Multicluster" too), and its parts name nothing ("multi" is no Multi-TenancyCon), so they are not among the words.
 */
export function namingWords(said: string, knows: (word: string) => boolean): { typed: string[]; compounds: string[] } {
  const compounds = hyphenated(said).filter((compound) => !knows(joined(compound)));
  const parts = new Set(compounds.flatMap((compound) => compound.split('-')));
  return { typed: nameWords(said).filter((word) => !parts.has(word)), compounds };
}
