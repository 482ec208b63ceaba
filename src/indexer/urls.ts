/** Where istio.io publishes its posts; post paths and site-relative links resolve against it. */
export const DEFAULT_SITE_BASE_URL = 'https://istio.io/latest';
import type { Lang } from '../model/index.js';

/** What of a page's front matter decides where Hugo publishes it. */
export interface UrlFrontMatter {
  /** An absolute URL, a site path (`/blog/x/`, no language prefix added) or a path below the language (`blog/x/`). */
  url?: string | undefined;
  /** Replaces the last segment of the path (not of a section page). */
  slug?: string | undefined;
}

const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** A site path as Hugo writes it: one leading slash, and a trailing one unless it names a file. */
function asSitePath(path: string): string {
  const trimmed = `/${path.replace(/^\/+/, '')}`;
  return /\/$|\.[a-z0-9]+$/i.test(trimmed) ? trimmed : `${trimmed}/`;
}

/** `/zh` for the Chinese site, nothing for English (the default language, published without a prefix). */
function languagePrefix(lang: Lang): string {
  return lang === 'zh' ? '/zh' : '';
}

/**
 * The URL Hugo publishes a page at, from its path below the content root and its front matter:
 * `en/blog/2023/x/index.md` → `<base>/blog/2023/x/`, `zh/blog/2023/x/index.md` → `<base>/zh/blog/2023/x/`,
 * `en/blog/2024/y.md` → `<base>/blog/2024/y/`, `_index.md` → its folder; `slug` replaces the last
 * segment, `url` the whole path (an absolute `url` is kept as it is: the page a reader is sent to).
 */
export function postUrlFor(relativePath: string, lang: Lang, siteBaseUrl: string, front: UrlFrontMatter = {}): string {
  const url = front.url?.trim();
  if (url && HAS_SCHEME.test(url)) return url;
  if (url) return `${siteBaseUrl}${url.startsWith('/') ? '' : languagePrefix(lang)}${asSitePath(url)}`;
  const parts = relativePath.split('/');
  if (parts[0] === 'en' || parts[0] === 'zh') parts.shift();
  const file = parts.pop() ?? '';
  const section = file === '_index.md';
  if (file !== 'index.md' && !section) parts.push(file.replace(/\.md$/i, ''));
  const slug = front.slug?.trim();
  if (slug && !section && parts.length) parts[parts.length - 1] = slug;
  const path = parts.filter(Boolean).join('/');
  return `${siteBaseUrl}${languagePrefix(lang)}/${path ? `${path}/` : ''}`;
}

/**
 * The URLs Hugo redirects to a page (`aliases`): a site path gets the page's language prefix, a
 * relative one is relative to the page's parent folder.
 */
export function aliasUrls(aliases: readonly string[], pageUrl: string, lang: Lang, siteBaseUrl: string): string[] {
  const urls: string[] = [];
  for (const alias of aliases) {
    const trimmed = alias.trim();
    if (!trimmed) continue;
    let url: string;
    if (HAS_SCHEME.test(trimmed)) url = trimmed;
    else if (trimmed.startsWith('/')) {
      const prefix = languagePrefix(lang);
      url = `${siteBaseUrl}${prefix && !trimmed.startsWith(`${prefix}/`) ? prefix : ''}${asSitePath(trimmed)}`;
    } else url = new URL(asSitePath(trimmed).slice(1), new URL('../', pageUrl)).href;
    if (!urls.includes(url)) urls.push(url);
  }
  return urls;
}

/** Schemes and shapes that make a link target real; anything else (e.g. "link to be added", "TODO") is text. */
export function looksLikeLinkTarget(target: string): boolean {
  if (!target || /\s/.test(target)) return false;
  if (/^(https?:|mailto:)/i.test(target)) return true;
  if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return false;
  return /^(\/|\.\.?\/|#)/.test(target) || /[./]/.test(target);
}

/**
 * An absolute URL for a link as the post wrote it, or null when it is not a link.
 * Site-relative links resolve against the site base; relative ones against the post's page.
 */
export function resolveLink(target: string, pageUrl: string, siteBaseUrl: string): string | null {
  if (!looksLikeLinkTarget(target)) return null;
  try {
    if (target.startsWith('/') && !target.startsWith('//')) return new URL(`${siteBaseUrl}${target}`).href;
    // A bare host ("slack.istio.io") is what the author meant, not a file next to the post.
    const url = /^[\w-]+(\.[\w-]+)*\.(io|com|org|net|dev)(\/|$)/.test(target) ? new URL(`https://${target}`) : new URL(target, pageUrl);
    return url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'mailto:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Hugo's default heading id (goldmark "github" style): letters and digits lower-cased, spaces to dashes. */
export function headingSlug(heading: string): string {
  let slug = '';
  for (const char of heading.trim().toLowerCase()) {
    if (/[\p{L}\p{N}_-]/u.test(char)) slug += char;
    else if (/\s/.test(char)) slug += '-';
  }
  return slug;
}

/** Gives each heading of a post its anchor, numbering repeats as Hugo does (`x`, `x-1`, `x-2`). */
export class AnchorNamer {
  readonly #seen = new Map<string, number>();

  next(heading: string, explicitId?: string): string {
    const base = explicitId ?? headingSlug(heading);
    const count = this.#seen.get(base) ?? 0;
    this.#seen.set(base, count + 1);
    return count === 0 ? base : `${base}-${count}`;
  }
}

