/**
 * The sessions of an event's conference week that have a schedule page of their own: asked for the schedule of an Istio
 * Day or a KubeCon ("istio day 亚特兰大 的日程", "kubecon eu 2023 agenda link"), the reader gets the event's own page in
 * the line and, beside it, the pages of the Istio sessions held that week (its maintainer track, its ContribFest, the
 * conference's sessions the posts list), the project's own first: the posts give those pages, not one for the day.
 */
import type { Lang, EventInfo, Talk } from '../model/index.js';
import type { Calendar } from './calendar.js';
import type { Programme } from './programme.js';

export function weekSessions(event: EventInfo, calendar: Calendar, programme: Programme, lang: Lang): Talk[] {
  // The conference is the root of the week; an Istio Day, a track or a co-located day is part of it.
  const root = event.parent ?? event.id;
  const names = calendar.events(lang).filter((other) => other.id === root || other.parent === root).map((other) => other.name);
  if (!names.length) return [];
  // `talksOf` lists the week's events newest first, the project's own sessions before the conference's.
  return programme.talksOf([...new Set(names)], lang).filter((talk) => talk.schedule !== null);
}
