import { describe, expect, it } from 'vitest';
import type { Talk } from '../../src/model/index.js';
import { typedTalks } from '../../src/answer/title-typed.js';

const talk = (title: string): Talk => ({ title, titles: {} }) as unknown as Talk;
const mesh = talk('网格原理介绍及线上排障经验');
const other = talk('网格安全实践');

describe('a Chinese piece of a talk title typed whole', () => {
  it('picks the talk whose title holds it', () => {
    expect(typedTalks('网格 原理介绍及线上排障经验 幻灯片', [mesh, other])).toEqual([mesh]);
  });

  it('picks none when the question types no such piece, or one no title holds', () => {
    expect(typedTalks('网格 幻灯片', [mesh, other])).toEqual([mesh, other]);
    expect(typedTalks('网格 云原生可观测性 幻灯片', [mesh, other])).toEqual([mesh, other]);
  });
});
