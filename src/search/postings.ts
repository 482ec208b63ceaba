import type { SectionValue, UnpackedSections } from './container.js';
import { TermDictionary } from './terms.js';

/**
 * An inverted index in a few flat typed arrays: for every term and field, the documents that
 * contain it and how often. It counts exactly as MiniSearch 7 does (field length = distinct
 * tokens before term processing, the average kept as a running mean), so the BM25 scores
 * computed from it are MiniSearch's to the last bit.
 */
export interface PostingArrays {
  documentCount: number;
  /** Per field, the running mean of field lengths. */
  averageFieldLength: Float64Array;
  /** documentCount × fields: distinct tokens of each document's field. */
  fieldLength: Uint32Array;
  /** terms × fields + 1: where the postings of (term, field) start in `documents`. */
  starts: Uint32Array;
  /** Document ids, ascending within each (term, field). */
  documents: Uint32Array;
  /** Term frequency of each posting. */
  frequencies: Uint32Array;
}

export class InvertedIndex {
  readonly fields: readonly string[];
  readonly terms: TermDictionary;
  readonly arrays: PostingArrays;

  constructor(fields: readonly string[], terms: TermDictionary, arrays: PostingArrays) {
    this.fields = fields;
    this.terms = terms;
    this.arrays = arrays;
  }

  get documentCount(): number {
    return this.arrays.documentCount;
  }

  /**
   * Indexes `documents` (one string per field, in `fields` order; ids are positions) the way
   * MiniSearch's `addAll` would with the same `tokenize` and `processTerm`.
   */
  static build(
    fields: readonly string[],
    documents: ReadonlyArray<readonly string[]>,
    tokenize: (text: string) => string[],
    processTerm: (term: string) => string | null,
  ): InvertedIndex {
    const fieldCount = fields.length;
    const averageFieldLength = new Float64Array(fieldCount);
    const fieldLength = new Uint32Array(documents.length * fieldCount);
    /** term → per field, flat [document, frequency, document, frequency, …] in document order. */
    const byTerm = new Map<string, number[][]>();
    documents.forEach((values, document) => {
      for (let field = 0; field < fieldCount; field += 1) {
        const tokens = tokenize(values[field] ?? '');
        const length = new Set(tokens).size;
        fieldLength[document * fieldCount + field] = length;
        averageFieldLength[field] = ((averageFieldLength[field] ?? 0) * document + length) / (document + 1);
        for (const token of tokens) {
          const term = processTerm(token);
          if (!term) continue;
          let lists = byTerm.get(term);
          if (!lists) {
            lists = Array.from({ length: fieldCount }, () => []);
            byTerm.set(term, lists);
          }
          const list = lists[field] as number[];
          if (list[list.length - 2] === document) list[list.length - 1] = (list[list.length - 1] ?? 0) + 1;
          else list.push(document, 1);
        }
      }
    });
    const sorted = [...byTerm.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    let total = 0;
    for (const lists of byTerm.values()) for (const list of lists) total += list.length / 2;
    const starts = new Uint32Array(sorted.length * fieldCount + 1);
    const postingDocuments = new Uint32Array(total);
    const frequencies = new Uint32Array(total);
    let at = 0;
    sorted.forEach((term, id) => {
      const lists = byTerm.get(term) as number[][];
      for (let field = 0; field < fieldCount; field += 1) {
        starts[id * fieldCount + field] = at;
        const list = lists[field] as number[];
        for (let i = 0; i < list.length; i += 2) {
          postingDocuments[at] = list[i] as number;
          frequencies[at] = list[i + 1] as number;
          at += 1;
        }
      }
    });
    starts[sorted.length * fieldCount] = at;
    return new InvertedIndex(fields, TermDictionary.fromSorted(sorted), {
      documentCount: documents.length,
      averageFieldLength,
      fieldLength,
      starts,
      documents: postingDocuments,
      frequencies,
    });
  }

  /** The header entry and sections that `decode` reads back, under names starting with `prefix`. */
  encode(prefix: string): { meta: IndexMeta; sections: Record<string, SectionValue> } {
    const { text, starts } = this.terms.parts;
    const arrays = this.arrays;
    return {
      meta: { fields: [...this.fields], documentCount: arrays.documentCount },
      sections: {
        [`${prefix}.terms`]: text,
        [`${prefix}.termStarts`]: starts,
        [`${prefix}.averageFieldLength`]: arrays.averageFieldLength,
        [`${prefix}.fieldLength`]: arrays.fieldLength,
        [`${prefix}.starts`]: arrays.starts,
        [`${prefix}.documents`]: arrays.documents,
        [`${prefix}.frequencies`]: arrays.frequencies,
      },
    };
  }

  static decode(prefix: string, meta: IndexMeta, sections: UnpackedSections): InvertedIndex {
    const terms = new TermDictionary(sections.text(`${prefix}.terms`), sections.array(`${prefix}.termStarts`, 'u32'));
    const arrays: PostingArrays = {
      documentCount: meta.documentCount,
      averageFieldLength: sections.array(`${prefix}.averageFieldLength`, 'f64'),
      fieldLength: sections.array(`${prefix}.fieldLength`, 'u32'),
      starts: sections.array(`${prefix}.starts`, 'u32'),
      documents: sections.array(`${prefix}.documents`, 'u32'),
      frequencies: sections.array(`${prefix}.frequencies`, 'u32'),
    };
    const fieldCount = meta.fields.length;
    const consistent =
      arrays.averageFieldLength.length === fieldCount &&
      arrays.fieldLength.length === meta.documentCount * fieldCount &&
      arrays.starts.length === terms.size * fieldCount + 1 &&
      arrays.documents.length === arrays.frequencies.length &&
      arrays.starts[arrays.starts.length - 1] === arrays.documents.length;
    if (!consistent) throw new Error(`the ${prefix} index arrays do not fit together`);
    return new InvertedIndex(meta.fields, terms, arrays);
  }
}

/** What the header of an index file records about one inverted index. */
export interface IndexMeta {
  fields: string[];
  documentCount: number;
}
