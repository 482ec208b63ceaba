/**
 * The sentences of a passage that say what something is, en and zh: "IstioCon is the annual…",
 * "Istio Day is a CNCF-hosted co-located event", "The Istio Steering Committee oversees…", "The
 * Istio ContribFest, a hands-on session…", "Izzy, the Istio Dolphin", "Istio Day 是…", "以用户为中心的
 * IstioCon 是…", "Istio 指导委员会负责…", "…发布了 Izzy——一只…海豚", "The L7 proxies are called waypoints". Found once when indexing and stored
 * with the passage (`PassageFacts.defines`): ranking weighs the passage that defines what a "what is"
 * question asks about, and the answer line quotes the sentence. The one rule for both.
 */
import { ANY_EVENT_WORDS, kindOf, oneTypoApart, REGION_ALIASES } from '../domain/index.js';
import type { Definition } from '../model/index.js';
import { analyze, STOP_WORDS } from '../store/index.js';
import { FORMS } from './definition-forms.js';

/** Longest sentence kept: a longer one is a paragraph, not a definition. */
const MAX_SENTENCE = 300;

const HAN = /\p{Script=Han}/u;

/** A Latin term long enough to be a word cut short ("cert", "info"), not a letter or three. */
const CUT_SHORT = /^[a-z]{4,}$/;
/** A Latin term long enough that one typo in it still names one word ("comitte" for "committe"; "seat" and "set" are two). */
const MISSPELLABLE = /^[a-z]{6,}$/;

/** The sentences of a text, each with where it starts and ends. */
function sentences(text: string): { sentence: string; start: number; end: number }[] {
  const found: { sentence: string; start: number; end: number }[] = [];
  // A full stop inside a word ("1.28", "sched.co") ends nothing.
  for (const match of text.matchAll(/\S(?:[^.!?。！？]|[.!?](?!\s|$))*(?:[.!?]+(?=\s|$)|[。！？]+|$)/gu)) {
    const sentence = match[0].trim();
    if (sentence) found.push({ sentence, start: match.index, end: match.index + sentence.length });
  }
  return found;
}

/** Words that open a clause, not a name ("Because ztunnel is designed to run…, it…"), beyond the stop words. */
const CLAUSE_OPENERS = new Set(['because', 'since', 'although', 'though', 'unless', 'whether', 'once', 'whenever', 'wherever']);

/** A term that names nothing: only stop words ("This", "It"), or a clause opening ("In Kubernetes", "Because ztunnel"). */
function namesNothing(terms: readonly string[], said: string): boolean {
  const first = said.split(/\s+/)[0]?.toLowerCase() ?? '';
  return !terms.length || STOP_WORDS.has(first) || CLAUSE_OPENERS.has(first);
}

/** A label ending a sentence of its own: "Maintainer track.", "维护者专场。" (a recap's list item opens so). */
const LABEL = /^(?<label>[^.!?。！？]{2,60}?)\s*[.。]$/u;

/** A title in quotes, with the date in brackets after it: "《Izzy 拯救生日》（2024 年 11 月 12 日）", '"Izzy Saves the Birthday" (12 November 2024)'. */
const QUOTED_TITLE = /^(?:《(?<han>[^》]+)》|["“](?<latin>[^"”]+)["”])\s*(?:[（(][^）)]*[）)])?$/u;

/**
 * A recap's item labelled by a kind of session ("Maintainer track. Contributors met to work on roadmap topics…",
 * "维护者专场。贡献者聚在一起讨论路线图…") or by a title in quotes ('"Izzy Saves the Birthday" (12 November 2024). The
 * story takes place…'): what was done there, or what the story is, says what it is, label and sentence together.
 */
function labelled(said: readonly { sentence: string; start: number; end: number }[]): Definition | undefined {
  const [first, next] = said;
  const label = first && LABEL.exec(first.sentence)?.groups?.label;
  if (!label || !next || next.end - first.start > MAX_SENTENCE) return undefined;
  const title = QUOTED_TITLE.exec(label)?.groups;
  const named = title ? (title.han ?? title.latin) : kindOf(label) && label;
  return named ? { terms: analyze(named), start: first.start, end: next.end, strength: 0.5 } : undefined;
}

/** The definitions a passage's text gives (see `FORMS`), and that of a labelled item (see `labelled`). */
export function definitionsIn(text: string): Definition[] {
  const said = sentences(text);
  const label = labelled(said);
  const found: Definition[] = label ? [label] : [];
  for (const { sentence, start, end } of label ? said.slice(2) : said) {
    if (sentence.length > MAX_SENTENCE || /[?？]$/u.test(sentence)) continue;
    for (const { pattern, strength, names } of FORMS) {
      const match = pattern.exec(sentence);
      const said = (match?.groups?.term ?? match?.groups?.han)?.trim();
      if (!match || !said || (names && !names(said))) continue;
      // The parts after the whole: what is defined ends with the part asked about ("… Community Seats").
      const terms = analyze(match.groups?.parts ? `${said} ${match.groups.parts}` : said);
      if (namesNothing(terms, said)) continue;
      const plain = strength(match);
      const defined = { start, end, ...(plain ? { strength: plain } : {}), ...(match.groups?.parts ? { part: true as const } : {}) };
      found.push({ terms, ...defined });
      // Its other name in brackets ("“Phippy 和朋友们”（Phippy and Friends）是…") defines it too, as either name may be asked.
      const alias = match.groups?.alias?.trim();
      if (alias && !namesNothing(analyze(alias), alias)) found.push({ terms: analyze(alias), ...defined });
      break;
    }
  }
  return found;
}

/**
 * A heading that asks what something is or does: "What is Twitch?", "What does the Technical
 * Oversight Committee do?", "What is the book about?", "什么是 Gateway API？", "Twitch 是什么？",
 * "技术监督委员会要做什么？". The section under it answers; group `term` (or `han`) is what it asks about.
 */
const ASKING_HEADING =
  /^(?:what(?:['’]s|\s+is|\s+are)\s+(?:(?:an?|the)\s+)?(?<term>[^,，?？]+?)(?:\s+about)?|what\s+(?:does|do)\s+(?:(?:an?|the)\s+)?(?<does>[^,，?？]+?)\s+do)\s*(?:[,，][^?？]*)?[?？]$|^(?:什么是\s*(?<han>[^，？?]+?)|(?<said>[^，？?]+?)\s*(?:是什么|是做什么的|要做什么|做什么|负责什么))\s*[?？]$/iu;

/**
 * The definition a section's heading gives, when it asks what something is ("What does the TOC
 * do?"): the first sentence of the section's first passage, `text`, answers it; none when that
 * sentence is too long to quote or already says what something is.
 */
export function headingDefinition(heading: string, text: string, found: readonly Definition[]): Definition | undefined {
  const match = ASKING_HEADING.exec(heading.trim());
  const said = (match?.groups?.term ?? match?.groups?.does ?? match?.groups?.han ?? match?.groups?.said)?.trim();
  const first = sentences(text)[0];
  if (!said || !first || first.sentence.length > MAX_SENTENCE || found.some((definition) => definition.start === first.start)) return undefined;
  const terms = analyze(said);
  return namesNothing(terms, said) ? undefined : { terms, start: first.start, end: first.end, strength: 1 };
}

/**
 * Words that say no more than "a part of an event's programme": "the contribfest session", "contribfest 环节" ask what
 * the ContribFest is, which "The Istio ContribFest, a hands-on session…" says without naming it a session.
 */
const SESSION_WORDS = ['session', 'sessions', '环节'];

/** Words that say no more than "an Istio event", a session of one or where it is: a definition need not repeat them. */
const QUALIFIERS = new Set([...ANY_EVENT_WORDS, ...SESSION_WORDS, ...Object.values(REGION_ALIASES).flat()].flatMap(analyze));

/** One word of what a "what is" question asks about: every way of saying it, as index terms ("toc", "technical oversight committee"). */
export interface SubjectWord {
  alternatives: readonly (readonly string[])[];
}

/**
 * What a "what is" question asks about: its words, and whether each is one a definition must name
 * (not "istio", "event", "europe"); and the kinds of thing the question says it is ("what kind of
 * conference": a definition that says "conference" answers it best).
 */
export interface Subject {
  words: readonly { alternatives: readonly (readonly string[])[]; required: boolean }[];
  kinds: readonly SubjectWord[];
}

/**
 * The words a definition must name: each that is not a qualifier, except a Chinese word before the
 * last one, which only describes it ("istio 吉祥物 izzy": Izzy is defined, whether or not the
 * sentence says 吉祥物; "izzy book" still needs "book").
 */
export function subjectOf(words: readonly SubjectWord[], kinds: readonly SubjectWord[] = []): Subject {
  const qualifies = (word: SubjectWord) => word.alternatives.every((terms) => terms.every((term) => QUALIFIERS.has(term)));
  const describes = (word: SubjectWord) => word.alternatives.every((terms) => terms.every((term) => HAN.test(term)));
  const particular = words.filter((word) => !qualifies(word));
  const head = particular[particular.length - 1];
  const required = (word: SubjectWord) => (particular.length ? !qualifies(word) && (word === head || !describes(word)) : true);
  return { words: words.map((word) => ({ alternatives: word.alternatives, required: required(word) })), kinds };
}

/**
 * Whether a question's `term` names the text's term `other`: the same, or a word cut short naming the word it starts
 * ("ica cert": "certified"), or a long word misspelt naming the word it misspells ("comittee": "committee", "birtdhay":
 * "birthday"), which the search found by its typo tolerance.
 */
const covers = (term: string, other: string): boolean => other === term || (CUT_SHORT.test(term) && (other.startsWith(term) || (MISSPELLABLE.test(term) && oneTypoApart(term, other))));

/** Whether two terms are neighbouring bigrams of one Chinese word ("多集", "集群"). */
const neighbours = (before: string, term: string): boolean => before.length === 2 && term.length === 2 && HAN.test(term) && before.charAt(1) === term.charAt(0);

/** The last word of what a definition defines, the kind of thing it is: "Ambient Multicluster": multicluster; "Ambient 多集群": 多集, 集群. */
function headOf(terms: readonly string[]): string[] {
  let from = terms.length - 1;
  while (from > 0 && neighbours(terms[from - 1] as string, terms[from] as string)) from -= 1;
  return terms.slice(Math.max(from, 0));
}

/**
 * How well `definition` defines `subject`: 0 when it does not (a word the subject requires is not in
 * what it defines, however said); else more for each of the subject's words it names, less for the
 * terms it adds ("Istio Day 2023" defines "istio day" less well than "Istio Day"; "istio" or a region
 * adds nothing), more the plainer it says what the thing is.
 */
function defines(definition: Definition, subject: Subject, titled: ReadonlySet<string> = new Set()): number {
  const has = (term: string) => definition.terms.some((other) => covers(term, other));
  const last = subject.words.filter((word) => word.required).at(-1);
  let named = 0;
  const said: string[] = [];
  for (const word of subject.words) {
    const { alternatives, required } = word;
    const ways = alternatives.filter((terms) => terms.every(has));
    // "What is the book about?" in a post titled "…Izzy saves the birthday": the title says which book; the kind of thing it is, the last word, the definition must say.
    const inTitle = word !== last && alternatives.some((terms) => terms.every((term) => titled.has(term)));
    if (!ways.length && required && !inTitle) return 0;
    if (ways.length) named += 1;
    said.push(...ways.flat());
  }
  const known = (other: string) => QUALIFIERS.has(other) || /^\d+$/.test(other) || said.some((term) => covers(term, other));
  // "Ambient 多集群是…", "Ambient Multicluster is…" say what multicluster is, not ambient: what is
  // defined ends with a word of the subject's, or a qualifier, or the kind of thing the question says it is
  // ("all-access ticket meaning": an "All-Access ticket"); in Chinese one character may follow it
  // ("Istio Day 2023 北美站"), no more ("迁移到 Ambient 网格完全是…").
  const kind = (other: string) => subject.kinds.some(({ alternatives }) => alternatives.some((terms) => terms.includes(other)));
  const head = headOf(definition.terms);
  if (head.findLastIndex((other) => known(other) || kind(other)) < head.length - (head.length > 1 ? 2 : 1)) return 0;
  // A year is no other thing, but the definition of one year's event says less of the event than one of all years.
  const added = definition.terms.filter((other) => !QUALIFIERS.has(other) && !said.some((term) => covers(term, other))).length;
  return 1 + named - added / (added + 1) + (definition.strength ?? 0) / 2;
}

/**
 * Whether one of a passage's definitions says what `subject` is (not only what its abbreviation stands for, nor a part
 * of a whole: each post about the committee says what it is made of).
 */
export function definesSubject(definitions: readonly Definition[] | undefined, subject: Subject, title = ''): boolean {
  if (!definitions?.length) return false;
  // As for the answer line (`bestDefinition`), the post's title may say which one: "What is the book about?" in the post
  // "Unveil the new Phippy story…" defines the Phippy book, and should rank as doing so.
  const titled = titleTerms(title);
  return definitions.some((definition) => (definition.strength ?? 0) > 0 && !definition.part && defines(definition, subject, titled) > 0);
}

/** A post title's index terms, read once per title: the posts have a few hundred titles, and every "what is" question reads them. */
const TITLE_TERMS = new Map<string, ReadonlySet<string>>();
function titleTerms(title: string): ReadonlySet<string> {
  let terms = TITLE_TERMS.get(title);
  if (terms === undefined) TITLE_TERMS.set(title, (terms = new Set(analyze(title))));
  return terms;
}

/**
 * An opening this short may only announce ("In 2024 Istio got a mascot and, a few months later, a children's book.",
 * "2024 年，Istio 先有了吉祥物，…"), in characters (a Chinese sentence says as much in half).
 */
const ANNOUNCING = { latin: 80, han: 40 };

/**
 * Where the first sentence of `text` starts and ends, when it is short enough to quote; and, when it is short enough
 * only to announce, where the next one starts and ends (`next`), if both are short enough to quote together.
 */
export function openingSentence(text: string): { start: number; end: number; next?: { start: number; end: number } } | undefined {
  const [first, second] = sentences(text);
  if (!first || first.sentence.length > MAX_SENTENCE) return undefined;
  const announcing = first.sentence.length < (HAN.test(first.sentence) ? ANNOUNCING.han : ANNOUNCING.latin);
  const next = announcing && second && second.end - first.start <= MAX_SENTENCE ? { next: { start: second.start, end: second.end } } : {};
  return { start: first.start, end: first.end, ...next };
}

/**
 * Whether `text` names every word `subject` requires, however said ("TOC" or "Technical Oversight Committee"); given
 * the `title` of the post it opens, which names the event the post tells, the title may name all but the last, the
 * kind of thing it is ("Istio 1.0 launch stream": the sentence says "streamed", the title "1.0 launch").
 */
export function namesSubject(text: string, subject: Subject, title = ''): boolean {
  const said = new Set(analyze(text));
  const titled = new Set(analyze(title));
  const has = (words: ReadonlySet<string>, term: string) => words.has(term) || (CUT_SHORT.test(term) && [...words].some((other) => covers(term, other)));
  const names = (words: ReadonlySet<string>, { alternatives }: Subject['words'][number]) => alternatives.some((terms) => namedBy(terms, (term) => has(words, term)));
  const required = subject.words.filter((word) => word.required);
  const last = required[required.length - 1];
  return (last === undefined || names(said, last)) && required.every((word) => names(said, word) || names(titled, word));
}

/**
 * Whether `held` names a word by its terms: all of them; or, for a Chinese word typed as one run ("发布直播"), the
 * two-character pieces that cover each of its characters, said apart ("Istio 1.0 发布…的 Istio 直播"): the bigram that joins
 * them ("布直") is no word.
 */
function namedBy(terms: readonly string[], held: (term: string) => boolean): boolean {
  if (terms.every(held)) return true;
  if (terms.length < 3 || !terms.every((term, at) => at === 0 || neighbours(terms[at - 1] as string, term))) return false;
  // Character `at` is covered by the bigram that starts or ends at it.
  return terms.every((term, at) => held(term) || (at > 0 && held(terms[at - 1] as string))) && held(terms.at(-1) as string);
}

/** Whether the sentence of `definition` in `text` says one of the kinds of thing the question names. */
function namesKind(definition: Definition, text: string, kinds: readonly SubjectWord[]): boolean {
  const said = new Set(analyze(text.slice(definition.start, definition.end)));
  return kinds.some((kind) => kind.alternatives.some((terms) => terms.every((term) => said.has(term))));
}

/**
 * The definition of a passage's that defines `subject` best, with its score (see `defines`); given
 * the passage's text, one whose sentence says the kind of thing asked about scores one more; given its post's
 * `title`, the title may name the subject's words but the last ("the book" of a post about Izzy's book).
 */
export function bestDefinition(definitions: readonly Definition[] | undefined, subject: Subject, text?: string, title = ''): { definition: Definition; score: number } | undefined {
  let best: { definition: Definition; score: number } | undefined;
  const titled = new Set(analyze(title));
  for (const definition of definitions ?? []) {
    const named = defines(definition, subject, titled);
    const score = named > 0 && text !== undefined && subject.kinds.length && namesKind(definition, text, subject.kinds) ? named + 1 : named;
    if (score > 0 && (!best || score > best.score)) best = { definition, score };
  }
  return best;
}
