import matter from 'gray-matter';
import YAML from 'yaml';
import { z } from 'zod';

const isoDate = z.union([z.date(), z.string()]).transform((value, ctx) => {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) {
    ctx.addIssue({ code: 'custom', message: `not a date: '${String(value)}'` });
    return z.NEVER;
  }
  return date.toISOString().slice(0, 10);
});

/** Free text fields; an empty YAML value (`subtitle:`) means absent. */
const text = z
  .union([z.string(), z.number(), z.null()])
  .transform((value) => (value === null ? undefined : String(value)));

/** What a post leaves open is left out, never written as a placeholder. */
const PLACEHOLDER = /^(?:tbd|tba|tbc|n\/?a|none|unknown|online|virtual|[-–—?.…]+)$/i;
const LEAVE_IT_OUT = 'leave `venue` out when no post names one';

/** Where in the city the event was held, as the posts name it: one line of text ("McCormick Place"). */
const venue = z
  .string({ error: `expected the venue's name as text, as the posts write it (e.g. "McCormick Place"); ${LEAVE_IT_OUT}` })
  .trim()
  .min(1, `is empty; ${LEAVE_IT_OUT}`)
  .refine((value) => !/[\r\n]/.test(value), 'must be one line: the venue as the posts name it, with its street address when they give one')
  .refine((value) => !/^[a-z][a-z0-9+.-]*:\/\//i.test(value), 'is a link, not a venue: write the place as the posts name it')
  .refine((value) => !PLACEHOLDER.test(value), { error: (issue) => `'${String(issue.input)}' is a placeholder, not a venue; ${LEAVE_IT_OUT}` });

const eventBlock = z.object({
  name: z.string().min(1),
  kind: z.enum(['kubecon', 'istio-day', 'istiocon', 'virtual', 'meetup', 'other']),
  city: z.string().optional(),
  country: z.string().optional(),
  venue: venue.optional(),
  start: isoDate.optional(),
  end: isoDate.optional(),
  schedule: z.url().optional(),
  recap: z.url().optional(),
  /** The week of the KubeCon + CloudNativeCon a co-located day was held with, which its post gives ("KubeCon ran from 6 to 9 November"). */
  conference: z
    .object({ start: isoDate, end: isoDate })
    .refine(({ start, end }) => end >= start, "ends before it starts: give the conference's first and last day")
    .optional(),
});

/** Hugo's legacy booleans (`render: false`) mean `never`, `true` means `always`. */
const buildValue = <T extends string>(values: readonly [T, ...T[]]) =>
  z.union([z.enum(values), z.boolean()]).transform((value) => (value === true ? 'always' : value === false ? 'never' : value));

/** Hugo's build options (`build:`, or the older `_build:`). */
const buildOptions = z.looseObject({
  render: buildValue(['always', 'never', 'link']).optional(),
  list: buildValue(['always', 'never', 'local']).optional(),
});

/**
 * The front matter the indexer reads. Unknown fields are allowed (Hugo sites carry many);
 * known fields must have the right shape, or the post is reported and skipped.
 */
export const frontMatterSchema = z.looseObject({
  title: text.optional(),
  description: text.optional(),
  subtitle: text.optional(),
  publishdate: isoDate.optional(),
  date: isoDate.optional(),
  attribution: text.optional(),
  keywords: z
    .union([z.array(text.nullable()), text])
    .optional()
    .transform((value) =>
      value === undefined ? [] : (Array.isArray(value) ? value : value.split(',')).filter((k): k is string => !!k).map((k) => k.trim()),
    ),
  /** An absolute URL (the page a reader is sent to), or Hugo's site path for the page. */
  url: z
    .string()
    .min(1)
    .refine((value) => !/\s/.test(value) && (!/^[a-z][a-z0-9+.-]*:/i.test(value) || URL.canParse(value)), 'not a URL or a site path')
    .optional(),
  slug: text.optional(),
  aliases: z
    .union([z.array(z.string()), z.string()])
    .optional()
    .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value])),
  translationKey: text.optional(),
  headless: z.boolean().optional(),
  draft: z.boolean().optional(),
  build: buildOptions.optional(),
  /** Read by the page model (pages.ts) for the pages below a section. */
  cascade: z.unknown().optional(),
  event: eventBlock.optional(),
});

export type FrontMatter = z.infer<typeof frontMatterSchema>;

export interface ParsedSource {
  front: FrontMatter;
  body: string;
}

/**
 * The YAML error whole on one line: the parser's message ends with a multi-line snippet, so the
 * reason names the post's line (the front matter starts after the opening `---`) and quotes it.
 */
function yamlReason(error: unknown, source: string): string {
  if (!(error instanceof Error)) return String(error);
  const message = (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
  const position = (error as { linePos?: Array<{ line: number; col: number }> }).linePos?.[0];
  if (!position) return message;
  const line = position.line + 1;
  const text = (source.split('\n')[line - 1] ?? '').trim();
  const quoted = text && text !== '---' ? `: ${text}` : ' (the end of the front matter)';
  return `${message} at line ${line}, column ${position.col}${quoted}`;
}

/** Hugo's older spellings of reserved keys. */
const RENAMED: Record<string, string> = { _build: 'build' };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function withHugoKeys(data: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) out[RENAMED[key] ?? key] = value;
  return out;
}

/**
 * Splits and validates a post; throws with a reason a person can act on. `inherited` holds the
 * values the sections above cascade onto it: the page's own fields win.
 */
export function readFrontMatter(source: string, inherited: Record<string, unknown> = {}): ParsedSource {
  let parsed: matter.GrayMatterFile<string>;
  try {
    // Passing options disables gray-matter's cache, which would keep every post in memory for good.
    // Real posts repeat keys (drafts keep alternative titles); the last one wins, as in Hugo.
    parsed = matter(source, { engines: { yaml: (yaml: string) => YAML.parse(yaml, { uniqueKeys: false }) as object } });
  } catch (error) {
    throw new Error(`front matter is not valid YAML: ${yamlReason(error, source)}`, { cause: error });
  }
  const own: unknown = parsed.data;
  const data = isRecord(own) ? { ...withHugoKeys(inherited), ...withHugoKeys(own) } : own;
  const result = frontMatterSchema.safeParse(data);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.') || 'front matter'}: ${issue.message}`);
    throw new Error(`front matter is invalid: ${problems.join('; ')}`);
  }
  return { front: result.data, body: parsed.content };
}

