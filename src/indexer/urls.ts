/** Where istio.io publishes its posts; post paths and site-relative links resolve against it. */
export const DEFAULT_SITE_BASE_URL = 'https://istio.io/latest';
import type { Lang } from '../model/index.js';

/**
 * The istio.io URL of a post from its path below the content root, as Hugo publishes it:
 * `en/blog/2023/x/index.md` → `<base>/blog/2023/x/`, `zh/blog/2023/x/index.md` → `<base>/zh/blog/2023/x/`,
 * `en/blog/2024/y.md` → `<base>/blog/2024/y/`, `_index.md` → its folder.
 */
export function postUrlFor(relativePath: string, lang: Lang, siteBaseUrl: string): string {
  const parts = relativePath.split('/');
  if (parts[0] === 'en' || parts[0] === 'zh') parts.shift();
  const file = parts.pop() ?? '';
  if (file !== 'index.md' && file !== '_index.md') parts.push(file.replace(/\.md$/i, ''));
  const path = parts.filter(Boolean).join('/');
  const prefix = lang === 'zh' ? '/zh' : '';
  return `${siteBaseUrl}${prefix}/${path ? `${path}/` : ''}`;
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

