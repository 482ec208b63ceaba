/**
 * "chicago cfp", "london 2025 call for proposals": a place named alone stands for its conference (`soleEvent`), whose own
 * posts may give no link of the kind asked while an event held within it does (the Istio Day's call, not KubeCon's): that
 * event answers. Several held within it with one ("london agenda": the Istio Day's schedule and the Maintainer Summit's
 * page): the Istio Day's, the project's own programme of that week, when it is one of them. Pure.
 */
import type { EventInfo } from '../model/index.js';
import type { EventLinkKind } from './direct.js';
import { ownLinks } from './own-links.js';

/** `only`, or the event of `named` held within it that has a `kind` link when `only` has none. */
export function linkedEvent(only: EventInfo, named: readonly EventInfo[], kind: EventLinkKind): EventInfo {
  if (ownLinks(only, kind).length) return only;
  const within = named.filter((event) => event.parent === only.id && ownLinks(event, kind).length > 0);
  const days = within.length > 1 ? within.filter((event) => event.kind === 'istio-day') : within;
  return days.length === 1 ? (days[0] as EventInfo) : only;
}
