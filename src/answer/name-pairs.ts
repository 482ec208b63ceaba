/**
 * The Chinese names the posts give speakers beside their English ones ("宋净超（Jimmy Song）"): a
 * question that names a speaker in Chinese ("宋净超在 istiocon 中国站讲了什么") asks about the talks
 * listed under the English name. Read from the posts, never from a list of names.
 */
import type { Passage, Talk } from '../model/index.js';
import { hanNameEnding, hanNameIn } from './han-names.js';

/** A Chinese name's run of Han characters right before the English name in brackets. */
const PAIRED = /(\p{Script=Han}{2,4})[（(]([A-Z][\p{L}.'-]*(?:\s+[A-Z][\p{L}.'-]*){1,3})[）)]/gu;
const ANY_HAN = /\p{Script=Han}/u;
/** Fewest characters of a Chinese name: a one-character piece of a run is no name. */
const SHORTEST = 2;

interface Pair {
  /** The Han characters before the brackets: the name, perhaps after a word that ends there ("成员宋净超"). */
  run: string;
  english: string;
}

/**
 * Each talk's own stretch of its Chinese passage: from its title to the next talk's title, where a list
 * item names its speakers twice ("由 Jimmy Song 和 Zhonghu Xu 主讲。计划委员会成员宋净超和徐中虎致欢迎辞").
 */
function talkStretches(passages: readonly Passage[], talks: readonly Talk[]): { talk: Talk; text: string }[] {
  const texts = new Map(passages.filter((passage) => passage.lang === 'zh').map((passage) => [passage.id, passage.text]));
  const stretches: { talk: Talk; text: string }[] = [];
  const byPassage = new Map<string, Talk[]>();
  for (const talk of talks) if (texts.has(talk.passageId)) byPassage.set(talk.passageId, [...(byPassage.get(talk.passageId) ?? []), talk]);
  for (const [id, told] of byPassage) {
    const text = texts.get(id) ?? '';
    const starts = told.map((talk) => ({ talk, at: text.indexOf(talk.titles.zh ?? talk.title) })).filter(({ at }) => at >= 0).sort((a, b) => a.at - b.at);
    starts.forEach(({ talk, at }, index) => stretches.push({ talk, text: text.slice(at, starts[index + 1]?.at ?? text.length) }));
  }
  return stretches;
}

/**
 * Whether a Chinese name is written in brackets right after a Latin name, as its gloss ("Iris (Shaojun) Ding（丁少君）"): an
 * English spelling added after it would say the name a third time. In brackets after Chinese text ("技术分享（史泽寰）") it is
 * the speaker named, and gets the English.
 */
const glossed = (text: string, han: string): boolean => [`（${han}）`, `(${han})`].some((bracketed) => {
  const at = text.indexOf(bracketed);
  return at > 0 && /[\p{Script=Latin})]\s*$/u.test(text.slice(Math.max(0, at - 2), at));
});

export class NamePairs {
  readonly #pairs: Pair[] = [];
  /** Each speaker's English name → the Chinese name the posts write beside it, where they give exactly one. */
  readonly #chinese = new Map<string, string>();
  #byHan: Map<string, string[]> | undefined;

  constructor(passages: readonly Passage[], talks: readonly Talk[]) {
    const speakers = new Set(talks.flatMap((talk) => talk.speakers));
    const seen = new Set<string>();
    for (const passage of passages) {
      if (passage.lang !== 'zh') continue;
      for (const [, run = '', english = ''] of passage.text.matchAll(PAIRED)) {
        // Only a speaker's name in brackets pairs: not a company's ("谷歌（Google Cloud）").
        if (!speakers.has(english) || seen.has(run + english)) continue;
        seen.add(run + english);
        this.#pairs.push({ run, english });
      }
    }
    this.#pairChinese(passages, talks);
  }

  /**
   * The Chinese names to show beside English ones: a name written right before the English one in
   * brackets, else the one a talk's own item writes for its speaker; none where the posts give two.
   */
  #pairChinese(passages: readonly Passage[], talks: readonly Talk[]): void {
    const bracketed = new Map<string, Set<string>>();
    const told = new Map<string, Set<string>>();
    const add = (map: Map<string, Set<string>>, english: string, han: string | null): void => {
      if (han) map.set(english, (map.get(english) ?? new Set()).add(han));
    };
    for (const { run, english } of this.#pairs) add(bracketed, english, hanNameEnding(run, english));
    for (const { talk, text } of talkStretches(passages, talks)) {
      for (const speaker of talk.speakers) add(told, speaker, hanNameIn(speaker, text));
    }
    const chosen = new Map<string, string>();
    for (const [english, names] of [...told, ...bracketed]) {
      const [only] = names;
      if (names.size === 1 && only) chosen.set(english, only);
      else chosen.delete(english);
    }
    // A Chinese name the posts give two people is nobody's; one person written both ways ("Shi Zehuan", "Zehuan Shi") is one.
    const person = (english: string): string => english.toLowerCase().split(/\s+/u).sort().join(' ');
    const claims = new Map<string, Set<string>>();
    for (const [english, han] of chosen) claims.set(han, (claims.get(han) ?? new Set()).add(person(english)));
    for (const [english, han] of chosen) if (claims.get(han)?.size === 1) this.#chinese.set(english, han);
  }

  /**
   * A Chinese line with each speaker by both names: the Chinese name before an English one a talk list gives
   * ("宋净超 Jimmy Song"), the English one after a Chinese name a quoted sentence gives ("徐中虎（Zhonghu Xu）"),
   * so a reader who knows the speaker by either finds them; a name given both ways is left as it is.
   */
  withChinese(line: string): string {
    let said = line;
    // One person may be written two ways in English ("Shi Zehuan", "Zehuan Shi"): either one beside the Chinese name is enough.
    for (const [han, spellings] of this.#spellings()) {
      const shown = spellings.filter((english) => said.includes(english));
      if (shown.length && !said.includes(han)) for (const english of shown) said = said.replaceAll(english, `${han} ${english}`);
      else if (!shown.length && said.includes(han) && !glossed(said, han)) said = said.replaceAll(han, `${han}（${spellings[0] ?? ''}）`);
    }
    return said;
  }

  /** Each Chinese name with the English spellings paired with it, read once. */
  #spellings(): Map<string, string[]> {
    if (this.#byHan) return this.#byHan;
    this.#byHan = new Map<string, string[]>();
    for (const [english, han] of this.#chinese) this.#byHan.set(han, [...(this.#byHan.get(han) ?? []), english]);
    return this.#byHan;
  }

  /** Whether a text names a speaker by the Chinese name the posts pair with their English one. */
  namedIn(text: string): boolean {
    for (const han of this.#chinese.values()) if (text.includes(han)) return true;
    return false;
  }

  /**
   * The question with each Chinese name the posts pair with a speaker's English name written in
   * English: the longest end of the run before the brackets that the question holds is the name;
   * then each name a talk's own item writes for its speaker ("DaoCloud 的刘齐均分享了…").
   */
  inEnglish(text: string): string {
    // Every name paired is Han characters: a question with none names no one so (most questions, asked for each).
    if (!ANY_HAN.test(text)) return text;
    let said = text;
    for (const { run, english } of this.#pairs) {
      for (let length = run.length; length >= SHORTEST; length -= 1) {
        const name = run.slice(run.length - length);
        if (!said.includes(name)) continue;
        said = said.replaceAll(name, `${name} ${english} `);
        break;
      }
    }
    for (const [english, han] of this.#chinese) {
      if (said.includes(han) && !said.includes(english)) said = said.replaceAll(han, `${han} ${english} `);
    }
    return said;
  }
}
