/**
 * The links one language's copy of an event lacks, taken from the other's: a registration, call, schedule, slides or
 * recordings page is the same page whichever language's post links it. The Chinese posts of Istio Day Europe 2023
 * link no registration page and the English ones do, so "阿姆斯特丹 istio day 怎么报名" was sent to its event page. A
 * kind that a copy links already stays as it is: a post may link a page in its own language.
 */
import type { EventInfo, EventLinks } from '../model/index.js';

const SHARED: readonly (keyof EventLinks)[] = ['register', 'cfp', 'schedule', 'slides', 'recordings'];

export function shareTwinLinks(events: readonly EventInfo[]): void {
  const byName = new Map<string, EventInfo[]>();
  for (const event of events) byName.set(event.name, [...(byName.get(event.name) ?? []), event]);
  for (const twins of byName.values()) {
    for (const event of twins) {
      for (const other of twins) {
        if (other.lang === event.lang) continue;
        for (const kind of SHARED) if (!event.links[kind].length && other.links[kind].length) event.links[kind] = [...other.links[kind]];
      }
      event.slides = event.links.slides[0] ?? null;
    }
  }
}
