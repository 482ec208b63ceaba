import { detectLang } from '../../../src/search/lang.js';
import type { Answer, AnswerOptions, QueryService } from '../../../src/search/types.js';
import { answer, result } from './answers.js';

/** Passages about ambient mode, enough for two pages of three. */
export const AMBIENT_TITLES = ['Ambient one', 'Ambient two', 'Ambient three', 'Ambient four', 'Ambient five'];

/**
 * A QueryService small enough to read at a glance, for adapter tests that need exact control:
 * `help` or nothing → help; `boom` → throws; `ambient` → five passages; `q<n>` → one passage titled
 * `Answer to q<n>` (so each of many concurrent questions has an answer of its own); else no match.
 */
export function tinyService(): QueryService {
  return {
    answer(question: string, options: AnswerOptions = {}): Answer {
      const query = question.trim();
      const lang = options.lang ?? detectLang(query);
      const base = { query, lang, results: [], total: 0, offset: options.offset ?? 0 };
      if (query === '' || query === 'help') return answer({ ...base, intent: 'help' });
      if (query === 'boom') throw new Error('index exploded at passage 42');
      const all = /^ambient/.test(query)
        ? AMBIENT_TITLES.map((title, index) => result({ id: `p${index}`, title }))
        : /^q\d+$/.test(query)
          ? [result({ id: query, title: `Answer to ${query}` })]
          : [];
      const offset = options.offset ?? 0;
      return answer({
        ...base,
        total: all.length,
        results: all.slice(offset, offset + (options.limit ?? 3)),
        suggestions: all.length === 0 ? ['ambient', 'Istio Day'] : [],
      });
    },
    eventNames: () => [],
  };
}
