import { expect } from 'vitest';
import type { Question } from '../../src/understand/index.js';

/** What a paraphrase battery's row says its question names, each only when the row gives it. */
export interface Named {
  kind?: string;
  region?: string;
  city?: string;
  year?: number;
}

/** Checks that a question is read as naming what its row says: the event kind, region, city and year given. */
export function expectNamed({ entities }: Pick<Question, 'entities'>, { kind, region, city, year }: Named): void {
  if (kind) expect(entities.kinds).toContain(kind);
  if (region) expect(entities.regions).toContain(region);
  if (city) expect(entities.cities).toContain(city);
  if (year) expect(entities.years).toContain(year);
}
