/**
 * Sentences of the posts as the direct lines quote them: split at their closing marks, under the title of their post,
 * no longer than a sentence. "who gave the windows talk at istio day london": a talk the posts name no speaker for, only
 * a company ("Microsoft presented its work on…", "a joint story from Lilt and Intel"), is said to be given by it in the
 * sentence that names the company, which answers rather than no line.
 */
import type { Lang } from '../model/index.js';

/** A quoted sentence under the title of the post it comes from: "Post title: what it says". */
export function titled(lang: Lang, title: string, said: string): string {
  return lang === 'zh' ? `${title}：${said}` : `${title}: ${said}`;
}

/** Longest sentence quoted: a longer one is a paragraph, not an answer. */
export const MAX_SENTENCE = 320;

/** The sentences of a passage's text, each with its closing mark; "Solo.io" ends none, nor the initial of "Faseela K. 和 Lin Sun". */
export function sentencesOf(text: string): string[] {
  return text.split(/(?<=[。！？])|(?<=(?<!(?:^|[^\p{L}])\p{Lu})[.!?])\s+/u).map((sentence) => sentence.trim()).filter(Boolean);
}

/**
 * The first sentence of a talk's text that names a company (`namesCompany`), or undefined when none does. A title the
 * text opens with (`opening`, a programme entry's) is no place to cut it: "…有哪些新变化？（…），由 … 主讲。" is one sentence.
 */
export function companySentence(text: string, opening: string, namesCompany: (sentence: string) => boolean): string | undefined {
  const sentences = sentencesOf(text.slice(opening.length)).map((sentence, at) => (at === 0 ? `${opening}${sentence}` : sentence));
  return sentences.find((sentence) => sentence.length <= MAX_SENTENCE && namesCompany(sentence));
}
