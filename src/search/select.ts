/** What `keepBest` needs to know about candidates 0 … n − 1 (n = `scores.length`). */
export interface Candidates {
  /** Higher ranks first. */
  scores: ArrayLike<number>;
  /** Orders candidates of equal score: whether `a` ranks before `b`. */
  before(a: number, b: number): boolean;
  /** The group of each candidate, which `perGroup` caps (a post), 0 … groupCount − 1. */
  groups: ArrayLike<number>;
  groupCount: number;
  /** The family of each group: groups of one family are alternatives of one another (translations of a post), 0 … familyCount − 1. */
  familyOf: ArrayLike<number>;
  familyCount: number;
  /** What tells the groups of a family apart (language), per group. */
  kindOf: ArrayLike<number>;
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
  const { scores, before, groups, familyOf, kindOf, perGroup } = candidates;
  if (perGroup <= 0) return { total: 0, best: [] };
  const precedes = (a: number, b: number): boolean => (scores[a] !== scores[b] ? (scores[a] as number) > (scores[b] as number) : before(a, b));
  const groupTop = new Int32Array(candidates.groupCount * perGroup);
  const groupSize = new Uint32Array(candidates.groupCount);
  const familyLeader = new Int32Array(candidates.familyCount).fill(-1);
  const seenGroups: number[] = [];
  for (let a = 0; a < scores.length; a += 1) {
    const group = groups[a] as number;
    const size = groupSize[group] as number;
    if (size === 0) seenGroups.push(group);
    groupSize[group] = size + 1;
    // Insertion into the group's few best.
    const base = group * perGroup;
    let at = Math.min(size, perGroup);
    while (at > 0 && precedes(a, groupTop[base + at - 1] as number)) {
      if (at < perGroup) groupTop[base + at] = groupTop[base + at - 1] as number;
      at -= 1;
    }
    if (at < perGroup) groupTop[base + at] = a;
    const family = familyOf[group] as number;
    const leader = familyLeader[family] as number;
    if (leader < 0 || precedes(a, leader)) familyLeader[family] = a;
  }
  let total = 0;
  const best: number[] = [];
  for (const group of seenGroups) {
    const kept = Math.min(perGroup, groupSize[group] as number);
    const leader = familyLeader[familyOf[group] as number] as number;
    if (kindOf[group] !== kindOf[groups[leader] as number]) continue;
    total += kept;
    for (let k = 0; k < kept; k += 1) insertOrdered(best, groupTop[group * perGroup + k] as number, precedes, candidates.wanted);
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
