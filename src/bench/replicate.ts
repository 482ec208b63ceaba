/**
 * Deterministic replication of a content tree, so the benchmark can index 10× and 100× the real
 * posts. Copy 0 is the post unchanged; every other copy gets its own slug, a title of its own and
 * about one word in eight altered, so the index grows in documents, postings and vocabulary alike
 * instead of storing the same passage a hundred times.
 */

export interface SourcePost {
  /** Path below the content root, forward slashes: `en/blog/2023/x/index.md`. */
  path: string;
  text: string;
}

/** FNV-1a over a string: a cheap, stable hash for deterministic choices. */
function hash32(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

const SYLLABLES = ['ba', 'ke', 'lo', 'mu', 'ri', 'sa', 'to', 'vi', 'ne', 'du', 'fa', 'go', 'hi', 'ju', 'pe', 'wo'];

/** A pronounceable word from a number: 0 → "ba", 17 → "keke"; distinct numbers give distinct words. */
function syllablesOf(value: number): string {
  let rest = value;
  let word = '';
  do {
    word = (SYLLABLES[rest % SYLLABLES.length] ?? '') + word;
    rest = Math.floor(rest / SYLLABLES.length);
  } while (rest > 0);
  return word;
}

/** The word that names copy `copy` in its slug and title. */
export function copyTag(copy: number): string {
  return `vol${syllablesOf(copy)}`;
}

/** Common Han characters that stand in for altered ones, so Chinese text grows new bigrams. */
const HAN_POOL = [...'的一是不了人我在有他这为之大来以个中上们到说国和地也子时道出而要于就下得可你年生自会那后能对着事其里所去行过家十用发天如然作方成者多日都三小军二无同么经法当起与好看学进种将还分此心前面又定见只主没公从'];

/**
 * Stretches the text must keep byte for byte: shortcodes, link targets, HTML tags, code spans,
 * bare URLs, heading anchors and reference definitions. Altering them would break the markup
 * or the links rather than change the prose.
 */
const PROTECTED = String.raw`\{\{[<%][\s\S]*?[%>]\}\}|\]\([^)\n]*\)|<[^>\n]+>|\x60[^\x60\n]*\x60|https?:\/\/[^\s)\]]+|\{#[^}\n]*\}|^\[[^\]\n]+\]:[^\n]*`;
const PIECES = new RegExp(`(${PROTECTED})|([A-Za-z]{4,})|(\\p{Script=Han})`, 'gmu');

/** Alters about one word (Latin, four letters or more) or Han character in eight, the same way every time. */
export function alterWords(text: string, copy: number): string {
  let occurrence = 0;
  return text.replace(PIECES, (piece: string, kept: string | undefined, latin: string | undefined) => {
    if (kept) return piece;
    occurrence += 1;
    const choice = hash32(`${copy}:${occurrence}`);
    if (choice % 8 !== 0) return piece;
    if (latin) return `${latin}${syllablesOf(choice % 97)}`;
    return HAN_POOL[(choice >>> 8) % HAN_POOL.length] ?? piece;
  });
}

/** `en/blog/2023/x/index.md` → `en/blog/2023/x-volke/index.md`; also `_index.md` pages and plain `x.md` files. */
function replicaPath(path: string, copy: number): string {
  const tag = copyTag(copy);
  const bundle = /^(.*)\/(_?index\.md)$/i.exec(path);
  if (bundle) return `${bundle[1]}-${tag}/${bundle[2]}`;
  return path.replace(/\.md$/i, `-${tag}.md`);
}

const FRONT_MATTER = /^---\n[\s\S]*?\n---(?:\n|$)/;

/** Appends the copy's tag to the front-matter title, inside its quotes, or to the first `# heading` when there is none. */
function retitle(front: string, body: string, copy: number): { front: string; body: string } {
  const tag = copyTag(copy);
  const titled = front.replace(/^title:[ \t]*(["']?)(.*?)\1[ \t]*$/m, (_line, quote: string, title: string) => `title: ${quote}${title} ${tag}${quote}`);
  if (titled !== front) return { front: titled, body };
  return { front, body: body.replace(/^#[ \t]+(.+)$/m, (_line, heading: string) => `# ${heading} ${tag}`) };
}

/** Copy number `copy` of a post: itself for copy 0, else a renamed, retitled post with some words altered. */
export function replicatePost(post: SourcePost, copy: number): SourcePost {
  if (copy === 0) return post;
  const text = post.text.replace(/\r\n?/g, '\n');
  const front = FRONT_MATTER.exec(text)?.[0] ?? '';
  const retitled = retitle(front, text.slice(front.length), copy);
  return { path: replicaPath(post.path, copy), text: retitled.front + alterWords(retitled.body, copy) };
}

/** Every post `factor` times over (copies 0 … factor − 1), in a stable order. */
export function* replicate(posts: readonly SourcePost[], factor: number): Generator<SourcePost> {
  for (let copy = 0; copy < factor; copy += 1) for (const post of posts) yield replicatePost(post, copy);
}
