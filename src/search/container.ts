/**
 * A file of named sections — typed arrays and UTF-8 text — behind a small JSON header, so a
 * reader maps arrays straight onto the bytes it read instead of parsing them. Layout:
 * 8-byte magic, header length (u32, little-endian), header JSON, then each section at an
 * 8-byte boundary. Typed arrays are little-endian, as on every machine Node runs on here.
 */

const MAGIC = 'IEVIDX\u0000\u0001';

const ARRAY_TYPES = {
  u8: Uint8Array,
  u16: Uint16Array,
  u32: Uint32Array,
  i32: Int32Array,
  f64: Float64Array,
} as const;

type ArrayKind = keyof typeof ARRAY_TYPES;
export type SectionValue = Uint8Array | Uint16Array | Uint32Array | Int32Array | Float64Array | string;

interface SectionEntry {
  name: string;
  kind: ArrayKind | 'text';
  offset: number;
  /** Bytes. */
  length: number;
}

interface Header {
  meta: unknown;
  sections: SectionEntry[];
}

function kindOf(value: SectionValue): SectionEntry['kind'] {
  if (typeof value === 'string') return 'text';
  const kind = (Object.keys(ARRAY_TYPES) as ArrayKind[]).find((name) => value instanceof ARRAY_TYPES[name]);
  if (!kind) throw new Error('unsupported section type');
  return kind;
}

const align = (offset: number): number => Math.ceil(offset / 8) * 8;

/** Writes `meta` (any JSON) and the sections into one buffer; the same input gives the same bytes. */
export function packSections(meta: unknown, sections: Record<string, SectionValue>): Buffer {
  const bodies = Object.entries(sections).map(([name, value]) => {
    const bytes = typeof value === 'string' ? Buffer.from(value, 'utf8') : Buffer.from(value.buffer, value.byteOffset, value.byteLength);
    return { name, kind: kindOf(value), bytes };
  });
  // Offsets count from the start of the body; the body starts 8-aligned after the header.
  let offset = 0;
  const entries: SectionEntry[] = bodies.map(({ name, kind, bytes }) => {
    const entry = { name, kind, offset, length: bytes.length };
    offset = align(offset + bytes.length);
    return entry;
  });
  const header = Buffer.from(JSON.stringify({ meta, sections: entries } satisfies Header), 'utf8');
  const bodyStart = align(MAGIC.length + 4 + header.length);
  const out = Buffer.alloc(bodyStart + offset);
  out.write(MAGIC, 0, 'latin1');
  out.writeUInt32LE(header.length, MAGIC.length);
  header.copy(out, MAGIC.length + 4);
  bodies.forEach(({ bytes }, i) => bytes.copy(out, bodyStart + (entries[i]?.offset ?? 0)));
  return out;
}

export interface UnpackedSections {
  meta: unknown;
  /** A section by name; throws when the file has no such section or it has another type. */
  array<K extends ArrayKind>(name: string, kind: K): InstanceType<(typeof ARRAY_TYPES)[K]>;
  text(name: string): string;
  /** Bytes of a text section, for decoding slices of it later. */
  bytes(name: string): Buffer;
}

/** Reads a buffer written by `packSections`; arrays are views on it, not copies. Throws on anything malformed. */
export function unpackSections(input: Buffer): UnpackedSections {
  if (input.length < MAGIC.length + 4 || input.toString('latin1', 0, MAGIC.length) !== MAGIC) throw new Error('not an index data file');
  // Typed-array views need their offsets aligned to the element size.
  const buffer = input.byteOffset % 8 === 0 ? input : Buffer.from(new Uint8Array(input));
  const headerLength = buffer.readUInt32LE(MAGIC.length);
  const header = JSON.parse(buffer.toString('utf8', MAGIC.length + 4, MAGIC.length + 4 + headerLength)) as Header;
  const bodyStart = align(MAGIC.length + 4 + headerLength);
  const entries = new Map(header.sections.map((entry) => [entry.name, entry]));
  const entry = (name: string, kind: SectionEntry['kind']): SectionEntry => {
    const found = entries.get(name);
    if (!found || found.kind !== kind || bodyStart + found.offset + found.length > buffer.length) throw new Error(`section ${name} is missing or malformed`);
    return found;
  };
  return {
    meta: header.meta,
    array(name, kind) {
      const { offset, length } = entry(name, kind);
      const Type = ARRAY_TYPES[kind];
      return new Type(buffer.buffer as ArrayBuffer, buffer.byteOffset + bodyStart + offset, length / Type.BYTES_PER_ELEMENT) as InstanceType<(typeof ARRAY_TYPES)[typeof kind]>;
    },
    text(name) {
      const { offset, length } = entry(name, 'text');
      return buffer.toString('utf8', bodyStart + offset, bodyStart + offset + length);
    },
    bytes(name) {
      const { offset, length } = entry(name, 'text');
      return buffer.subarray(bodyStart + offset, bodyStart + offset + length);
    },
  };
}
