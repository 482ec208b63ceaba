import { z } from 'zod';

/** One question that found nothing, as often as it was asked. */
export interface UnansweredQuestion {
  /** The question as last asked (the count groups case and spacing variants together). */
  query: string;
  count: number;
  /** When it was last asked (ISO 8601). */
  lastAt: string;
  surfaces: string[];
}

/** The votes on the answers to one question. */
export interface VotedQuestion {
  query: string;
  up: number;
  down: number;
}

/** What `npm run report` prints. */
export interface QueryReport {
  /** Lines read, of which `malformed` were not query-log entries. */
  lines: number;
  malformed: number;
  /** Time span of the entries counted (ISO 8601), null when there were none. */
  from: string | null;
  to: string | null;
  unanswered: { total: number; distinct: number; top: UnansweredQuestion[] };
  votes: { up: number; down: number; mostDown: VotedQuestion[] };
}

export interface QueryReportOptions {
  /** How many questions each list shows. Default 20. */
  top?: number;
  /** Count only entries at or after this ISO date or time. Default: all. */
  since?: string;
}

/** Questions asked the same way up to case, width and spacing count as one. */
function questionKey(query: string): string {
  return query.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** A query-log line as `FileQueryLog` writes it; only the fields the report counts are read. */
const entrySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('unanswered'), at: z.string(), surface: z.string(), query: z.string() }),
  z.object({ type: z.literal('feedback'), at: z.string(), surface: z.string(), query: z.string(), vote: z.enum(['up', 'down']) }),
]);

type Entry = z.infer<typeof entrySchema>;

function entryOf(line: string): Entry | null {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return null;
  }
  const entry = entrySchema.safeParse(value);
  return entry.success ? entry.data : null;
}

/**
 * Reads the query log written by `FileQueryLog` line by line (the file grows for months, so it is
 * never held whole) and summarises it: the questions that most often found nothing, and the votes.
 */
export class QueryLogSummary {
  readonly #options: QueryReportOptions;
  #lines = 0;
  #malformed = 0;
  #from: string | null = null;
  #to: string | null = null;
  #unanswered = 0;
  readonly #questions = new Map<string, UnansweredQuestion & { surfaceSet: Set<string> }>();
  readonly #votes = new Map<string, VotedQuestion>();
  #up = 0;
  #down = 0;

  constructor(options: QueryReportOptions = {}) {
    this.#options = options;
  }

  add(line: string): void {
    if (line.trim() === '') return;
    this.#lines += 1;
    const entry = entryOf(line);
    if (!entry) {
      this.#malformed += 1;
      return;
    }
    if (this.#options.since !== undefined && entry.at < this.#options.since) return;
    if (this.#from === null || entry.at < this.#from) this.#from = entry.at;
    if (this.#to === null || entry.at > this.#to) this.#to = entry.at;
    const key = questionKey(entry.query);
    if (entry.type === 'unanswered') {
      this.#unanswered += 1;
      const known = this.#questions.get(key);
      if (!known) {
        this.#questions.set(key, { query: entry.query, count: 1, lastAt: entry.at, surfaces: [], surfaceSet: new Set([entry.surface]) });
        return;
      }
      known.count += 1;
      known.surfaceSet.add(entry.surface);
      if (entry.at >= known.lastAt) {
        known.lastAt = entry.at;
        known.query = entry.query;
      }
      return;
    }
    const voted = this.#votes.get(key) ?? { query: entry.query, up: 0, down: 0 };
    voted[entry.vote === 'up' ? 'up' : 'down'] += 1;
    this.#votes.set(key, voted);
    if (entry.vote === 'up') this.#up += 1;
    else this.#down += 1;
  }

  report(): QueryReport {
    const top = this.#options.top ?? 20;
    const questions = [...this.#questions.values()]
      .sort((a, b) => b.count - a.count || b.lastAt.localeCompare(a.lastAt) || a.query.localeCompare(b.query))
      .slice(0, top)
      .map(({ surfaceSet, ...question }) => ({ ...question, surfaces: [...surfaceSet].sort() }));
    const mostDown = [...this.#votes.values()]
      .filter((voted) => voted.down > 0)
      .sort((a, b) => b.down - a.down || a.up - b.up || a.query.localeCompare(b.query))
      .slice(0, top);
    return {
      lines: this.#lines,
      malformed: this.#malformed,
      from: this.#from,
      to: this.#to,
      unanswered: { total: this.#unanswered, distinct: this.#questions.size, top: questions },
      votes: { up: this.#up, down: this.#down, mostDown },
    };
  }
}
