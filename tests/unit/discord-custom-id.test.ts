import { describe, expect, it } from 'vitest';
import { decodeButton, encodeButton, type ButtonState } from '../../src/adapters/discord/custom-id.js';

describe('Discord button custom ids', () => {
  it('carry the question, page, language and event to the click and back', () => {
    const states: ButtonState[] = [
      { action: 'more', query: 'istio day', offset: 3, lang: 'zh', event: undefined },
      { action: 'post', query: '"quoted" ambient', offset: 0, lang: undefined, event: 'KubeCon Europe 2024' },
    ];
    for (const state of states) expect(decodeButton(encodeButton(state) ?? '')).toEqual(state);
  });

  it('leave the button out rather than cut a question that does not fit in 100 characters', () => {
    expect(encodeButton({ action: 'more', query: 'x'.repeat(100), offset: 3, lang: undefined, event: undefined })).toBeNull();
  });

  it.each([
    ['not JSON', 'istio-events:more'],
    ['another format tag', '["ie0","m",3,"","","ambient"]'],
    ['an unknown action', '["ie1","x",3,"","","ambient"]'],
    ['a negative page', '["ie1","m",-3,"","","ambient"]'],
    ['a fractional page', '["ie1","m",1.5,"","","ambient"]'],
    ['an unsafe page number', '["ie1","m",1e300,"","","ambient"]'],
    ['an unknown language', '["ie1","m",3,"fr","","ambient"]'],
    ['a question that is not text', '["ie1","m",3,"","",42]'],
    ['an extra field', '["ie1","m",3,"","","ambient","extra"]'],
  ])('refuse %s', (_, id) => {
    expect(decodeButton(id)).toBeNull();
  });
});
