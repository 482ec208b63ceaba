/**
 * Words that hold a word of an intent without asking it: a name the posts give (the Program
 * Committee is no schedule), a city's own "city", a hall of the programme, a link's "地址", and
 * "address" said as a verb or of a machine. `askOf` reads a question without them.
 */
import { GOVERNANCE_BODIES, PLACE_NOUNS, PLACES, STEERING_SEATS } from '../domain/index.js';

/** A programme that is a scheme people join ("the CNCF ambassador program", "a mentorship programme"), not an event's running order. */
const SCHEME = /(?<![\p{L}\p{N}])(?:ambassadors?|mentor(?:ing|ship)?|certification|training|partner|membership)\s+program(?:me)?s?(?![\p{L}\p{N}])/iu;

/** Names the posts give that hold a word of an intent: the Program Committee and its chairs are no schedule, nor is a scheme's programme. */
const NAMES = new RegExp(`(?<![\\p{L}\\p{N}])program(?:me)?\\s+(?:committees?|(?:co-?)?chairs?)(?![\\p{L}\\p{N}])|${SCHEME.source}`, 'giu');

/** Whether the question names a scheme's programme, whose "program" names the scheme and is no topic of its own. */
export function schemeNamed(text: string): boolean {
  return SCHEME.test(text);
}

/** Cities whose name holds a place noun: the "city" of Salt Lake City names the place, it does not ask for one. */
const NOUN_CITIES = PLACES.map((place) => place.city).filter((city) => city.toLowerCase().split(/\s+/).some((word) => PLACE_NOUNS.includes(word)));
const CITY_NAMES = new RegExp(`(?<![\\p{L}\\p{N}])(?:${NOUN_CITIES.map((city) => city.replace(/\s+/g, '\\s+')).join('|') || '(?!)'})(?![\\p{L}\\p{N}])`, 'giu');
/**
 * Words of the `where` list that ask no such thing beside these: the main or a side hall of a
 * programme ("主会场的主题演讲"), and the address of a page, a download, a stream or a machine
 * ("直播地址", "IP 地址"): a link, not where the event was.
 */
const HALLS_AND_LINKS = /[主分]会场|(?:网站|网页|网址|链接|下载|直播|回放|邮箱|邮件|网络|服务器?|访问|ip(?:v[46])?)\s*地址/giu;
/** Before "address": what makes it a machine's or a page's ("the IP address"). */
const NOT_A_PLACE = /(?<![\p{L}\p{N}])(?:ip(?:v[46])?|e-?mail|mac|web|website|url|proxy|server|network)\s+$/iu;
/** Before "address": what makes it a noun ("the address", "what's the address"), or nothing at all ("address of…"). */
const NOUN_BEFORE = /(?:^|(?<![\p{L}\p{N}])(?:the|an|its|their|our|exact|full|street|venue|what'?s|whats))\s*$/iu;
/** After "address": what makes it a noun ("address?", "address of the meetup", "address and date"); a word else is its object. */
const NOUN_AFTER = /^\s*(?:$|[^\p{L}\p{N}\s]|(?:of|for|in|at|and|or|is|was|please|pls|plz)(?![\p{L}\p{N}]))/iu;

/**
 * The question with the words that hold a place word without asking where taken out: a city's own
 * "city", a hall of the programme, a link's "地址", and "address" said as a verb ("talks that
 * address multicluster", "how does istio address…") or of a machine ("IP address").
 */
function withoutPlaceWordsElsewhere(text: string): string {
  return text
    .replace(CITY_NAMES, ' ')
    .replace(HALLS_AND_LINKS, ' ')
    .replace(/(?<![\p{L}\p{N}])address(?![\p{L}\p{N}])/giu, (word, at: number, whole: string) => {
      const before = whole.slice(0, at);
      const after = whole.slice(at + word.length);
      return !NOT_A_PLACE.test(before) && (NOUN_BEFORE.test(before) || NOUN_AFTER.test(after)) ? word : ' ';
    });
}

/** "what's on the horizon": what is to come, said plainly ("upcoming"), not the programme "what's on" asks for. */
const HORIZON = /(?<![\p{L}\p{N}])on\s+the\s+horizon(?![\p{L}\p{N}])/giu;

/**
 * "where can i find the talks of…", "where do i see the sessions": asked where to look for talks, the question asks for
 * them (their list, their links), not where the event was; "where can i find the kiosk" still asks a place.
 */
const FINDING_TALKS = /(?<![\p{L}\p{N}])where\s+(?:can|do|could|should|would|will)\s+(?:i|we|you|one|people)\s+(?:find|see|view|look\s+(?:at|up|for)|check|browse|read)(?=(?:\s+[\p{L}'’-]+){0,4}\s+(?:talks?|sessions?|presentations?|line-?up)(?![\p{L}\p{N}]))/giu;

/** The Latin names of the governance bodies and their seats ("toc", "steering committee", "community seat"), longest first. */
const OFFICES = [...GOVERNANCE_BODIES, ...STEERING_SEATS]
  .flat()
  .filter((name) => /^[a-z ]+$/.test(name))
  .sort((a, b) => b.length - a.length)
  .map((name) => name.replace(/\s+/g, '\\s+'));
/**
 * "how many people ran for the toc", "who is running for steering": to run for an office, a seat or election is to stand
 * for it, as the posts say ("Five candidates stood for the three available seats"), not how long something ran for.
 */
const CANDIDACY = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:run|runs|ran|running)(?=\\s+for\\s+(?:(?:the|a|an|one\\s+of\\s+the|re-?)\\s*)?(?:(?:${OFFICES.join('|')})s?|seats?|election|office|chair)(?![\\p{L}\\p{N}]))`,
  'giu',
);

/** "which event was istio at most recently": the "at" of a place before "most recent", not the "at most" of a count. */
const AT_MOST_RECENT = /(?<![\p{L}\p{N}])at(?=\s+most\s+recent)/giu;
/** A cheap test that a text may hold `AT_MOST_RECENT`. */
const AT_MOST = /at\s+most/i;

/** The question without the names, place words and phrases that ask nothing (see above). */
export function withoutNamesAndPlaces(text: string): string {
  // "在哪投票", "怎么投票": a vote, said with the 投 that a chat also says of a talk sent in ("在哪投"); 表决 asks nothing.
  // "lin sun 在哪家公司", "在哪个公司": which company someone is at, not where (`COMPANY_ASKS`).
  const asked = text.replaceAll('投票', '表决').replaceAll('在哪家公司', '，哪家公司').replaceAll('在哪个公司', '，哪个公司');
  const placed = (AT_MOST.test(asked) ? asked.replace(AT_MOST_RECENT, ' ') : asked).replace(CANDIDACY, 'stood');
  return withoutPlaceWordsElsewhere(placed.replace(NAMES, ' ').replace(HORIZON, ' upcoming ').replace(FINDING_TALKS, ' '));
}

/** "where can i download…", "下载": a file is asked for, whose link is no event's date or place. */
const DOWNLOAD = /(?<![\p{L}\p{N}])download(?:s|ed|ing|able)?(?![\p{L}\p{N}])|下载/iu;

export function downloadAsked(text: string): boolean {
  return DOWNLOAD.test(text);
}
