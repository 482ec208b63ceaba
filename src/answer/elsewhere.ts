/**
 * Whether a passage is about an event of another place than the question names ("the keynote,
 * the paris one": a London passage): what it says of its own event answers nothing of that
 * one. A passage of no place, or a question that names none, is never elsewhere.
 */
import { findPlaces, regionIn } from '../domain/index.js';
import type { Passage } from '../model/index.js';
import type { Question } from '../understand/index.js';

export function elsewhere(question: Question, { facts }: Passage): boolean {
  const { regions, cities } = question.entities;
  return (regions.length > 0 && facts.region !== undefined && !regions.includes(facts.region)) || (cities.length > 0 && facts.city !== undefined && !cities.includes(facts.city));
}

/**
 * Whether a sentence quoted from a passage leaves out a place the question names: "IstioCon is the annual…" of a post of
 * no place says what IstioCon is, not what the China edition is. A place counts as said when the passage is of it, or the
 * sentence or its post's title names it (a city names its region: "…held in Shanghai" is of China).
 */
export function placeUnsaid(question: Question, { facts, title }: Passage, sentence: string): boolean {
  const { regions, cities } = question.entities;
  const named = [sentence, title].flatMap((text) => findPlaces(text).map(({ place }) => place));
  const saysRegion = (region: string) => facts.region === region || [sentence, title].some((text) => regionIn(text) === region) || named.some((place) => place.region === region);
  const saysCity = (city: string) => facts.city === city || named.some((place) => place.city === city);
  return !regions.every(saysRegion) || !cities.every(saysCity);
}

/**
 * Whether a passage is of another year than every one the question names ("T-shirts at kubecon 2030": a passage of the
 * 2031 kiosk): what it says was handed out then says nothing of that year. A passage of no year is never of another.
 */
export function otherYear(question: Question, { facts }: Passage): boolean {
  const { years } = question.entities;
  return years.length > 0 && facts.years !== undefined && facts.years.length > 0 && !facts.years.some((year) => years.includes(year));
}

/** Whether a sentence names a year, none of them one of `years`: it speaks of another edition ("IstioCon returned, again fully virtual, as IstioCon 2022"). */
export function namesOtherYear(sentence: string, years: ReadonlySet<string>): boolean {
  const named = sentence.match(/\b20\d\d\b|20\d\d(?=\s*年)/g) ?? [];
  return years.size > 0 && named.length > 0 && !named.some((year) => years.has(year));
}

/** An English ordinal a question writes ("7th"), and a birthday's as an event's name writes it ("Istio 4th Birthday Celebration"). */
const ORDINAL = /^(\d{1,2})(?:st|nd|rd|th)$/;
const BIRTHDAY_NAME = /\b(\d{1,2})(?:st|nd|rd|th) birthday\b/i;

/**
 * Whether a passage is of another edition than the one asked about: another year's, or another event's than the birthday
 * the question counts ("who spoke at the 7th birthday" is not answered by the 4th's speakers, nor by the Izzy book's).
 */
export function otherEdition(question: Question, passage: Passage): boolean {
  if (otherYear(question, passage)) return true;
  const groups = question.words.groups;
  if (!groups.some((group) => group.word === 'birthday')) return false;
  const asked = groups.map((group) => ORDINAL.exec(group.word)?.[1]).find(Boolean);
  const told = BIRTHDAY_NAME.exec(passage.event ?? '')?.[1];
  // A passage of any other event (the book "Izzy Saves the Birthday", a KubeCon) is not of the birthday counted either.
  return asked !== undefined && passage.event !== null && Number(asked) !== Number(told);
}
