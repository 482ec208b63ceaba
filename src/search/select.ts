/** What `keepBest` needs to know about candidates 0 … count − 1. */
export interface Candidates {
  count: number;
  /** Strict order: whether candidate `a` ranks before `b`. */
  precedes(a: number, b: number): boolean;
  /** The group that `perGroup` caps (a post). */
  group(a: number): number;
  /** Groups of one family are alternatives of one another (translations of a post); `kind` tells them apart (language). */
  family(a: number): number;
  kind(a: number): string;
  /** Most candidates kept per group. */
  perGroup: number;
  /** How many of the kept candidates to return, best first. */
  wanted: number;
}

/**
 * The outcome of walking every candidate in rank order and keeping one unless its family was first
 * seen in another kind, or its group already has `perGroup` kept — without sorting them all:
 * how many are kept, and the first `wanted` of those in order.
 */
export function keepBest(candidates: Candidates): { total: number; best: number[] } {
  const { count, precedes, perGroup } = candidates;
  if (perGroup <= 0) return { total: 0, best: [] };
  const groupBest = new Map<number, number[]>();
  const groupSize = new Map<number, number>();
  const familyBest = new Map<number, number>();
  for (let a = 0; a < count; a += 1) {
    const group = candidates.group(a);
    groupSize.set(group, (groupSize.get(group) ?? 0) + 1);
    const best = groupBest.get(group) ?? [];
    insertOrdered(best, a, precedes, perGroup);
    groupBest.set(group, best);
    const family = candidates.family(a);
    const leader = familyBest.get(family);
    if (leader === undefined || precedes(a, leader)) familyBest.set(family, a);
  }
  let total = 0;
  const best: number[] = [];
  for (const [group, kept] of groupBest) {
    const first = kept[0] as number;
    const leader = familyBest.get(candidates.family(first)) as number;
    if (candidates.kind(first) !== candidates.kind(leader)) continue;
    total += Math.min(perGroup, groupSize.get(group) ?? 0);
    for (const a of kept) insertOrdered(best, a, precedes, candidates.wanted);
  }
  return { total, best };
}

/** Inserts `a` into the ordered list, which never grows beyond `limit`. */
function insertOrdered(list: number[], a: number, precedes: (a: number, b: number) => boolean, limit: number): void {
  if (limit <= 0) return;
  if (list.length >= limit && !precedes(a, list[list.length - 1] as number)) return;
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (precedes(list[middle] as number, a)) low = middle + 1;
    else high = middle;
  }
  list.splice(low, 0, a);
  if (list.length > limit) list.pop();
}
