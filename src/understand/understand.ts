import { MAX_QUESTION_LENGTH } from '../domain/index.js';
import type { Lang } from '../model/index.js';
import { readEntities } from './entities.js';
import { asksGovernance, electionYearAlone, membershipAsked, namesElection, ROSTER_WORDS, PRESENT_WORDS, presentBodyAsked, saysElection } from './bodies.js';
import { clockAsked, CLOCK_WORDS, OPENING_WORDS } from './clock.js';
import { asksHowLong, LASTING_WORDS, quantityAsked, thingsCounted } from './counted.js';
import { askOf, LINK_WORDS, talksAsked } from './intents.js';
import { whatIsFirst } from './first-asked.js';
import { freeThingAsked, signsUp, takingWords } from './taking-part.js';
import { joinedFromAway } from './register-asks.js';
import { priorOneSaid, timeOf } from './times.js';
import { detectLang } from './lang.js';
import { parseQuery } from './parse.js';
import type { Ask, Command, Question } from './types.js';
import { talkedOfAt } from './talked-of.js';
import { bareTermAsked, eitherAsked, identityAsked, subjectOf, whatIsParts, whatItIsAsked, withoutProgrammeName, withWhatSpelled } from './what-is.js';
import { readWords } from './words.js';
import { whoDidAsked, whoSpokeAsked } from './who-did.js';
import { authorAsked } from './authorship.js';
import { namesPart } from './roles.js';
import { SPONSORING_TERMS, sponsoringAsked } from './sponsoring.js';
import { decksAsked } from './deck-asks.js';
import { plainChinese } from './colloquial.js';
import { plainEnglish } from './chat-spellings.js';
import { whichEventAsk } from './which-event.js';
import { withoutCloser, withoutOpener } from './openers.js';
import { schemeNamed } from './not-asking.js';
import { relationAsked } from './relation-asked.js';
import { withShorthandSpelled } from './shorthand.js';
import { spelledAsMeant } from './spelled.js';
import { spacedAsNamed } from './event-spelling.js';
import { heldAsked } from './held-asked.js';
import { editionSaid } from './edition.js';
import { kindAsked } from './kind-asked.js';
import { moreAsked } from './more-asked.js';
import { sessionLanguageNamed } from './languages.js';
import { sessionKindAsked } from './session-kind.js';
import { simplified } from './simplified.js';

/** Asking what a thing is called ("what was the contribfest called", "what's the keynote named"). */
const NAME_ASKED = /\b(?:called|named)\b/i;
const NAME_WORDS: ReadonlySet<string> = new Set(['called', 'named']);
/**
 * A body's members, said last in a terse question, or before only its year ("2026 toc 成员", "steering 2025 new members",
 * "new steering members 2026", the posts' "Community Seat holders"), or said first ("members of the 2025 toc").
 */
const MEMBERS_LAST = /(?:成员|委员|新成员|名单|(?<![\p{L}])(?:(?:new\s+)?members|(?:member\s+)?list|roster|line-?up|(?:seat\s+)?holders))(?:\s*(?:(?:in|for|of)\s+)?\d{4}\s*年?)?\s*[?？]*\s*$|^\s*(?:the\s+)?(?:new\s+)?members\s+of(?![\p{L}])/iu;
/** Words that ask what a session was about or called: its title says. */
const TOPIC_ASKED = /\b(?:called|named|titled?|topics?|theme)\b|主题|题目|标题|名字|名称|叫什么/i;

/** The tracks a conference holds the project's sessions in: what one is called is its session's title. */
const TRACK_KINDS: ReadonlySet<string> = new Set(['contribfest', 'maintainer-track']);

/** Who sponsored or paid for something: companies answer, not people ("sponsored by Microsoft, Solo.io…"). */
const SPONSORING = /\bsponsor(?:s|ed|ing)?\b|\bpaid for\b|\bpaid by\b|赞助/i;

/**
 * "讲数据库的是谁", "伦敦 istio day 上讲多集群的是哪位": 讲 before a topic and 的 after it, the one who spoke on it, asked of
 * talks (讲了, 讲的 said after a topic are talk words; 讲 alone is not, since it is part of a topic's run: "讲安全的").
 */
const SPOKE_ON = /讲[^的谁，。？?,]{1,16}的/u;

/**
 * "windows ambient 那场是谁", "这一场谁讲的": a session pointed at (场 counts sessions), asked who gave it, is asked of
 * talks, as 那个演讲 is; not 现场, 会场 or 几场, nor "芝加哥那场 istio day", an event pointed at (its kind named).
 */
const THAT_SESSION = /[那这]一?场/u;

/** What a speaker's talks answer: a name alone, or a name with the talks, slides, videos or people asked of it ("speaker lin sun slides"). */
const SPEAKER_ASKS: ReadonlySet<Ask> = new Set(['search', 'talks', 'slides', 'video', 'who', 'latest']);

/**
 * Whether the words after a command word are its argument: after "speaker", words that ask something a speaker's
 * talks do not answer ("speaker notifications for istio day chicago", "speaker tickets?") are the rest of a question
 * that "speaker" begins as a noun, read whole; so are words that, after "speaker", ask of the call ("speaker perks"). After "talks", a time word ("talks at the next kubecon", "talks 最近一次
 * istio day") picks one event of those named, which the command, listing every one, cannot: the question is read whole,
 * as "what talks are at the next kubecon" is, and "next" is no topic of a title.
 */
function speakerArgument(command: Command, argument: string): boolean {
  if (command === 'talks') return timeOf(argument) === null;
  // "speaker perks at istio day": "speaker" is a word of what the call promises, asked of the call, not a name's first word.
  return command !== 'speaker' || (SPEAKER_ASKS.has(askOf(argument)) && askOf(`speaker ${argument}`) !== 'cfp');
}

/**
 * Reads a question: cuts it at the length limit, takes out the command, filters and quoted phrases,
 * reads the intent, the entities and the words to search. Pure: no index, no I/O.
 * `lang` forces the language (it wins over `lang:` in the text).
 */
export function understand(input: string, lang?: Lang): Question {
  const trimmed = input.trim();
  const truncated = trimmed.length > MAX_QUESTION_LENGTH;
  const text = truncated ? trimmed.slice(0, MAX_QUESTION_LENGTH) : trimmed;
  // "hey, talks by …" is the command "talks by …". Letters and digits typed full width ("ＫｕｂｅＣｏｎ ２０２４", as a
  // Chinese input method in full-width mode gives them) are read as the letters and digits they are; traditional
  // characters ("倫敦 議程") as the simplified ones the posts are written in.
  const parsed = parseQuery(withoutOpener(simplified(text.normalize('NFKC'))), speakerArgument);
  const said = withWhatSpelled(withoutCloser(withoutOpener(withShorthandSpelled(spacedAsNamed(spelledAsMeant(plainEnglish(plainChinese(parsed.text))))))));
  // "Who even is izzy" asks what "what is this izzy" asks: the words to search are the subject's.
  const identity = identityAsked(said);
  const { years, ...words } = readWords([identity ?? said, ...parsed.phrases].join(' '));
  // A misspelt city or event name ("chicgo") names it as the word it misspells.
  const meant = words.groups.flatMap((group) => (group.meant === undefined ? [] : [group.meant]));
  const entities = readEntities([said, ...meant].join(' '), years);
  // "What time does it start", "议题几点开始": the hour is asked, of a day: a "when", of the talks too (not their
  // list), unless something else is asked ("schedule time slots", "怎么参加 几点").
  const clock = clockAsked(said);
  // "who put together the agenda" asks who; "download the presentations" asks for their slides.
  const worded = whatIsFirst(said) ? 'what-is' : askOf(withoutProgrammeName(said, entities));
  // "what was the contribfest at kubecon london called": a session's name is its title, which its talk gives. A track held
  // at an event a place or year names is one session: asked nothing else ("what did istio run as a contribfest in salt
  // lake city") or its topic ("巴黎维护者专场的主题是什么"), its talk answers; "what's the contribfest, the slc one" asks what one is.
  const track = entities.kinds.some((kind) => TRACK_KINDS.has(kind));
  const placed = entities.cities.length + entities.regions.length + entities.years.length > 0;
  const trackAt = track && placed && (worded === 'search' || (worded === 'what-is' && TOPIC_ASKED.test(said)));
  const titled = trackAt || (worded === 'what-is' && ((NAME_ASKED.test(said) && (talksAsked(said) || track)) || talkedOfAt(said, entities.kinds, placed))) ? 'talks' : worded;
  // "what's a contribfest session": "a" asks what such a session is, not which sessions there were.
  const named = titled === 'talks' && sessionKindAsked(said) ? 'what-is' : titled;
  // "the chinese-language session list of istiocon 2021": talks asked by their language, which only a schedule page gives.
  const listed = named === 'talks' && sessionLanguageNamed(said) ? 'schedule' : named;
  // "latest istio day host", "上一届 istio day 的主席": a part played, beside the time word that picks the event, asks who played it.
  const read = (listed === 'schedule' && whoDidAsked(said)) || whoSpokeAsked(said, listed) || authorAsked(said) || (listed === 'latest' && namesPart(said)) ? 'who' : listed === 'talks' && decksAsked(said) ? 'slides' : listed;
  // "Were the izzy books free": a thing the project gives away, asked free, asks how it is got.
  // "When do the 2023 winners start", "results date": the date is asked, of the results post; its names are no answer.
  const dated = read === 'results' && words.wants.includes('date') ? 'when' : read;
  // "社区席位 谁拿到了", "who got a seat": a seat or a vote is won, not got as a thing is ("拿到", "get" ask where one is got).
  const gotten = dated === 'buy' && asksGovernance({ words, rest: said }) ? 'results' : dated;
  // "2024 年有几家公司拿到贡献席位", "谷歌拿到几个席位": how many seats or companies, not who won nor where one is got.
  const won = (gotten === 'results' || gotten === 'buy') && thingsCounted(said) ? 'how-many' : gotten;
  // "2026 toc 成员", "2023 steering new members": a body's members said last, asked nothing else, are who sits on it;
  // "toc election 2026", an election and its year alone, asks how it went.
  const members = won === 'search' && MEMBERS_LAST.test(said) && asksGovernance({ words, rest: said }) ? 'who' : won === 'search' && electionYearAlone(words, years) ? 'results' : won;
  const freely = members === 'search' && freeThingAsked(said) ? 'buy' : members;
  const asked = freely === 'search' && quantityAsked(said) ? 'how-many' : freely;
  // "the current steering committee", "目前 TOC 成员": a body as it is now is the latest one elected.
  const present = presentBodyAsked(said, words, years);
  if (present) words.groups = words.groups.filter(({ word }) => !PRESENT_WORDS.includes(word));
  // "istio day 还有吗", "any more istiocons?": whether one is held any more is whether the next is announced.
  // "the second istiocon": an edition named by its rank is read as "the first" is; the answer stage narrows the series to
  // that edition's year and city first (`nth-edition.ts`), so the earliest of those named is it.
  const edition = editionSaid(said);
  const time = timeOf(said) ?? (present ? 'latest' : edition ? 'first' : asked === 'search' && moreAsked(said, entities) ? 'next' : null);
  // "kubecon eu 2026 开了没", "was istio day held in london": whether it took place (there), which its dates and place say.
  const timed = (clock && (asked === 'search' || asked === 'talks')) || (asked === 'search' && heldAsked(said, entities)) ? 'when' : asked;
  // "Who's the Izzy mascot", "contribfest?", "ztunnel 是 ambient 的什么", "…explain what X is", "X, is it A or B", "X 啥活动": what it is ("future istio days?" asks which of them: the next).
  const whatIs = bareTermAsked(said, entities) || relationAsked(said) || whatItIsAsked(said) || eitherAsked(said, entities) || kindAsked(said);
  // "what are the future istio events", "what was the event after london": which event, not what one is.
  const which = whichEventAsk(said, timed, time, entities);
  // "the prior istio day" asks which one was the previous, as "the previous istio day" does (`intents.ts` lists "previous").
  const current = which === 'search' && (present || priorOneSaid(said)) ? 'latest' : which;
  const ask = identity !== null || (current === 'search' && time === null && whatIs) ? 'what-is' : current;
  if (ask === 'what-is') {
    // Only the words that name what is asked about are searched for; the kind of thing it is said to be ranks.
    const { about, kinds, also } = whatIsParts(identity ?? said);
    const named = readWords([about, ...parsed.phrases].join(' ')).groups;
    // When nothing is named before the second question, its words are what is asked about.
    words.groups = named.length ? named : readWords([about, also, ...parsed.phrases].join(' ')).groups;
    words.soft.push(...[...kinds, ...(named.length ? [also] : [])].flatMap((kind) => readWords(kind).groups));
  }
  // "what is the mascot called", "the talk named …": the name is asked, and "called" (whose stem is the "call" of calls for
  // proposals) or "named" is no topic beside the thing named; it only ranks.
  if (NAME_ASKED.test(said) && words.groups.some((group) => !NAME_WORDS.has(group.word))) {
    words.soft.push(...words.groups.filter((group) => NAME_WORDS.has(group.word)));
    words.groups = words.groups.filter((group) => !NAME_WORDS.has(group.word));
  }
  // "how can my company sponsor istio day": the words its post's "Sponsor the event" passage says it with rank it.
  if (ask === 'search' && sponsoringAsked(said)) words.soft.push(...readWords(SPONSORING_TERMS).groups);
  // "the cncf ambassador program": "program" names the scheme, which its other word says; it only ranks.
  const programmes = words.groups.filter((group) => group.word.startsWith('program'));
  if (programmes.length && programmes.length < words.groups.length && schemeNamed(said)) {
    words.soft.push(...programmes);
    words.groups = words.groups.filter((group) => !programmes.includes(group));
  }
  // "download the presentations" wants their decks, which ranking looks for.
  if (ask === 'slides' && !words.wants.includes('slides')) words.wants.push('slides');
  // "video link for the toc panel", "slides url of …": the link asked for is the recording or the deck, which no passage's
  // words say; beside what it is of, "link" only ranks.
  if ((ask === 'video' || ask === 'slides') && words.groups.some((group) => !LINK_WORDS.includes(group.word))) {
    words.soft.push(...words.groups.filter((group) => LINK_WORDS.includes(group.word)));
    words.groups = words.groups.filter((group) => !LINK_WORDS.includes(group.word));
  }
  // "哪里能看…", "…在哪看": where to watch a talk wants its recording, as "video" does.
  if (ask === 'video' && !words.wants.includes('video')) words.wants.push('video');
  // "how many" is answered by a passage that gives a count.
  if (ask === 'how-many' && !words.wants.includes('number')) words.wants.push('number');
  // "When…" ("what day", "几月") is answered by a passage that names a date; of the winners, not by their names.
  if (ask === 'when' && !words.wants.includes('date')) words.wants.push('date');
  if (dated !== read) words.wants = words.wants.filter((want) => want !== 'outcome');
  // "What time…" by one that gives the hour; "time", "start", 几点 only say so: beside a topic they rank, not required.
  // "When did voting open", "when does the cfp close": of a date or a call, the verbs of starting or ending do the same.
  if (clock) words.wants.push('clock');
  // "How long did istiocon 2021 last": the words of a duration do the same beside what it is asked of.
  const asking = clock ? CLOCK_WORDS : ask === 'when' || ask === 'cfp' ? OPENING_WORDS : ask === 'how-many' && asksHowLong(said) ? LASTING_WORDS : undefined;
  if (asking && words.groups.some((group) => !asking.has(group.word))) {
    words.soft.push(...words.groups.filter((group) => asking.has(group.word)));
    words.groups = words.groups.filter((group) => !asking.has(group.word));
  }
  // "results" is answered by a passage that names who was elected or won; so is "the latest TOC election" ("who is on the
  // latest steering committee", "who sits on the toc now": who was elected to it), and "the next steering election",
  // "when is the next election" (no election is announced after the latest one, whose results answer).
  // Asked who, a seat named says the election as well ("who took the community seats the last time").
  const latestElection = time === 'latest' && ((ask === 'latest' && namesElection(words)) || (ask === 'who' && !talksAsked(said) && asksGovernance({ words, rest: said })));
  // "2025 toc members", "2031 年指导委员会名单": who sits on a body in a given year is who its election chose.
  const membership = ask === 'who' && membershipAsked(said, words);
  // The list asked for is no word of its post ("the draft list of voters" is not the committee): it only ranks.
  if (membership && words.groups.some((group) => !ROSTER_WORDS.includes(group.word))) {
    words.soft.push(...words.groups.filter((group) => ROSTER_WORDS.includes(group.word)));
    words.groups = words.groups.filter((group) => !ROSTER_WORDS.includes(group.word));
  }
  const nextElection = (ask === 'latest' || ask === 'search' || ask === 'when') && time === 'next' && saysElection(words);
  if ((ask === 'results' || latestElection || nextElection || membership) && !words.wants.includes('outcome')) words.wants.push('outcome');
  // "upcoming istio events", "the latest istiocon": which event and when, so a passage that dates it answers.
  if (ask === 'latest' && !latestElection && !nextElection && !saysElection(words) && !words.wants.includes('date')) words.wants.push('date');
  // "What is Izzy" is answered by the passage that defines it.
  const subject = ask === 'what-is' ? subjectOf(words.groups, said) : null;
  if (subject && !words.wants.includes('definition')) words.wants.push('definition');
  // "Who…" is answered by a passage that names people; "who sponsored…", "谁赞助的" by one that names companies.
  if (ask === 'who' && !SPONSORING.test(parsed.text) && !words.wants.includes('people')) words.wants.push('people');
  // "How do I submit a talk" is answered by the call for proposals: its link and its deadline.
  if (ask === 'cfp' && !words.wants.includes('cfp')) words.wants.push('cfp');
  // "Where can I buy the book" by the passage that says where it is sold; "how do I register" by the one that says how.
  if (ask === 'buy' && !words.wants.includes('shop')) words.wants.push('shop');
  // So is "can i join istio day amsterdam online": the passage that says how to sign up says the virtual options too.
  if (ask === 'register' && (signsUp(parsed.text) || joinedFromAway(parsed.text)) && !words.wants.includes('register')) words.wants.push('register');
  // "Does it cost money", "sign up": those words ask; beside a topic they only rank.
  const taking = ask === 'register' || ask === 'buy' ? takingWords(parsed.text, ask) : [];
  if (taking.length && words.groups.some((group) => !taking.includes(group.word))) {
    words.soft.push(...words.groups.filter((group) => taking.includes(group.word)));
    words.groups = words.groups.filter((group) => !taking.includes(group.word));
  }
  if (parsed.command === 'speaker') entities.speaker = parsed.text;
  // The ordinal is no word searched for ("third" of a ranking).
  if (edition) words.groups = words.groups.filter(({ word }) => !edition.said.includes(word));
  return {
    text,
    truncated,
    lang: lang ?? parsed.lang ?? detectLang(text),
    command: parsed.command,
    ask,
    time,
    edition: edition?.edition ?? null,
    subject,
    // Asked by their language, the talks are the schedule's session list, not the talks known (which carry none).
    aboutTalks: (talksAsked(said) || (ask === 'who' && (SPOKE_ON.test(said) || (!entities.kinds.length && THAT_SESSION.test(said))))) && listed === named,
    rest: said,
    words,
    entities,
    filters: { lang: lang ?? parsed.lang, year: parsed.year, event: parsed.event, phrases: parsed.phrases },
  };
}
