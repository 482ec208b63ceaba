/**
 * "chicago cfp", "london 2025 call for proposals": a place named alone stands for its conference (`soleEvent`), whose own
 * posts may give no link of the kind asked while one event held within it does (the Istio Day's call, not KubeCon's): that
 * event answers. Pure.
 */
import type { EventInfo } from '../model/index.js';
import type { EventLinkKind } from './direct.js';

/** `only`, or the one event of `named` held within it that has a `kind` link when `only` has none. */
export function linkedEvent(only: EventInfo, named: readonly EventInfo[], kind: EventLinkKind): EventInfo {
  if (only.links[kind].length) return only;
  const [within, other] = named.filter((event) => event.parent === only.id && event.links[kind].length > 0);
  return within && !other ? within : only;
}
