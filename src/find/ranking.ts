/**
 * The ranking's few constants. Each one is kept because `npm run eval` scores better with it than
 * with it set to neutral, and tests/unit/ranking-options.test.ts fails when it is set to neutral.
 * Field weights are MiniSearch's default (all 1): title 2, headings 1.5 and event 1.5 scored lower.
 */
export interface RankingOptions {
  /** Weight of a passage that holds what the question wants (a video, slides, a date); 1 ÷ it when it lacks a video or slides. Default 2. */
  wantWeight?: number;
  /** Weight of a passage with a video or slides when the question asks for a talk. Default 1.2. */
  talkWeight?: number;
  /**
   * Weight of a passage that gives a time of day ("13:30–17:30", "10 am Pacific", "上午 10 点"), when
   * the question asks the hour ("what time", "几点"), beside `wantWeight` for the date it also holds.
   * Default 2: 3 scored the same, and put the hour of another event before the event named (its kind
   * or place weighs 2 or 3) for "istio day amsterdam what time", whose posts give no hour.
   */
  clockWeight?: number;
  /**
   * Weight of a passage of a year the question names. Default 12: a year named decides, but filters nothing out (a
   * passage of another year can still be all there is). At 3, another year's passage holding what is asked for came
   * first (a video link weighs `wantWeight`² × `talkWeight` = 4.8): "istio day europe 2024 talk videos" gave 2025's
   * recordings. 8 and 12 lost no answer of the development and check sets and gained 6 (12 one more); 20 lost one.
   */
  yearWeight?: number;
  /** Weight of a passage about an event held in the city or region the question names ("istio day paris"). Default 3: a city named, like a year, nearly decides. */
  placeWeight?: number;
  /** Weight of a passage about an event of the kind the question names ("istio day", "kubecon"): Istio Day passages of a KubeCon recap answer an "istio day" question before its KubeCon ones. Default 2. */
  kindWeight?: number;
  /**
   * For "latest" and "next" questions naming no year, a passage is divided by this for each year it
   * is older than the newest post (when no next event is announced, the latest answers); for "the
   * first istiocon", for each year it is after the first event of the kinds named. Default 2.5.
   */
  latestWeight?: number;
  /** Weight of a passage that names who was elected or won, when the question asks for results. Default 3. */
  outcomeWeight?: number;
  /** Weight of a passage about a call for proposals that holds its link or deadline, when the question asks how to submit. Default 2. */
  cfpWeight?: number;
  /** Weight of a passage that defines what a "what is" question asks about ("Izzy, an Indo-Pacific bottlenose…", "Istio Day 是…"). Default 2. */
  definitionWeight?: number;
  /**
   * Weight of a passage about the community, for a topic search or a question about talks: about an
   * event (one its post or headings name), or naming people or who was elected. The talk on a topic
   * comes before a technical post on it. Default 3.
   */
  eventWeight?: number;
  /** Weight of a passage whose count counts what a "how many" question names ("13 seats"), beside `wantWeight` for any count. Default 2. */
  countWeight?: number;
  /** Weight of a passage that names people when the question asks who. Default 3. */
  peopleWeight?: number;
  /**
   * A passage of a post whose title names only another governance body than the one the question
   * names ("steering", 指导委员会) is divided by this: each body's posts name the other too (the
   * Steering Committee runs the TOC's vote), only the titles tell them apart. Default 2.
   */
  bodyWeight?: number;
  /**
   * Weight of a site banner's passage, whatever the question: a sentence or two written to fill a
   * banner, dense with an event's name, that outscored the posts on any question naming the event
   * ("… closes soon!" above the post that gives the deadline). A banner still answers first what only it says. Default 0.5.
   */
  bannerWeight?: number;
  /** How much a word found elsewhere in the same post counts, 0 to 1. Default 0.35. */
  postContext?: number;
  /**
   * Most passages of one post in a ranking, so that one long post does not fill a page. Default 2.
   * (Letting a post's passage that holds the asked fact, a date or a count or names, replace the
   * weaker of its two when neither holds it changed the first five passages of 3 of the 542 eval
   * questions and no answer: the weights already put such passages first. Not kept.)
   */
  perPost?: number;
  /**
   * Whether only passages in the question's language are kept while any answers: a Chinese passage
   * answers an English question only when no English one does. Default true.
   */
  languageFirst?: boolean;
  /** Typo tolerance for words the index lacks: edit distance as a share of the word's length, 0 for none. Default 0.25. */
  typos?: number;
}

export type Ranking = Required<RankingOptions>;

const DEFAULT_RANKING: Ranking = {
  wantWeight: 2,
  talkWeight: 1.2,
  clockWeight: 2,
  yearWeight: 12,
  placeWeight: 3,
  latestWeight: 2.5,
  kindWeight: 2,
  outcomeWeight: 3,
  cfpWeight: 2,
  definitionWeight: 2,
  eventWeight: 3,
  countWeight: 2,
  peopleWeight: 3,
  bodyWeight: 2,
  bannerWeight: 0.5,
  postContext: 0.35,
  perPost: 2,
  languageFirst: true,
  typos: 0.2,
};

export function rankingWith(options: RankingOptions = {}): Ranking {
  return { ...DEFAULT_RANKING, ...options };
}
