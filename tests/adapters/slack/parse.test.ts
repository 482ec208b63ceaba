import { describe, expect, it } from 'vitest';
import { questionText } from '../../../src/adapters/slack/parse.js';

describe('questionText', () => {
  it('drops the mention of the bot that starts a message', () => {
    expect(questionText('<@UBOT> what happened at Istio Day 2023?', 'UBOT')).toBe('what happened at Istio Day 2023?');
  });

  it('turns Slack escapes back into what the person typed', () => {
    expect(questionText('Q&amp;A &lt;!channel&gt; a &gt; b')).toBe('Q&A <!channel> a > b');
  });

  it('keeps the words of links and channels, and drops broadcast and user mentions without a name', () => {
    expect(questionText('slides <https://sched.co/1Fxt1|schedule> in <#C1|istio-day> <!here> <@U42> <@U7|Mina Sato> <mailto:a@b.c>')).toBe(
      'slides schedule in istio-day Mina Sato a@b.c',
    );
  });

  it('reads an empty command as empty', () => {
    expect(questionText('   ')).toBe('');
  });
});
