import type { Lang } from '../model/index.js';
import type { Command } from './types.js';

/** A question taken apart: filters out of the free text, phrases kept whole. */
export interface ParsedQuery {
  /** Free text, filters and command word removed. */
  text: string;
  /** "Quoted phrases", without the quotes. */
  phrases: string[];
  /** `lang:zh` / `lang:en`. */
  lang: Lang | null;
  /** `year:2024`. */
  year: number | null;
  /** `event:"istio day"` or `event:kubecon`. */
  event: string | null;
  command: Command | null;
}

const COMMAND_WORDS: Record<string, Command> = {
  help: 'help',
  '?': 'help',
  帮助: 'help',
  events: 'events',
  活动: 'events',
  next: 'next',
  下一个: 'next',
  下一场: 'next',
  talks: 'talks',
  演讲: 'talks',
  speaker: 'speaker',
  演讲者: 'speaker',
};

/** Commands that need an argument; alone they are ordinary words to search for. */
const NEEDS_ARGUMENT = new Set<Command>(['talks', 'speaker']);
/** The words after "speaker" that say a question follows, not a name ("speaker of…", "speaker at…"). */
const OPENS_QUESTION = /^(?:of|for|at|in|on|from|who|was|were|is|are|did)$/i;
/** Commands that stand alone; followed by words they are ordinary words to search for. */
const STANDS_ALONE = new Set<Command>(['help', 'events', 'next']);

/**
 * Where Chinese text meets Latin letters or digits, and where a year is glued to a name: people type
 * "伦敦istio day的ppt" and "istiocon2021录像", and every word list reads whole words between spaces.
 */
const SCRIPT_JOIN = /(\p{Script=Han})(?=[\p{Script=Latin}\d])|([\p{Script=Latin}\d])(?=\p{Script=Han})|(\p{Script=Latin})(?=(?:19|20)\d\d(?!\d))/gu;

/** The text with a space wherever Chinese meets Latin letters or digits, and between a name and the year glued to it. */
function spaceScripts(text: string): string {
  return text.replace(SCRIPT_JOIN, (char) => `${char} `);
}

const FILTER = /(^|\s)(lang|year|event):(?:"([^"]*)"|“([^”]*)”|(\S+))/gi;
const PHRASE = /"([^"]+)"|“([^”]+)”/g;

/**
 * Parses the filters, phrases and command of a question. Pure; never throws. `fits` says whether the words after a
 * command word are its argument ("speaker lin sun") rather than the rest of a question the word begins ("speaker
 * notifications for istio day chicago"); every argument fits when it is not given.
 */
export function parseQuery(input: string, fits: (command: Command, argument: string) => boolean = () => true): ParsedQuery {
  const parsed: ParsedQuery = { text: '', phrases: [], lang: null, year: null, event: null, command: null };
  let rest = input.replace(FILTER, (whole, lead: string, key: string, quoted?: string, curly?: string, bare?: string) => {
    const value = (quoted ?? curly ?? bare ?? '').trim();
    const name = key.toLowerCase();
    if (name === 'lang' && (value === 'en' || value === 'zh')) parsed.lang = value;
    else if (name === 'year' && /^\d{4}$/.test(value)) parsed.year = Number(value);
    else if (name === 'event' && value) parsed.event = value;
    else return whole;
    return lead;
  });
  for (const match of rest.matchAll(PHRASE)) {
    const phrase = (match[1] ?? match[2] ?? '').trim();
    if (phrase) parsed.phrases.push(phrase);
  }
  rest = spaceScripts(rest.replace(/["“”]/g, ' ')).replace(/\s+/g, ' ').trim();
  const [first = '', ...others] = rest.split(' ');
  const command = COMMAND_WORDS[first.toLowerCase()];
  // `events 2025` is `events year:2025`: a year is the one word the list of events can be narrowed by here.
  const yearOnly = command === 'events' && others.length === 1 && /^(?:19|20)\d\d$/.test(others[0] ?? '') && parsed.year === null;
  if (yearOnly) parsed.year = Number(others[0]);
  // "speaker of the how to get help talk", "talks at istio day": a command word followed by a preposition opens a question.
  const asking = command === 'speaker' && OPENS_QUESTION.test(others[0] ?? '');
  if (command && !asking && (yearOnly || (NEEDS_ARGUMENT.has(command) && others.length && fits(command, others.join(' '))) || (STANDS_ALONE.has(command) && !others.length))) {
    parsed.command = command;
    rest = yearOnly ? '' : others.join(' ');
  }
  parsed.text = rest;
  return parsed;
}
