/**
 * How English is typed in a chat, said the way the word lists of `intents.ts` and `times.ts` say it (what
 * `colloquial.ts` does for Chinese): "teh", "wen", "nex", "whr", "whre", "wat", "evnt", "cmte" are "the", "when", "next", "where", "what", "event", "committee",
 * which no post writes, so read as typed they would be words to search and a topic that keeps "wen is teh next istio
 * meetup" from being answered as "when is the next one". "gonna be held" and "going to happen" say "will"; "I'm new to istio" and "following up"
 * frame the question as "could you tell me" does (`chat-words.ts`): none of their words is what is asked about.
 */
const SPELLED: readonly (readonly [RegExp, string])[] = [
  [/\bteh\b/gi, 'the'],
  // A year cut to its last two digits after an apostrophe ("the '25 election", "'24-'25 term") is that year, wherever it stands.
  [/(?<![\w'’‘])['’‘]([1-3]\d)\b/g, '20$1'],
  [/\b(?:wen|whn)\b/gi, 'when'],
  // "netx", "nxet": two letters of "next" swapped, as fast typing does; a four-letter word is too short for the typo reading of times.ts.
  [/\b(?:nex|netx|nxet)\b/gi, 'next'],
  // "ambient taks london", "tlks at kubecon": "talks" with a letter dropped, too short for the typo reading of spelled.ts.
  [/\b(?:taks|tlks|tals)\b/gi, 'talks'],
  [/\b(?:wher|whr|whre|wehre)\b/gi, 'where'],
  [/\bwat(s?)\b/gi, 'what$1'],
  [/\b(?:evnt|evnet|evet)(s?)\b/gi, 'event$1'],
  // "lightning talk lenght": how long a format runs, with its letters swapped or one dropped.
  [/\b(?:lenght|lengh|legnth)(s?)\b/gi, 'length$1'],
  // "the steering cmte", "toc cttee": the committee, as minutes and chat shorten it.
  [/\b(?:cmte|cmtee|cttee)(s?)\b/gi, 'committee$1'],
  // "who is going to be…" is "who will be…", not "who is <someone>".
  [/\b(?:(?:is|are)\s+)?(?:gonna|going to)(?=\s+(?:be|happen|take|run|start|come)\b)/gi, 'will'],
  // "bday", "b-day": a birthday, as chat shortens it; read as typed it named nothing the posts say.
  [/\bb-?day(s?)\b/gi, 'birthday$1'],
  // "tix": tickets, as chat shortens them ("istio day chicago tix"); read as typed it asked nothing.
  [/\btix\b/gi, 'tickets'],
  // "vid", "vids", "yt": a video and YouTube as a chat cuts them short ("roadmap talk vid", "yt link for the keynote"); read as
  // typed they asked for no recording and ranked no passage that says one.
  [/\bvid(s?)\b/gi, 'video$1'],
  [/\byt\b/gi, 'youtube'],
  // "how long did the stream last": the verb, which read as a time word asked for the latest event, not how long one ran.
  [/(\bhow long\b[^?.!]*?)\s+last(?:s|ed)?(?=\s*(?:for\s*)?(?:[?.!,]|$))/gi, '$1'],
  [/\bfollowing up\b/gi, ' '],
  [/\bi(?:['’]?m| am)\s+(?:(?:quite|pretty|very|fairly|totally|brand)\s+)?new\b/gi, ' '],
];

/** Ages said in words, as "Istio turned four" says one: the index is the age. */
const AGES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/**
 * "istio turns 4", "when istio turned five", "istio's turning 10 years old": the project's birthday of that age, as the posts
 * name it ("Istio's 4th birthday celebration"); read as typed, "turns" and "4" named nothing they say of it.
 */
const TURNS = new RegExp(String.raw`\b(istio(?:['’]s)?\s+(?:(?:is|will)\s+)?)(?:turns|turned|turning|turn)\s+(\d{1,2}|${AGES.join('|')})(?:\s+years?(?:\s+old)?)?\b`, 'gi');

const ASKS_WHEN_TURNED = /^\s*when\s+(?:did|does|do|will|is|was|has)\s+istio\b/i;

function birthdayOf(_: string, said: string, age: string): string {
  const count = /^\d+$/.test(age) ? Number(age) : AGES.indexOf(age.toLowerCase());
  const last = count % 10;
  const suffix = count % 100 >= 11 && count % 100 <= 13 ? 'th' : last === 1 ? 'st' : last === 2 ? 'nd' : last === 3 ? 'rd' : 'th';
  return `${said.replace(/\s+(?:is|will)\s+$/i, ' ').replace(/['’]s\s+$/, ' ')}${count}${suffix} birthday`;
}

/**
 * A letter run that each spelling of `SPELLED` holds: a question without any (nearly all) is read by one pattern, not
 * by all of them.
 */
const MAY_BE_SPELLED = /turn|teh|wen|whn|nex|netx|nxet|taks|tlks|tals|wher|whr|wehre|wat|evnt|evnet|evet|lengh|legnth|cmte|cttee|gonna|going to|b-?day|tix|how long|following up|new|\bvids?\b|\byt\b|['’‘][1-3]\d/i;

export function plainEnglish(text: string): string {
  if (!MAY_BE_SPELLED.test(text)) return text;
  const plain = SPELLED.reduce((said, [typed, plain]) => said.replace(typed, plain), text);
  // "When did istio turn four" asks the day itself, which the posts say in those words ("Istio turned four on 24 May
  // 2021"); the celebration's own dates run for the week.
  return ASKS_WHEN_TURNED.test(plain) ? plain : plain.replace(TURNS, birthdayOf);
}
