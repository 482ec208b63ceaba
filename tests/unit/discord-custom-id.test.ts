import { describe, expect, it } from 'vitest';
import { decodeButton, encodeButton, type ButtonState } from '../../src/adapters/discord/custom-id.js';

describe('Discord button custom ids', () => {
  it('carry the question, the list and page, language and event to the click and back', () => {
    const states: ButtonState[] = [
      { action: 'more', query: 'istio day', list: 'passages', offset: 3, lang: 'zh', event: undefined },
      { action: 'more', query: 'talks istio day', list: 'talks', offset: 110, lang: undefined, event: undefined },
      { action: 'post', query: '"quoted" ambient', list: 'events', offset: 0, lang: undefined, event: 'KubeCon Europe 2024' },
    ];
    for (const state of states) expect(decodeButton(encodeButton(state) ?? '')).toEqual(state);
  });

  it('still read a button made before lists were paged, as a page of passages', () => {
    expect(decodeButton('["ie1","m",3,"en","","ambient"]')).toEqual({ action: 'more', query: 'ambient', list: 'passages', offset: 3, lang: 'en', event: undefined });
  });

  it('leave the button out rather than cut a question that does not fit in 100 characters', () => {
    expect(encodeButton({ action: 'more', query: 'x'.repeat(100), list: 'passages', offset: 3, lang: undefined, event: undefined })).toBeNull();
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
    ['an unknown list', '["ie2","m","x",3,"","","ambient"]'],
    ['a version 2 id without its list', '["ie2","m",3,"","","ambient"]'],
  ])('refuse %s', (_, id) => {
    expect(decodeButton(id)).toBeNull();
  });
});
