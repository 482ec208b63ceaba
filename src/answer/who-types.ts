/** The who line's shapes: the answer it gives, what it reads from the answer stage, a sentence it weighs. */
import type { Ranked } from '../find/index.js';
import type { Passage, Talk } from '../model/index.js';
import type { DirectAnswer } from './types.js';

/** A line and the passage it comes from, which is then shown first. */
export interface WhoAnswer {
  direct: DirectAnswer;
  first: Ranked;
}

/** What the answer stage knows that the who line reads: people in a text, the talks a passage tells. */
export interface WhoSources {
  /** Whether prose writes a word in lower case more often than not: no word of a person's name. */
  mostlyLower(word: string): boolean;
  talksOf(passage: Passage): readonly Talk[];
  /** Whether a text names a company the talks or the domain know ("Tetrate", "Google Cloud"). */
  namesCompany(text: string): boolean;
  /** A post's passages in order. */
  passagesOf(postId: string): readonly Passage[];
  /** Whether a text names a speaker by the Chinese name the posts pair with their English one ("徐中虎"). */
  namesInChinese?(text: string): boolean;
}

/** A sentence (or a talk) that may answer, the passage it is of, and the line it makes. */
export interface Unit {
  ranked: Ranked;
  text: string;
  direct: () => DirectAnswer | undefined;
}
