/** A passage's facts (`PassageFacts`), worked out from its text, links and event when indexing. */
import { CALL_FOR_PROPOSALS, findPlaces, KIND_NAMES, kindIn, mentionsDate, placeOf, regionIn } from '../domain/index.js';
import type { EventInfo, EventKind, ParsedPassage, Passage, PassageFacts } from '../model/index.js';
import { mentionsClockTime } from './clock-time.js';
import { countedIn, namesNumber } from './counts.js';
import { definitionsIn, headingDefinition } from './definitions.js';
import { Outcomes } from './outcomes.js';

/** Links that are a call for proposals. */
const CFP_LINK = /sessionize\.com|\bcfp\b|call-for-(?:proposals|papers|speakers)/i;

/** Whether a passage gives a call for proposals: says so, with a date or a link to where proposals go. */
function namesCfp(passage: ParsedPassage): boolean {
  return CALL_FOR_PROPOSALS.test(passage.text) && (mentionsDate(passage.text) || Object.values(passage.links).some((urls: string[]) => urls.some((url) => CFP_LINK.test(url))));
}

/** The kinds of event a passage is about: its event's, else every kind its text names (a post about no one event). */
function kindsOf(passage: ParsedPassage): EventKind[] {
  if (passage.event) return [kindIn(passage.event)?.kind].filter((kind) => kind !== undefined);
  return KIND_NAMES.filter(({ pattern }) => pattern.test(passage.text)).map(({ kind }) => kind);
}

/** The years a passage is about: its date's, and the one its event's name gives. */
function yearsOf(passage: ParsedPassage): number[] {
  const years = [passage.date ? Number(passage.date.slice(0, 4)) : null, Number(/\b(20\d\d)\b/.exec(passage.event ?? '')?.[1] ?? NaN)];
  return [...new Set(years.filter((year): year is number => year !== null && !Number.isNaN(year)))];
}

/** Whether the passage at `at` is the first of its heading's section (passages come in each post's order). */
function opensSection(passages: readonly ParsedPassage[], at: number): boolean {
  const [before, passage] = [passages[at - 1], passages[at] as ParsedPassage];
  return before?.postId !== passage.postId || before.headings.join('\n') !== passage.headings.join('\n');
}

/**
 * Every passage with its facts. The events give each event's city (else the place its name
 * says); the passages themselves give the words prose writes in lower case, which no name starts
 * with (see `Outcomes`).
 */
export function withFacts(passages: readonly ParsedPassage[], events: readonly EventInfo[]): Passage[] {
  const cities = new Map<string, string | null>();
  for (const event of events) if (event.city) cities.set(event.name, event.city);
  const cityOf = (name: string): string | null => {
    if (!cities.has(name)) cities.set(name, findPlaces(name)[0]?.place.city ?? null);
    return cities.get(name) as string | null;
  };
  const outcomes = new Outcomes(passages);
  return passages.map((passage, at) => {
    const city = passage.event ? cityOf(passage.event) : null;
    const region = (city ? placeOf(city)?.region : null) ?? regionIn(passage.event ?? '');
    const years = yearsOf(passage);
    const kinds = kindsOf(passage);
    const counted = namesNumber(passage.text) ? countedIn(passage.text) : null;
    const defines = definitionsIn(passage.text);
    const asked = opensSection(passages, at) ? headingDefinition(passage.headings.at(-1) ?? '', passage.text, defines) : undefined;
    if (asked) defines.unshift(asked);
    // Only what holds is kept (see `PassageFacts`).
    const facts: PassageFacts = {
      ...(years.length ? { years } : {}),
      ...(mentionsDate(passage.text) ? { date: true } : {}),
      ...(mentionsClockTime(passage.text) ? { clock: true } : {}),
      ...(counted ? { count: true, ...(counted.length ? { counted } : {}) } : {}),
      ...(namesCfp(passage) ? { cfp: true } : {}),
      ...(outcomes.namesSomeone(passage.text) ? { people: true } : {}),
      ...(outcomes.announces(passage.text) ? { outcome: true } : {}),
      ...(city ? { city } : {}),
      ...(region ? { region } : {}),
      ...(kinds.length ? { kinds } : {}),
      ...(defines.length ? { defines } : {}),
    };
    return { ...passage, facts };
  });
}
