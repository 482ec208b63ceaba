import { LRUCache } from 'lru-cache';
import { colocatedNames } from '../domain/index.js';
import { normalized, preferLang } from '../find/index.js';
import { analyze } from '../store/index.js';
import type { EventInfo, EventKind, Lang, Passage, Talk } from '../model/index.js';
import { TalkOrder } from './talk-order.js';
import { EventMatcher } from './event-match.js';
import type { ChosenBy } from './direct.js';
import { Organisations, type NamedOrganisation } from './organisations.js';
import { nameWords } from './name-words.js';
import { Sections, titleWordsOf } from './talk-words.js';
import { TitleWords } from './title-words.js';
import { PeopleMatcher } from './people-match.js';

/** What a passage that tells talks is read by. */
type Told = Pick<Passage, 'id' | 'event' | 'lang' | 'text'>;

/** Talks found for what a user typed, grouped by event, newest event first; `nearest` names when none. */
export interface Found {
  talks: Talk[];
  /** The events (for `talks`) or people (for `speaker`) matched, newest first. */
  names: string[];
  nearest: string[];
  /** Typed words that name no event: the topic of "ambient talks at kubecon 2025". */
  rest: string[];
  /** Whether some typed word names some event (for `talks`), found or not. */
  namesSome: boolean;
}

/** Talks by speaker and by event: what `talks` and `speaker` answer, and natural questions that ask the same. */
export class Programme {
  /** Talks by normalized speaker name (lower case, accents removed). */
  readonly #bySpeaker = new Map<string, Talk[]>();
  /** The length of the longest of those names. */
  readonly #longestSpeaker: number;
  readonly #byEvent = new Map<string, Talk[]>();
  readonly #byPassage = new Map<string, Talk[]>();
  readonly #eventDate = new Map<string, string | null>();
  readonly #events: EventMatcher;
  readonly #people: PeopleMatcher;
  readonly #talks: readonly Talk[];
  /** Every word of the talks' titles (both languages) and format notes, for topics. */
  readonly #titles: TitleWords;
  readonly #kinds: ReadonlyMap<string, EventKind>;
  readonly #order: TalkOrder;
  /** Every talk grouped for each language, once: a topic asked of no event lists them all. */
  readonly #allOf = new Map<Lang, Talk[]>();
  /** The organisations the speakers spoke for, read once: "what did forbes present at kubecon london". */
  readonly organisations: Organisations;
  /** The headings the posts list the talks under: "sessions at the cloud native theater". */
  readonly sections: Sections;
  /** The talks of the passages shown lately: a passage is shown again and again, and its event may have hundreds of talks. */
  readonly #toldBy = new LRUCache<string, readonly Talk[]>({ max: 1_000 });
  /** The ordered talks of the events lately named: questions name the same few events again and again. */
  readonly #ofEvents = new LRUCache<string, readonly Talk[]>({ max: 500 });

  /** The texts of the passages that tell one talk alone, by the talk's id: what its entries say of it beyond its title. */
  readonly #entries = new Map<string, string>();

  /** `passages`: those that tell talks give the headings the talks are listed under. */
  constructor(talks: readonly Talk[], events: readonly EventInfo[], passages: readonly (Told & Pick<Passage, 'headings'>)[] = []) {
    this.#talks = talks;
    this.#titles = new TitleWords(talks);
    const starts = new Map(events.map((event) => [event.name, event.start]));
    this.#kinds = new Map(events.map((event) => [event.name, event.kind]));
    for (const talk of talks) {
      for (const speaker of talk.speakers) push(this.#bySpeaker, normalized(speaker), talk);
      push(this.#byPassage, talk.passageId, talk);
      if (!talk.event) continue;
      push(this.#byEvent, talk.event, talk);
      // The event's start; for an event the index does not describe, the date of its latest talk.
      const known = this.#eventDate.get(talk.event) ?? null;
      const date = starts.get(talk.event) ?? talk.date;
      this.#eventDate.set(talk.event, date !== null && (known === null || date > known) ? date : known);
    }
    this.#longestSpeaker = [...this.#bySpeaker.keys()].reduce((longest, speaker) => Math.max(longest, speaker.length), 0);
    this.#order = new TalkOrder(talks, this.#kinds, this.#eventDate);
    this.#events = new EventMatcher(this.#eventDate, events);
    this.#people = new PeopleMatcher(talks.flatMap((talk) => talk.speakers));
    this.organisations = new Organisations(talks, events);
    // A translation's talks are read from the original: its headings ("云原生剧场上的 Istio 议题") are its passages' own.
    const tells = passages.map((passage) => [passage, this.#tellsOf(passage)] as const);
    const listed = tells.flatMap(([passage, told]) => told.map((talk) => [talk, passage.headings.at(-1) ?? ''] as const));
    this.sections = new Sections(listed);
    // A recap's entry may say more of a talk than the preview it was read from ("Forbes described its move to ambient mode").
    for (const [passage, [only, ...more]] of tells) if (only && !more.length) this.#entries.set(only.id, `${this.#entries.get(only.id) ?? ''} ${passage.text}`);
  }

  /** Talks of the speaker a free-text question is: the whole name, or (with a space) part of it. */
  bySpeaker(name: string): Talk[] {
    const wanted = normalized(name);
    if (wanted.length < 4) return [];
    const exact = this.#bySpeaker.get(wanted);
    if (exact) return exact;
    // Most questions are longer than any name: no name holds them.
    if (!wanted.includes(' ') || wanted.length > this.#longestSpeaker) return [];
    const talks: Talk[] = [];
    this.#bySpeaker.forEach((given, speaker) => {
      if (speaker.includes(wanted)) talks.push(...given);
    });
    return talks;
  }

  /** `talks <what the user typed>`: every event it names, its talks in `lang` when told in it, newest event first. */
  ofEvents(text: string, lang: Lang): Found {
    const { names, nearest, rest, namesSome } = this.#events.match(text, (word) => this.titleWord(word) !== null);
    return { talks: this.talksOf(names, lang), names, nearest, rest, namesSome };
  }

  /** The talks of the events named, newest event first. */
  talksOf(names: readonly string[], lang: Lang): Talk[] {
    const key = [lang, ...names].join('\n');
    let talks = this.#ofEvents.get(key);
    if (!talks) this.#ofEvents.set(key, (talks = this.#order.grouped(names.flatMap((name) => this.#byEvent.get(name) ?? []), lang)));
    return [...talks];
  }

  /**
   * The talks given at the events named, newest event first, and the events they were given at;
   * when none of them has talks (an Istio Day whose programme no post lists), those of the
   * conference it was co-located with and of its tracks: the Istio sessions of that week.
   */
  heldAt(names: readonly string[], lang: Lang): { talks: Talk[]; names: string[] } {
    const known = [...this.#byEvent.keys()];
    const instead = (name: string): string[] => colocatedNames(name).flatMap((conference) => known.filter((event) => event.startsWith(conference)));
    // "talks at istio day" lists the Istio Days that have talks; the conference stands in only when none has.
    const own = names.filter((name) => this.#byEvent.has(name));
    const held = own.length ? own : [...new Set(names.flatMap(instead))];
    return { talks: this.talksOf(held, lang), names: held };
  }

  /** `talks` with the conference's own sessions before those of its tracks (`TalkOrder.conferenceFirst`). */
  conferenceFirst(talks: readonly Talk[]): Talk[] {
    return this.#order.conferenceFirst(talks);
  }

  /** Every talk, newest event first, in `lang` where told in it. */
  all(lang: Lang): readonly Talk[] {
    let all = this.#allOf.get(lang);
    if (!all) this.#allOf.set(lang, (all = this.#order.grouped(this.#talks, lang)));
    return all;
  }

  /**
   * The speakers a question names ("what did john howard talk about", "faseela's talks"): every word
   * of their name, in order, among its words; else, when it names nobody in full, one long word of a
   * name (5 letters or more) that no talk's title holds. A short word is no name: "sun" of Lin Sun. A full name with
   * one long word typed one edit off names that person (`PeopleMatcher.misspelt`).
   */
  speakersIn(text: string): string[] {
    const typed = nameWords(text);
    const said = ` ${typed.join(' ')} `;
    const named = (word: string): boolean => word.length >= 5 && !/\d/.test(word) && this.titleWord(word) === null;
    const { people } = this.#people;
    const full = people.filter(({ words, joined }) => words.length > 1 && said.includes(` ${joined} `));
    if (full.length) return full.map(({ name }) => name);
    // "christian posta" names him, not every Christian; "hayk hovseypan", one word typed wrong, names him too.
    const misspelt = this.#people.misspelt(typed);
    return misspelt.length ? misspelt : people.filter(({ words }) => words.some((word) => typed.includes(word) && named(word))).map(({ name }) => name);
  }

  /**
   * The talks a passage tells: those read from it, and (a translation, whose talks are read from the
   * original, some of them only) those of its event whose title, in either language, it holds.
   */
  told(passage: Told): readonly Talk[] {
    let told = this.#toldBy.get(passage.id);
    if (!told) this.#toldBy.set(passage.id, (told = this.#tellsOf(passage)));
    return told;
  }

  #tellsOf(passage: Told): readonly Talk[] {
    const own = this.#byPassage.get(passage.id) ?? [];
    if (!passage.event) return own;
    // A Chinese passage gives the English title beside its own ("规模化 Ambient 架构（Architecting ambient for scale）").
    // A KubeCon recap's paragraph tells the talks of the Istio Day held with it, and the other way round.
    const talks = [passage.event, ...colocatedNames(passage.event)].flatMap((name) => this.#byEvent.get(name) ?? []);
    const titled = talks.filter((talk) => !own.includes(talk) && [talk.title, ...Object.values(talk.titles)].some((title) => title.length > 0 && passage.text.includes(title)));
    return titled.length ? [...own, ...titled] : own;
  }

  /** `speaker <what the user typed>`: the talks of every person it names, newest event first. */
  ofPeople(text: string, lang: Lang): Found {
    const { names, nearest } = this.#people.match(text);
    const talks = names.flatMap((name) => this.#bySpeaker.get(normalized(name)) ?? []);
    return { talks: this.#order.grouped([...new Set(talks)], lang), names, nearest, rest: [], namesSome: false };
  }

  /** The talks whose title holds every topic word (with `synonyms`, or a synonym of it: `TitleWords.on`), one per talk, in `lang` where told in it. */
  titled(topic: readonly string[], lang: Lang, synonyms = false): Talk[] {
    return preferLang(this.#titles.on(this.#talks, topic, synonyms), lang);
  }

  /**
   * The word of the talks' titles that `word` names (itself, or the word it misspells: "kialli" is
   * "kiali"); null when no title holds it ("list" in "list of talks at kubecon" is no topic).
   */
  titleWord(word: string): string | null {
    return this.#titles.word(word);
  }

  /** As `titleWord`, or the title word a synonym of `word` names (`TitleWords.saidWord`: 爱彼迎 is "airbnb"). */
  titleSaid(word: string): string | null {
    return this.#titles.saidWord(word);
  }

  /**
   * `talks` for a "who" question: first those whose title holds one of `words` ("keynote" in "who
   * gave the keynote…"), then those that name their speakers; otherwise in their order.
   */
  forWho(talks: readonly Talk[], words: readonly string[]): Talk[] {
    const titled = new Set(this.titledBy(talks, words));
    const rank = (talk: Talk): number => (titled.has(talk) ? 0 : 2) + (talk.speakers.length ? 0 : 1);
    return [...talks].sort((a, b) => rank(a) - rank(b));
  }

  /** Those of `talks` whose title holds one of `words` ("keynote" of "who gave the keynote…"). */
  titledBy(talks: readonly Talk[], words: readonly string[]): Talk[] {
    const wanted = new Set(words.map((word) => this.#titles.best(word)).filter((word): word is string => word !== null));
    return talks.filter((talk) => titleWordsOf(talk).some((word) => wanted.has(word)));
  }

  /**
   * The talks of `given` whose speakers spoke for an organisation a question names, on the topic its
   * other words give ("google" of "google talks" says who gave them, not a word of their titles), with
   * the organisation for the line; none when it names none or none of its people gave one.
   */
  givenBy(named: readonly NamedOrganisation[], given: readonly Talk[], topic: readonly string[]): { talks: Talk[]; topic: string[]; by: ChosenBy } | undefined {
    if (!named.length) return undefined;
    const keys = new Set(named.map((organisation) => organisation.key));
    const said = new Set(named.flatMap((organisation) => organisation.words));
    const rest = topic.filter((word) => !said.has(word));
    const own = this.organisations.givenBy(given, keys);
    // "the forbes session on ambient at the maintainer track": a topic no title of the organisation's talks holds may be what the entry of one
    // says it was about ("Forbes described its move to ambient mode"): that talk, before other speakers' titled with it.
    const onTopic = this.onTopic(own, rest);
    const [first, ...others] = onTopic.length ? onTopic : own.filter((talk) => this.#entrySays(talk, rest));
    if (!first) return undefined;
    // A talk whose title names it is its too ("Bloomberg's zero-downtime migration…"), whoever the post says gave it.
    const ofTitle = named.filter(({ common }) => !common).flatMap(({ words }) => (words.every((word) => this.titleWord(word) !== null) ? this.onTopic(given, [...words, ...rest]) : []));
    const chosen = new Set([first, ...others, ...ofTitle]);
    const speakers = (talk: Talk): string[] => this.organisations.speakersFor(talk, keys).map((person) => person.name);
    // Named as the talks write it ("Forbes", "华为"), in the line's language where they write it in both.
    const written = this.organisations.speakersFor(first, keys)[0]?.organisation ?? '';
    return { talks: given.filter((talk) => chosen.has(talk)), topic: rest, by: { name: (lang) => this.organisations.nameIn(written, lang), speakers } };
  }

  /** Whether the entry of a talk told alone holds every one of `words` (none: no). */
  #entrySays(talk: Talk, words: readonly string[]): boolean {
    const entry = this.#entries.get(talk.id);
    if (!entry || !words.length) return false;
    const terms = new Set(analyze(entry));
    return words.every((word) => {
      const wanted = analyze(word);
      return wanted.length > 0 && wanted.every((term) => terms.has(term));
    });
  }

  /** Talks whose title holds every topic word (whole, or a typo of a word of the title). */
  onTopic(talks: readonly Talk[], topic: readonly string[]): Talk[] {
    return this.#titles.on(talks, topic);
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
