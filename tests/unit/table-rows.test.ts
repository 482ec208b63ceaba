/**
 * A who line that picks a row of a table answers with every row of that table that holds as much of the question: asked
 * who got the contribution seats, all their holders, not the first of them, and none of the community seats'. Fixture posts
 * of 2034, en and zh.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { rowsAlike } from '../../src/answer/table-rows.js';
import { folderLines } from '../helpers/engine.js';

let line: (question: string) => string;
beforeAll(async () => {
  line = await folderLines('seat-table');
});

describe('a table row picked by a who line', () => {
  it('answers with every row of its table that says the same, in en and zh', () => {
    for (const question of ['who got contribution seats in 2034', '2034 年贡献席位都有谁']) {
      const said = line(question);
      for (const name of ['Anna Berg', 'Chen Wei', 'Dara Ekwueme', 'Farid Haddad']) expect(said, question).toContain(name);
      for (const name of ['Bruno Costa', 'Elif Yilmaz']) expect(said, question).not.toContain(name);
    }
  });

  it('leaves out the header row and keeps a sentence that is no row as it is', () => {
    const text = 'Intro. Name | Team | Role. Ann | Red | Lead. Bo | Blue | Lead. Cy | Red | Member.';
    expect(rowsAlike(text, 'Ann | Red | Lead.', (row) => row.includes('Red'))).toEqual(['Ann | Red | Lead.', 'Cy | Red | Member.']);
    expect(rowsAlike(text, 'Intro.', () => true)).toEqual(['Intro.']);
  });

  it('follows a table cut into passages both ways: the rows before the one picked, and the first row of the continuation, are rows', () => {
    const before = ['Intro. Name | Team | Role. Ann | Red | Lead.'];
    const text = 'Dee | Red | Lead. Bo | Blue | Lead. Cy | Red | Member. Outro.';
    expect(rowsAlike(text, 'Cy | Red | Member.', (row) => row.includes('Red'), [], before)).toEqual(['Ann | Red | Lead.', 'Dee | Red | Lead.', 'Cy | Red | Member.']);
    // With no rows before it in the post, a passage's first row is the table's header.
    expect(rowsAlike('Eve | Red | Lead. Fay | Red | Member.', 'Fay | Red | Member.', (row) => row.includes('Red'), [], ['Outro, no table.'])).toEqual(['Fay | Red | Member.']);
  });
});
