/**
 * Hugo's page model: which markdown files Hugo publishes as pages, and what front matter the
 * sections above a page cascade onto it. Only pages are posts; every other file is counted with
 * the reason it is not one.
 *
 * - A folder with `index.md` is a leaf bundle: every other file in it and below it is a resource of
 *   that page (Hugo stops walking there), e.g. `blog/2020/istiocon-2021/istiocon-2021.md`, or the
 *   banners inside the headless `events/` bundle.
 * - A folder with `_index.md` is a branch bundle (a section page); when it also holds `index.md`,
 *   the branch wins (Hugo sorts `_index.md` first and warns) and `index.md` is a duplicate. A page
 *   file `x.md` beside a bundle folder `x/` has the same URL: the bundle is the page.
 * - `cascade` in a section's front matter applies to every page below it, unless the page (or a
 *   closer section's cascade) sets the field itself; `target`/`_target` narrows it by path, kind or
 *   language.
 * - `draft`, `headless` and `build`/`_build` (`render: never | link`, `list: never`) keep a page out.
 */
import type { SourceFile } from './discover.js';
import { readFrontMatter, type FrontMatter } from './frontmatter.js';

/** Why a markdown file is not a post. */
export type NotAPageReason = 'draft' | 'headless' | 'not rendered' | 'unlisted' | 'bundle resource' | 'duplicate';

export interface NotAPage {
  root: string;
  path: string;
  reason: NotAPageReason;
}

/** Splits `en/blog/2023/x/index.md` into its folder and file name. */
function splitPath(path: string): { dir: string; file: string } {
  const cut = path.lastIndexOf('/');
  return cut === -1 ? { dir: '', file: path } : { dir: path.slice(0, cut), file: path.slice(cut + 1) };
}

function ancestorsOf(dir: string): string[] {
  const parts = dir ? dir.split('/') : [];
  return parts.map((_, index) => parts.slice(0, index + 1).join('/'));
}

/**
 * The files that may be pages, in their order, and those that are not (bundle resources, an
 * `index.md` beside an `_index.md`, `x.md` beside `x/index.md`), judged from the folder layout alone.
 */
export function pageCandidates(files: readonly SourceFile[]): { candidates: SourceFile[]; notPages: NotAPage[] } {
  const leaves = new Set<string>();
  const branches = new Set<string>();
  for (const file of files) {
    const { dir, file: name } = splitPath(file.path);
    if (name === 'index.md') leaves.add(`${file.root}\u0000${dir}`);
    if (name === '_index.md') branches.add(`${file.root}\u0000${dir}`);
  }
  const isLeaf = (root: string, dir: string) => leaves.has(`${root}\u0000${dir}`) && !branches.has(`${root}\u0000${dir}`);
  const isBundle = (root: string, dir: string) => leaves.has(`${root}\u0000${dir}`) || branches.has(`${root}\u0000${dir}`);
  const candidates: SourceFile[] = [];
  const notPages: NotAPage[] = [];
  for (const file of files) {
    const { dir, file: name } = splitPath(file.path);
    const own = ancestorsOf(dir);
    // A bundle's own index.md is its page; any other file in or below a leaf bundle is a resource.
    const above = name === 'index.md' ? own.slice(0, -1) : own;
    if (above.some((folder) => isLeaf(file.root, folder))) notPages.push({ root: file.root, path: file.path, reason: 'bundle resource' });
    else if (name === 'index.md' ? branches.has(`${file.root}\u0000${dir}`) : isBundle(file.root, file.path.replace(/\.md$/i, ''))) {
      notPages.push({ root: file.root, path: file.path, reason: 'duplicate' });
    } else candidates.push(file);
  }
  return { candidates, notPages };
}

/** One `cascade` entry of a section: the values it passes down and the pages it is meant for. */
export interface CascadeEntry {
  /** The section folder it comes from (root-relative). */
  dir: string;
  values: Record<string, unknown>;
  target: { path?: RegExp; kind?: RegExp; lang?: RegExp; environment?: RegExp };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Hugo's glob syntax (`*`, `**`, `?`, `{a,b}`) as an anchored regular expression. */
function globToRegExp(glob: string): RegExp {
  let source = '';
  for (let i = 0; i < glob.length; i += 1) {
    const char = glob[i] as string;
    if (char === '*' && glob[i + 1] === '*') {
      source += '.*';
      i += 1;
    } else if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else if (char === '{') source += '(?:';
    else if (char === '}') source += ')';
    else if (char === ',') source += '|';
    else source += char.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`, 'i');
}

/** The cascade entries of a section's front matter (a map, or a list of maps, each with an optional target). */
function cascadeEntries(dir: string, cascade: unknown): CascadeEntry[] {
  const list = Array.isArray(cascade) ? cascade : [cascade];
  const entries: CascadeEntry[] = [];
  for (const item of list) {
    if (!isRecord(item)) continue;
    const { _target, target, ...values } = item;
    const where = isRecord(_target) ? _target : isRecord(target) ? target : {};
    const glob = (key: string) => (typeof where[key] === 'string' ? globToRegExp(where[key]) : undefined);
    entries.push({ dir, values, target: { path: glob('path'), kind: glob('kind'), lang: glob('lang'), environment: glob('environment') } });
  }
  return entries;
}

/** What a cascade target is matched against: Hugo's logical path (`/blog/2023/x`), the page kind and language. */
export interface PageIdentity {
  path: string;
  kind: 'page' | 'section';
  lang: string;
}

function targets(entry: CascadeEntry, page: PageIdentity): boolean {
  const { path, kind, lang, environment } = entry.target;
  return (
    (!path || path.test(page.path)) &&
    (!kind || kind.test(page.kind)) &&
    (!lang || lang.test(page.lang)) &&
    // The index is what the production site publishes.
    (!environment || environment.test('production'))
  );
}

/**
 * Reads the cascades of every section (`_index.md`) among the files. A section whose front matter
 * cannot be read cascades nothing; it is reported when it is parsed as a page.
 */
export function readCascades(sections: ReadonlyArray<{ file: SourceFile; source: string }>): Map<string, CascadeEntry[]> {
  const byDir = new Map<string, CascadeEntry[]>();
  for (const { file, source } of sections) {
    let cascade: unknown;
    try {
      cascade = readFrontMatter(source).front.cascade;
    } catch {
      continue;
    }
    if (cascade !== undefined) byDir.set(`${file.root}\u0000${splitPath(file.path).dir}`, cascadeEntries(splitPath(file.path).dir, cascade));
  }
  return byDir;
}

/** The front matter values the sections above a file cascade onto it, the closest section first to set a field. */
export function inheritedFrontMatter(file: SourceFile, page: PageIdentity, cascades: ReadonlyMap<string, CascadeEntry[]>): Record<string, unknown> {
  const { dir, file: name } = splitPath(file.path);
  // A section's own cascade is for the pages below it, not for itself.
  const folders = name === '_index.md' ? ancestorsOf(dir).slice(0, -1) : ancestorsOf(dir);
  const inherited: Record<string, unknown> = {};
  for (const folder of folders.reverse()) {
    for (const entry of cascades.get(`${file.root}\u0000${folder}`) ?? []) {
      if (!targets(entry, page)) continue;
      for (const [key, value] of Object.entries(entry.values)) if (!(key in inherited)) inherited[key] = value;
    }
  }
  return inherited;
}

/** Why Hugo would not publish a page with this front matter as a listed page, or null when it does. */
export function notPublished(front: FrontMatter): NotAPageReason | null {
  if (front.draft) return 'draft';
  if (front.headless) return 'headless';
  if (front.build?.render === 'never' || front.build?.render === 'link') return 'not rendered';
  if (front.build?.list === 'never') return 'unlisted';
  return null;
}

const PLURALS: Record<NotAPageReason, string> = {
  draft: 'drafts',
  headless: 'headless',
  'not rendered': 'not rendered',
  unlisted: 'unlisted',
  'bundle resource': 'bundle resources',
  duplicate: 'duplicates',
};

/** One line counting the files that are not posts by reason, most first: "skipped 7: 3 headless, 2 bundle resources, …". */
export function describeNotPages(notPages: readonly NotAPage[], invalid: number): string {
  const counts = new Map<string, number>();
  for (const { reason } of notPages) counts.set(reason, (counts.get(reason) ?? 0) + 1);
  const parts = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([reason, count]) => `${count} ${count === 1 ? reason : PLURALS[reason as NotAPageReason]}`);
  if (invalid) parts.push(`${invalid} invalid`);
  const total = notPages.length + invalid;
  return total ? `skipped ${total}: ${parts.join(', ')}` : 'skipped 0';
}
