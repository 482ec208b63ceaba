/**
 * What one answer shows, read as the eval reads it, and the verdict on one question:
 * where the expected post ranks, whether the answer key is in the answer line or the first
 * passage (answer@1) or anywhere on the first page (answer@3), and whether an expected video or
 * slides link is shown.
 */
import type { Answer } from '../answer/index.js';
import { PAGE_SIZE, talkUrlIn } from '../domain/index.js';
import { mainList } from '../present/index.js';
import type { Talk } from '../model/index.js';
import { answers, firstRank, mediaKeys, offersLink, showsKey, type RankedItem } from './metrics.js';
import type { EvalIntent, EvalQuestion } from './questions.js';

/** A ranked passage as the eval reads it: what it shows and the post it comes from. */
export interface ShownPassage extends RankedItem {
  postId: string | null;
}

/** The first page of an answer: the direct answer line, the ranked passages, the listed talks. */
export interface Shown {
  /** The list the answer shows first, after the line (the shared present step's main list). */
  main: 'passages' | 'talks';
  line: RankedItem | null;
  passages: ShownPassage[];
  talks: RankedItem[];
}

export interface Verdict {
  /** Rank of the first passage from an expected post (old shape: of the first passage that answers). */
  postRank: number | null;
  answer1: boolean;
  answer3: boolean;
  /** Null when the question expects no video or slides link. */
  linkShown: boolean | null;
}

/**
 * Intents whose answer is a talk: for them the listed talks (title, speakers, video, slides) of the
 * first page count towards answer@3, as the surfaces show them beside the passages. They count for
 * answer@1 only when the answer shows its talks first (`talks` and `speaker` answers, whose main
 * list they are); otherwise answer@1 is the answer line or the first passage alone.
 */
const TALK_INTENTS: ReadonlySet<EvalIntent> = new Set(['talks', 'slides', 'video', 'who']);

/** The answer line, when the engine gives one: its text and its source link. */
function lineOf(answer: Answer): RankedItem | null {
  return answer.direct ? { text: answer.direct.text, links: [answer.direct.url] } : null;
}

const talkLinks = (talk: Talk): string[] => [talk.video, talk.slides, talk.schedule].filter((link): link is string => link !== null);

/**
 * Reads an answer: each passage offers its text, its own links and URLs, and the video and slides
 * (and schedule page) of the talks it names (`talksByPassage`); `postOf` maps a passage id to its post id.
 */
export function readAnswer(answer: Answer, talksByPassage: ReadonlyMap<string, readonly Talk[]>, postOf: ReadonlyMap<string, string>): Shown {
  return {
    main: mainList(answer.intent) === 'talks' ? 'talks' : 'passages',
    line: lineOf(answer),
    passages: answer.results.map((result) => ({
      postId: postOf.get(result.id) ?? null,
      text: result.text,
      links: [
        result.url,
        result.postUrl,
        ...result.links.videos,
        ...result.links.slides,
        ...result.links.schedule,
        ...result.links.other,
        ...(talksByPassage.get(result.id) ?? []).flatMap(talkLinks),
      ],
    })),
    // The title the surfaces show: in the answer's language where the posts tell the talk in it.
    talks: answer.talks.slice(0, PAGE_SIZE).map((talk) => ({ links: [...talkLinks(talk), talkUrlIn(talk, answer.lang)], text: [talk.titles[answer.lang] ?? talk.title, ...talk.speakers].join(' ') })),
  };
}

/** The verdict on one question, reading `depth` passages for the post rank. */
export function judge(question: EvalQuestion, shown: Shown, depth: number): Verdict {
  const holds = (item: RankedItem): boolean => (question.legacy ? answers(item, { links_any: question.legacy.links, text_any: question.legacy.texts }) : showsKey(item, question.keys));
  const expectedPosts = new Set(question.posts);
  const postRank = question.legacy
    ? firstRank(shown.passages, holds, depth)
    : firstRank(shown.passages, (passage) => passage.postId !== null && expectedPosts.has(passage.postId), depth);
  const line = shown.line ? [shown.line] : [];
  const talksFirst = shown.main === 'talks';
  const first = [...line, ...(talksFirst ? shown.talks : shown.passages).slice(0, 1)];
  const talks = talksFirst || question.intent === null || TALK_INTENTS.has(question.intent) ? shown.talks : [];
  const page = [...line, ...shown.passages.slice(0, PAGE_SIZE), ...talks];
  const media = mediaKeys(question.legacy ? question.legacy.links : question.keys);
  const everyLink = [...(shown.line ? [shown.line] : []), ...shown.passages.slice(0, PAGE_SIZE), ...shown.talks];
  return {
    postRank,
    answer1: first.some(holds),
    answer3: page.some(holds),
    linkShown: media.length ? everyLink.some((item) => offersLink(item, media)) : null,
  };
}
