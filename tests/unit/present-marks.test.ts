import { describe, expect, it } from 'vitest';
import { cleanMarks, mergeMarks, segments } from '../../src/present/index.js';

describe('mergeMarks', () => {
  it('orders the marks and merges those that overlap or touch, leaving its input alone', () => {
    const marks = [{ start: 10, end: 12 }, { start: 0, end: 4 }, { start: 4, end: 6 }, { start: 5, end: 8 }];
    expect(mergeMarks(marks)).toEqual([{ start: 0, end: 8 }, { start: 10, end: 12 }]);
    expect(marks[0]).toEqual({ start: 10, end: 12 });
  });
});

describe('cleanMarks', () => {
  it('sorts, clamps to the text, drops empty and merges overlapping marks', () => {
    const marks = [{ start: 8, end: 12 }, { start: -3, end: 2 }, { start: 5, end: 5 }, { start: 10, end: 40 }];
    expect(cleanMarks('x'.repeat(20), marks)).toEqual([{ start: 0, end: 2 }, { start: 8, end: 20 }]);
  });
});

describe('segments', () => {
  it('cuts a text into its unmarked and marked stretches, with their offsets', () => {
    expect(segments('the ambient mesh', [{ start: 4, end: 11 }])).toEqual([
      { text: 'the ', start: 0, end: 4, marked: false },
      { text: 'ambient', start: 4, end: 11, marked: true },
      { text: ' mesh', start: 11, end: 16, marked: false },
    ]);
  });

  it('gives no empty stretch when a mark starts or ends the text', () => {
    expect(segments('ambient', [{ start: 0, end: 7 }])).toEqual([{ text: 'ambient', start: 0, end: 7, marked: true }]);
  });

  it('keeps to a window, cutting a mark that reaches out of it and dropping one outside it', () => {
    const text = 'one two three four';
    const marks = [{ start: 0, end: 3 }, { start: 4, end: 13 }];
    expect(segments(text, marks, 8, 18)).toEqual([
      { text: 'three', start: 8, end: 13, marked: true },
      { text: ' four', start: 13, end: 18, marked: false },
    ]);
  });
});
