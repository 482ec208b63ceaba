/**
 * Readings of "what is" questions added in round 19: what a thing is asked before who runs it or how it is chosen, and
 * a word for a being said after a name ("this izzy character"), which is no part of the name.
 */
import { describe, expect, it } from 'vitest';
import { understand } from '../../src/understand/index.js';

describe('what a thing is, asked before who runs it or how it is made up', () => {
  it.each([
    ['istio day 是一个什么样的活动，谁主办的', 'istio day'],
    ['技术监督委员会是干什么的 如何产生', '技术监督委员会'],
    ["what's the istio day, and who runs it", 'istio day'],
    ['what is the steering committee? how are its members elected', 'steering committee'],
  ])('%s', (question, subject) => {
    const read = understand(question);
    expect(read.ask).toBe('what-is');
    expect(read.subject).toBe(subject);
  });

  it('leaves a second question a line answers to its own reading', () => {
    expect(understand('istio day 这个活动是啥，下一届什么时候办').ask).toBe('when');
    expect(understand('what sort of event is istio day, where is the next one').ask).not.toBe('what-is');
    expect(understand('谁主办的 istio day').ask).toBe('who');
  });

  it('still reads what "什么是" names after it', () => {
    expect(understand('什么是 maintainer track').subject).toBe('maintainer track');
    expect(understand('什么叫 ambient mesh').subject).toBe('ambient mesh');
  });
});

describe('a word for a being said after a name', () => {
  it('asks who the name is, the word only ranking', () => {
    const read = understand("who's that izzy character?");
    expect(read.ask).toBe('what-is');
    expect(read.subject).toBe('izzy');
    expect(read.words.soft.map((group) => group.word)).toContain('character');
  });

  it('stays part of a question that asks about something else', () => {
    expect(understand('who is the main character of the book').subject).toBeNull();
  });
});
