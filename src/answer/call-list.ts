/**
 * "which tracks did IstioCon 2022's call have", "投稿方向": the tracks a call's post lists, whole. The indexer cuts
 * a long list into passages that each repeat its lead ("Proposals were taken on Sessionize for four tracks: …"), so the
 * first page shows only some of them; the list is gathered from every passage of that post that repeats the lead, in the
 * post's order. From what the posts say: no list when no passage of the first page leads one in. Asked which track fits
 * a topic, the one track whose words hold the question's most (`fitting`), after the lead.
 */
import { CALL_FOR_PROPOSALS, PAGE_SIZE } from '../domain/index.js';
import type { RankedPassages } from '../find/index.js';
import type { Passage } from '../model/index.js';
import type { Question } from '../understand/index.js';
import { sentencesOf } from './sentences.js';
import { held, weigh } from './word-share.js';

/** How people ask for a call's tracks or topics ("which tracks", "cfp topics", "有哪些方向"). */
const LISTED_ASKED = /\b(?:tracks?|topics?|themes?|categories)\b|方向|主题|轨道|类别/iu;

/** A lead that introduces the tracks ("…split into four main topic tracks:", "…分为四个主题方向："), up to its colon. */
const LEAD = /^[^:：]{10,200}?(?:\btracks?\b|\btopics?\b|方向|轨道)[^:：]{0,20}[:：]/iu;

/** Every corpus's passages by post, in the posts' order: built once, not walked for each question. */
const BY_POST = new WeakMap<readonly Passage[], Map<string, Passage[]>>();

function byPost(passages: readonly Passage[]): Map<string, Passage[]> {
  let posts = BY_POST.get(passages);
  if (!posts) {
    posts = new Map();
    for (const passage of passages) posts.set(passage.postId, [...(posts.get(passage.postId) ?? []), passage]);
    BY_POST.set(passages, posts);
  }
  return posts;
}

/**
 * The passage that leads the list in the post of a first-page passage about the call ("We now encourage… to submit a
 * session proposal"), when no first-page passage leads it: a page holds at most two passages of a post, and the call's
 * formats or its deadline may be those two ("what topics can I submit for istio day europe 2023").
 */
function leadInCallPost(first: readonly Passage[], posts: Map<string, Passage[]>): Passage | undefined {
  for (const passage of first) {
    if (!CALL_FOR_PROPOSALS.test(passage.text)) continue;
    const leading = posts.get(passage.postId)?.find((other) => LEAD.test(other.text));
    if (leading) return leading;
  }
  return undefined;
}

/**
 * The list of tracks a first-page passage of `event`'s call leads in, gathered from its post: the lead once, then each
 * passage's items after it; else the list of the post of a first-page passage about the call. Undefined unless the question asks for tracks or topics and a passage leads a list of them.
 */
export function callList(question: Question, ranked: RankedPassages, event: string, passages: readonly Passage[]): string | undefined {
  if (!LISTED_ASKED.test(question.rest)) return undefined;
  const first = ranked.slice(0, PAGE_SIZE).map(({ passage }) => passage).filter((passage) => passage.event === event && passage.lang === question.lang);
  const leading = first.find((passage) => LEAD.test(passage.text)) ?? leadInCallPost(first, byPost(passages));
  const lead = leading ? LEAD.exec(leading.text)?.[0] : undefined;
  if (!leading || !lead) return undefined;
  const items = (byPost(passages).get(leading.postId) ?? []).filter((passage) => passage.text.startsWith(lead)).map((passage) => passage.text.slice(lead.length).trim());
  if (!items.length) return undefined;
  return `${lead} ${fitting(items.flatMap(sentencesOf), question) ?? items.join(' ')}`;
}

/**
 * "which track should a talk on performance and cost go to", "想讲性能和多云成本 应该投哪个方向": the one track whose own words
 * hold more of the question's than any other's do; undefined when none holds any, or several hold as much.
 */
function fitting(tracks: readonly string[], question: Question): string | undefined {
  const weights = weigh(tracks.map((track) => held(track, question.words.groups)));
  const best = Math.max(0, ...weights);
  return best > 0 && weights.filter((weight) => weight === best).length === 1 ? tracks[weights.indexOf(best)] : undefined;
}
