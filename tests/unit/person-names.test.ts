/** What the "who" line takes for a person's name, and what it does not. */
import { describe, expect, it } from 'vitest';
import { PersonNames, withoutTitles } from '../../src/answer/person-names.js';
import { eventInfo } from '../helpers/answers.js';

// Words prose writes in lower case more often than not, as the corpus would count them.
const COMMON = new Set(['the', 'input', 'support', 'seat', 'book', 'cover']);
const names = new PersonNames(
  [eventInfo({ name: 'Istio Day North America 2032', city: 'Salt Lake City', country: 'United States' }), eventInfo({ name: 'Istio Day Europe 2032', city: 'Lisbon' })],
  (word) => COMMON.has(word.toLowerCase()),
);

describe('person names in a sentence', () => {
  it('finds two- or three-word names and a name with an initial', () => {
    expect(names.in('Suri Patel and Alex Davy of the CNCF did the design and illustrations.')).toBe(true);
    expect(names.in('由 Pratima Nambiar（Salesforce）主讲。')).toBe(true);
    expect(names.in('The book was written by Faseela K.')).toBe(true);
  });

  it('takes no title, quoted or not, for a name', () => {
    expect(names.in('the Izzy Saves the Birthday book cover.')).toBe(false);
    expect(names.in('They read "Dolphin Rescue" aloud.')).toBe(false);
    expect(names.in('They read 《Dolphin Rescue》 aloud.')).toBe(false);
  });

  it('takes no committee, company, event, place or acronym for a name', () => {
    expect(names.in('The Istio Steering Committee introduced Izzy.')).toBe(false);
    expect(names.in('The book launched at the CNCF store in Salt Lake City.')).toBe(false);
    expect(names.in('Istio Day North America opened the week.')).toBe(false);
    expect(names.in('Google Cloud was the sponsor.')).toBe(false);
    expect(names.in('A new CNCF Phippy story.')).toBe(false);
  });

  it('takes no heading of common words, nor a longer run, for a name', () => {
    expect(names.in('Multi-Modal Input Support: routing for large inputs.')).toBe(false);
    expect(names.in('The election for Community Seats opens today.')).toBe(false);
    expect(names.in('Thanks to the Velvet Harbour Trading Company.')).toBe(false);
  });

  it('takes a rank before one name for a character of a story, not someone credited', () => {
    expect(names.in("The story takes place at Captain Kube's birthday party on a cruise ship.")).toBe(false);
    expect(names.in('Captain Marta Olsen steered the ship.')).toBe(true);
  });

  it('reads a sentence without the titles it writes in capitals, keeping those it quotes', () => {
    expect(withoutTitles("Their kids knew The Illustrated Children's Guide to Kubernetes.")).not.toMatch(/Illustrated/);
    expect(withoutTitles('They read "Dolphin Rescue at the Harbour" aloud.')).toBe('They read "Dolphin Rescue at the Harbour" aloud.');
    expect(withoutTitles('Suri Patel and Alex Davy did the illustrations.')).toBe('Suri Patel and Alex Davy did the illustrations.');
  });
});

describe('a Chinese name the posts pair with an English one', () => {
  const paired = new PersonNames([], () => false, (sentence) => sentence.includes('兰嘉慧'));

  it('names a person in a sentence without a capitalised name, outside a quoted title', () => {
    expect(paired.in('《网格入门》的作者兰嘉慧在展位与用户交流。')).toBe(true);
    expect(paired.in('《兰嘉慧的网格》一书在展位出售。')).toBe(false);
    expect(names.in('《网格入门》的作者兰嘉慧在展位与用户交流。')).toBe(false);
  });
});
