/**
 * Who joined a body in a year ("who joined the toc in 2025", "2024 年谁进入了指导委员会") asks whom that year's results name,
 * as "who was elected" does; a short year after the body's name ("toc 25") is that year. istio.io posts only.
 */
import { describe, expect, it } from 'vitest';
import { understand } from '../../src/understand/index.js';
import { corpusEngine } from '../helpers/istio-corpus.js';

const engine = await corpusEngine();
const line = (q: string): string => engine.answer(q).direct?.text ?? '';

describe('who joined a body in a year', () => {
  it.each([
    ['2022: who joined steering?', /Craig Box/],
    ['2024 年谁进入了指导委员会呀', /Mitch Connors/],
    ['who joined the toc in 2025', /Rama Chavali/],
  ])('%s', (q, names) => {
    expect(line(q)).toMatch(names);
  });

  it('is not how one joins, which asks of no year nor of the latest members', () => {
    expect(understand('how do i join the steering committee').time).toBeNull();
    expect(understand('如何加入 istio 指导委员会').time).toBeNull();
  });
});

describe('a short year after a body named', () => {
  it('is that year, and the line is that year results', () => {
    expect(understand('steering 23 winners').entities.years).toEqual([2023]);
    expect(line('toc 25, who got in')).toMatch(/Rama Chavali/);
  });

  it('is no year before what the body counts', () => {
    expect(understand('toc 13 seats').entities.years).toEqual([]);
  });
});
