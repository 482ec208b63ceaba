import { heldDuring, type Answer, type Result } from '../answer/index.js';
import { messages } from '../i18n/index.js';
import type { EventInfo, Lang, Talk } from '../model/index.js';
import { daysUntil, placeIn, talkUrlIn } from '../domain/index.js';
import { dateRange } from './days.js';
import { eventLinks, isWebUrl, resultLinks, talkLinks } from './links.js';
import { cleanMarks } from './marks.js';
import type { Item } from './types.js';

/** Facts that are present, in order; empty ones are left out so no surface draws an empty "·". */
function facts(...parts: Array<string | null | undefined>): string[] {
  return parts.filter((part): part is string => typeof part === 'string' && part.trim() !== '');
}

/** A note when an item is in another language than the answer. */
function otherLanguage(itemLang: Lang, answer: Answer): string | null {
  return itemLang === answer.lang ? null : messages(answer.lang).otherLang[itemLang];
}

export function passageItem(result: Result, number: number, answer: Answer): Item {
  const url = isWebUrl(result.url) ? result.url : isWebUrl(result.postUrl) ? result.postUrl : null;
  // A passage always has something to be drawn by: a surface that draws a passage by its title alone (a Discord
  // embed) would otherwise send an empty message.
  const title = result.title.trim() || result.heading?.trim() || url || messages(answer.lang).untitled;
  return {
    number,
    title,
    url,
    text: result.text,
    marks: cleanMarks(result.text, result.marks),
    details: facts(result.heading?.trim() === title ? null : result.heading, result.event, result.date),
    links: resultLinks(result, answer.lang),
    note: otherLanguage(result.lang, answer),
  };
}

/** Each speaker with their own organisation: "Lin Sun (Solo.io), Louis Ryan". */
function peopleLine(talk: Talk): string {
  if (talk.people.length > 0) {
    return talk.people.map((person) => (person.organisation ? `${person.name} (${person.organisation})` : person.name)).join(', ');
  }
  // An index without `people` names the organisations only as a list beside the names.
  const orgs = talk.organisations.length > 0 ? ` (${talk.organisations.join(', ')})` : '';
  return talk.speakers.length > 0 ? talk.speakers.join(', ') + orgs : '';
}

export function talkItem(talk: Talk, number: number, answer: Answer): Item {
  const title = talk.titles[answer.lang] ?? talk.title;
  const url = talkUrlIn(talk, answer.lang);
  return {
    number,
    title,
    url: isWebUrl(url) ? url : null,
    text: null,
    marks: [],
    details: facts(peopleLine(talk), talk.event, talk.date),
    links: talkLinks(talk, answer.lang),
    note: talk.titles[answer.lang] === undefined ? otherLanguage(talk.lang, answer) : null,
  };
}

/** "in 12 days", "3 months ago", "today" while the event runs; null without a date. */
function whenFrom(event: EventInfo, now: Date, lang: Lang): string | null {
  if (!event.start) return null;
  const toStart = daysUntil(event.start, now);
  if (toStart === null) return null;
  const toEnd = event.end ? daysUntil(event.end, now) : null;
  const days = toStart < 0 && toEnd !== null && toEnd >= 0 ? 0 : toStart;
  return messages(lang).inDays(days);
}

export function eventItem(event: EventInfo, number: number, answer: Answer, now: Date): Item {
  const place = placeIn(event.city, event.country, answer.lang);
  const during = heldDuring(event);
  return {
    number,
    title: event.name,
    url: null,
    text: null,
    marks: [],
    details: facts(place, during && messages(answer.lang).during(during), dateRange(event.start, event.end), whenFrom(event, now, answer.lang)),
    links: eventLinks(event, answer.lang),
    note: null,
  };
}
