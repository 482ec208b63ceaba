/**
 * The data file as short lines, one JSON value each, so that loading never holds a large value.
 *
 * V8 collects a value that dies young in the young generation, nearly for free; one that outlives two
 * of its collections moves to the old generation, whose size decides when the next full collection
 * runs. Parsed as one JSON value, the whole data file was alive for most of the loading: its text
 * (4 MB at 1x the corpus, copied once more by `JSON.parse`) and MiniSearch's serialized passage index,
 * which parsed is ten times its text (14 MB at 1x, a small object per term and field). All of it
 * reached the old generation, the loading crossed the old generation's first limit, and the full
 * collection that followed, with that JSON still alive, set the next limit so high that none ran
 * while serving questions: RSS after the bench's 600 questions 158 MiB, against 141 for the engine
 * before. Read as bytes and parsed a short line at a time, each line's text and values are garbage
 * before they can be promoted; the search indexes' terms are parsed only as MiniSearch reads them.
 *
 * Line 1 is the header: the format version and the section each following line belongs to, in order.
 * A section is one value on one line, or a list whose items are spread over one or more lines.
 */

/** What the writer is given: a section held as one value, or a list of items spread over lines. */
export type SectionContent = { section: string; value: unknown } | { section: string; items: readonly unknown[] };

/** The header line's shape. */
interface SectionsHeader {
  formatVersion: number;
  sections: string[];
}

/**
 * The longest line of items, in characters. V8 allocates a string or array longer than about 128 KB
 * straight in the old generation; a line under that is parsed and dropped in the young one.
 */
const LINE_CHARS = 64 * 1024;

/** Every character beyond ASCII. */
const NON_ASCII = /[\u0080-\uffff]/g;

/**
 * JSON with every character beyond ASCII written as a `\u` escape. A string holding one such
 * character is stored by V8 with two bytes per character; in ASCII each line parses from a one-byte
 * string, and the file's bytes are its characters. `JSON.stringify` writes no raw line break (they
 * are escaped in strings), so a line is one value.
 */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(NON_ASCII, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** `items` as JSON arrays of consecutive items, each at most `LINE_CHARS` long unless one item is longer; at least one. */
function itemLines(items: readonly unknown[]): string[] {
  const lines: string[] = [];
  let line: string[] = [];
  let chars = 0;
  for (const item of items) {
    const json = asciiJson(item);
    if (line.length > 0 && chars + json.length + 1 > LINE_CHARS) {
      lines.push(`[${line.join(',')}]`);
      line = [];
      chars = 0;
    }
    line.push(json);
    chars += json.length + 1;
  }
  lines.push(`[${line.join(',')}]`);
  return lines;
}

/** The data file's text: the header, then each section's lines, in the order given. */
export function writeSections(formatVersion: number, contents: readonly SectionContent[]): string {
  const names: string[] = [];
  const lines: string[] = [];
  for (const content of contents) {
    const own = 'items' in content ? itemLines(content.items) : [asciiJson(content.value)];
    names.push(...own.map(() => content.section));
    lines.push(...own);
  }
  const header: SectionsHeader = { formatVersion, sections: names };
  return [asciiJson(header), ...lines].join('\n');
}

/** The sections of a data file's bytes, each line parsed only when it is asked for. */
export interface Sections {
  /** The value of a section held on one line. */
  value(section: string): unknown;
  /** The items of a list section, parsed a line at a time as they are reached. */
  items(section: string): Generator<unknown, void, undefined>;
}

/** Where each line of `bytes` starts and ends (the end excludes its line break). */
function lineRanges(bytes: Buffer): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let start = 0;
  for (let end = bytes.indexOf(0x0a); end !== -1; end = bytes.indexOf(0x0a, start)) {
    ranges.push([start, end]);
    start = end + 1;
  }
  ranges.push([start, bytes.length]);
  return ranges;
}

/**
 * Reads the header of a data file's bytes and gives its sections. `malformed` makes the error thrown
 * for a header or line that is not what the writer writes (its argument says what is wrong).
 */
export function readSections(bytes: Buffer, formatVersion: number, malformed: (what: string) => Error): Sections {
  const ranges = lineRanges(bytes);
  // Let go of the bytes once every line has been parsed: V8 was seen to keep this scope alive after
  // loading (through the compiled code of the lists' iteration), and with it the whole file, 4 MB at 1x.
  let held: Buffer | null = bytes;
  let unread = ranges.length;
  const read = new Uint8Array(ranges.length);
  const parse = (line: number): unknown => {
    const [start, end] = ranges[line] as [number, number];
    if (!held) throw new Error(`line ${line + 1} of the data file asked for after every line was read`);
    const text = held.toString('utf8', start, end);
    if (!read[line]) {
      read[line] = 1;
      unread -= 1;
      if (unread === 0) held = null;
    }
    try {
      return JSON.parse(text);
    } catch {
      throw malformed(`line ${line + 1} is not JSON`);
    }
  };
  const header = parse(0) as Partial<SectionsHeader> | null;
  const names = header?.sections;
  if (header?.formatVersion !== formatVersion || !Array.isArray(names) || names.length !== ranges.length - 1) {
    throw malformed('its header does not list its lines');
  }
  const linesOf = (section: string, one: boolean): number[] => {
    const lines = names.flatMap((name, at) => (name === section ? [at + 1] : []));
    if (one ? lines.length !== 1 : lines.length === 0) throw malformed(`it holds ${lines.length} lines of ${section}`);
    return lines;
  };
  function* parsed(lines: number[], section: string): Generator<unknown, void, undefined> {
    for (const line of lines) {
      const items = parse(line);
      if (!Array.isArray(items)) throw malformed(`line ${line + 1} (${section}) is not a list`);
      yield* items as unknown[];
    }
  }
  return {
    value: (section) => parse(linesOf(section, true)[0] as number),
    items: (section) => parsed(linesOf(section, false), section),
  };
}
