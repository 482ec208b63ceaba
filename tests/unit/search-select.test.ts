import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keepBest } from '../../src/search/select.js';

interface Entry {
  score: number;
  group: number;
}

/** The rule as a plain walk over every candidate, sorted: what keepBest must return without sorting. */
function walk(entries: Entry[], familyOf: number[], kindOf: number[], perGroup: number, wanted: number) {
  const order = entries.map((_, a) => a).sort((a, b) => (entries[b] as Entry).score - (entries[a] as Entry).score || a - b);
  const kindOfFamily = new Map<number, number>();
  const kept = new Map<number, number>();
  const out: number[] = [];
  for (const a of order) {
    const { group } = entries[a] as Entry;
    const family = familyOf[group] as number;
    const kind = kindOf[group] as number;
    if (kindOfFamily.has(family) && kindOfFamily.get(family) !== kind) continue;
    kindOfFamily.set(family, kind);
    if ((kept.get(group) ?? 0) >= perGroup) continue;
    kept.set(group, (kept.get(group) ?? 0) + 1);
    out.push(a);
  }
  return { total: out.length, best: out.slice(0, wanted) };
}

describe('keepBest', () => {
  it('keeps what walking every candidate in rank order keeps: per-group cap, one kind per family, ties in the given order', () => {
    const groups = 6;
    fc.assert(
      fc.property(
        fc.array(fc.record({ score: fc.integer({ min: 0, max: 5 }), group: fc.integer({ min: 0, max: groups - 1 }) }), { maxLength: 40 }),
        fc.array(fc.integer({ min: 0, max: 2 }), { minLength: groups, maxLength: groups }),
        fc.array(fc.integer({ min: 0, max: 1 }), { minLength: groups, maxLength: groups }),
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 0, max: 8 }),
        (entries, familyOf, kindOf, perGroup, wanted) => {
          const result = keepBest({
            scores: entries.map((entry) => entry.score),
            before: (a, b) => a < b,
            groups: entries.map((entry) => entry.group),
            groupCount: groups,
            familyOf,
            familyCount: 3,
            kindOf,
            perGroup,
            wanted,
          });
          expect(result).toEqual(walk(entries, familyOf, kindOf, perGroup, wanted));
        },
      ),
      { numRuns: 500 },
    );
  });
});
