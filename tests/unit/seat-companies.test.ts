/**
 * "2033 年贡献席位结果": a Contribution Seat goes to a company, and the post that says which company earned seats names no
 * person. The results line quotes that sentence; asked of the Community Seats, it is no answer.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { Outcomes } from '../../src/facts/index.js';
import { folderLines } from '../helpers/engine.js';

let line: (question: string) => string;
beforeAll(async () => {
  line = await folderLines('seat-companies');
});

describe('seats a company earned', () => {
  it('are announced results, though no person is named', () => {
    const outcomes = new Outcomes([]);
    expect(outcomes.sentences('This year, as the second largest contributor, Tencent has earned three Contribution Seats.')).toEqual([
      'This year, as the second largest contributor, Tencent has earned three Contribution Seats.',
    ]);
    expect(outcomes.sentences('我们很高兴地宣布腾讯获得了三个贡献席位。')).toEqual(['我们很高兴地宣布腾讯获得了三个贡献席位。']);
  });

  it('do not mark a passage as naming who was elected, which ranks it for "who won" questions', () => {
    expect(new Outcomes([]).announces('我们很高兴地宣布腾讯获得了三个贡献席位。')).toBe(false);
  });

  it('answer a results question about the contribution seats, not one about the community seats', () => {
    expect(line('2033 年贡献席位结果')).toBe('宣布 2033 年指导委员会的贡献席位：根据今年的计算，腾讯作为过去 12 个月内贡献第二多的公司，我们很高兴地宣布腾讯获得了三个贡献席位。');
    expect(line('2033 社区席位 投票结果')).toMatch(/Marta Olsen/);
  });
});
