/**
 * The letters chat writes for whole words: "what r contribution seats", "who r the winners", "can u share the slides".
 * Read as the words they stand for, so that "what r" asks what "what are" asks, and "r" and "u" are no words to find.
 */
const SHORTHAND: Readonly<Record<string, string>> = { r: 'are', u: 'you', ur: 'your' };

export function withShorthandSpelled(text: string): string {
  return text.replace(/(?<![\p{L}\p{N}'’.-])(?:r|u|ur)(?![\p{L}\p{N}'’.-])/giu, (letters) => SHORTHAND[letters.toLowerCase()] ?? letters);
}
