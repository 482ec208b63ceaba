/**
 * A passage in the other language, shown when no passage in the question's language answers
 * (issue 13, point 4). For a question that asks for a video or slides, a passage answers when it
 * holds one: "slides of the ebpf talk at the beijing meetup" has English passages about the meetup,
 * but only the Chinese report links each talk's slides. When none of the first page holds what is
 * asked and the best passages in any language include one in the other language that does, that
 * one comes first (every surface marks it as the other language's).
 */
import { PAGE_SIZE, saysSlidesOnSchedule } from '../domain/index.js';
import type { Ranked, RankedPassages } from '../find/index.js';
import type { Question } from '../understand/index.js';

/** Whether a passage holds the link kinds `question` asks for (a video, slides or the schedule said to hold them). */
function holdsAsked(question: Question, { passage }: Ranked): boolean {
  const { wants } = question.words;
  const video = wants.includes('video') && passage.links.videos.length > 0;
  const slides = wants.includes('slides') && (passage.links.slides.length > 0 || saysSlidesOnSchedule(passage.text, passage.links));
  return video || slides;
}

/**
 * The passage in the other language that answers a video or slides question which no passage in
 * its language on the first page answers: the first of the best `PAGE_SIZE` in any language
 * (`anyLanguage`, read only then) that holds what is asked; none otherwise.
 */
export function otherLanguageAnswer(ranked: RankedPassages, question: Question, anyLanguage: () => RankedPassages): Ranked | null {
  if (question.filters.lang || !(question.words.wants.includes('video') || question.words.wants.includes('slides'))) return null;
  if (ranked.slice(0, PAGE_SIZE).some((one) => one.passage.lang === question.lang && holdsAsked(question, one))) return null;
  return anyLanguage()
    .slice(0, PAGE_SIZE)
    .find((one) => one.passage.lang !== question.lang && holdsAsked(question, one)) ?? null;
}
