/**
 * Who gave a talk the posts name no speaker for: the sentence said of it that names the company, also one no speaker
 * of any talk spoke for, known by opening with a name the title holds; never the company of the next entry a passage
 * lists; and a number the question names ("300 clusters") picks the talk, not the event's year. Who wrote a post: its
 * byline alone.
 */
import { describe, expect, it } from 'vitest';
import { entryOf, giverSentence } from '../../src/answer/talk-giver.js';
import { WhoLines } from '../../src/answer/who-line.js';
import type { RankedPassages } from '../../src/find/index.js';
import type { Passage, Talk } from '../../src/model/index.js';
import { understand } from '../../src/understand/index.js';
import { talk } from '../helpers/answers.js';

const PROSE = new Set(['the', 'tips', 'a']);
const sources = { namesCompany: (text: string) => text.includes('Acme'), mostlyLower: (word: string) => PROSE.has(word.toLowerCase()) };

const passage = (id: string, text: string): Passage =>
  ({ id, postId: id, title: 'Istio Day Europe 2031', url: `https://istio.io/latest/blog/2031/${id}/`, postUrl: `https://istio.io/latest/blog/2031/${id}/`, text, lang: 'en', headings: ['Talks'], event: 'Istio Day Europe 2031', date: '2031-04-01', links: { videos: [], slides: [], schedule: [], other: [] }, facts: {} }) as unknown as Passage;
const rankedOf = (passages: readonly Passage[]): RankedPassages => passages.map((one, index) => ({ passage: one, score: passages.length - index, terms: () => [] }));
const unnamed = (id: string, title: string): Talk => talk({ id, title, titles: { en: title }, event: 'Istio Day Europe 2031', speakers: [], people: [], organisations: [] });
const linesOver = (talks: readonly Talk[]): WhoLines => new WhoLines({ ...sources, talksOf: () => talks, passagesOf: () => [] }, []);

describe('the sentence that says who gave a talk the posts name no speaker for', () => {
  it('is one that opens with a name the title holds, a company no talk’s speaker spoke for', () => {
    const title = 'Fabrikam end-user talk: meshes at scale';
    expect(giverSentence(`${title}. Fabrikam told how it runs its meshes.`, title, title, sources)).toBe('Fabrikam told how it runs its meshes.');
    expect(giverSentence('Fabrikam 最终用户演讲：大规模网格。Fabrikam 讲述了它如何运行网格。', 'Fabrikam 最终用户演讲：大规模网格', 'Fabrikam 最终用户演讲：大规模网格', sources)).toBe('Fabrikam 讲述了它如何运行网格。');
  });

  it('is none that opens with a word of prose, a word of the domain or a name the title does not hold', () => {
    expect(giverSentence('Tips for meshes. Tips from the field.', 'Tips for meshes', 'Tips for meshes', sources)).toBeUndefined();
    expect(giverSentence('Istio at scale. Istio ran the demo.', 'Istio at scale', 'Istio at scale', sources)).toBeUndefined();
    expect(giverSentence('Meshes at scale. Fabrikam told how it runs them.', 'Meshes at scale', 'Meshes at scale', sources)).toBeUndefined();
  });

  it('is read in the entry’s own text, up to the next entry’s title', () => {
    expect(entryOf('Contoso keynote. Contoso said how it uses the mesh. A free tool, by Ana Lima (Acme).', ['Contoso keynote', 'A free tool'])).toBe('Contoso keynote. Contoso said how it uses the mesh. ');
  });
});

describe('the who line of a talk listed in a passage with another', () => {
  const keynote = unnamed('keynote', 'Northwind keynote');
  const tool = talk({ id: 'tool', title: 'A free tool', titles: { en: 'A free tool' }, event: 'Istio Day Europe 2031', speakers: ['Ana Lima'], people: [{ name: 'Ana Lima', organisation: 'Acme' }] });
  const both = passage('both', 'Northwind keynote. The winner of an award described its mesh. A free tool, by Ana Lima (Acme). Acme released a tool.');

  it('never quotes the company of the next entry', () => {
    expect(linesOver([keynote, tool]).line(understand('who gave the northwind keynote'), rankedOf([both]))?.direct.text ?? '').not.toMatch(/Acme|Ana Lima/);
  });
});

describe('a number the question names beside a talk', () => {
  const beyond = unnamed('beyond', 'Self service beyond 300 clusters');
  const maze = talk({ id: 'maze', title: 'Navigating the maze of multi-cluster meshes', titles: { en: 'Navigating the maze of multi-cluster meshes' }, event: 'Istio Day Europe 2031', speakers: ['Mina Sato'], people: [{ name: 'Mina Sato', organisation: 'Sample Inc' }] });
  const ranked = rankedOf([passage('maze', 'Navigating the maze of multi-cluster meshes, by Mina Sato (Sample Inc). Running many clusters.'), passage('beyond', 'Self service beyond 300 clusters. Running the mesh across more than 300 clusters.')]);

  it('picks the talk whose title holds it: no line naming another talk’s speakers', () => {
    expect(linesOver([maze, beyond]).line(understand('who gave the talk about 300 clusters'), ranked)?.direct.text ?? '').not.toMatch(/Mina Sato/);
  });
});

describe('a talk with no speaker a recap tells first, in a sentence that says nothing of who gave it', () => {
  const session = unnamed('session', 'Meshes on Windows');
  const recap = passage('recap', 'After the keynote came the much awaited Meshes on Windows session. Then a panel closed the day.');
  const entry = passage('entry', 'Meshes on Windows. Acme presented its work on running the mesh on Windows.');

  it('is answered by what a passage ranked lower says of it, the programme entry that names the company', () => {
    expect(linesOver([session]).line(understand('who gave the meshes on windows session'), rankedOf([recap, entry]))?.direct.text).toMatch(/Acme presented its work/);
  });
});

describe('who wrote a post', () => {
  const book: Passage = { ...passage('book', '本书由 Ana Lima 和 Mina Sato 合著，两人都是维护者。'), lang: 'zh', event: null };
  const recap: Passage = { ...passage('recap', '活动回顾。当天有八场演讲。'), lang: 'zh', byline: 'Ada Example，代表社区' };
  const lines = new WhoLines({ ...sources, talksOf: () => [], passagesOf: (postId) => [book, recap].filter((one) => one.postId === postId) }, []);

  it('is answered by no other sentence than a byline: a book’s authors are no answer', () => {
    expect(lines.line(understand('那篇博客的作者是谁'), rankedOf([book]))).toBeUndefined();
  });

  it('is the byline of the post about the event the question names, though its title holds none of its words', () => {
    expect(lines.line(understand('那篇回顾文章是谁写的'), rankedOf([book, recap]), ['Istio Day Europe 2031'])?.direct.text).toMatch(/Ada Example/);
  });
});
