import type { Lang } from '../model/index.js';

/** What a page was asked for; links on it keep the parts that still apply. */
export interface PageState {
  /** The question, '' for none. */
  q: string;
  /** The language forced by `?lang=`, or undefined (the question's own language). */
  lang: Lang | undefined;
  /** The language of the page's own words: the forced one, else the answer's, else the browser's. */
  ui: Lang;
  /** Page of the answer's main list, from 1. */
  page: number;
}

/** The site's pages. Links are relative, so the site works under any path prefix a proxy gives it. */
export type PagePath = '' | 'events' | 'talks' | 'answer';

/** A relative link to `path` with `params` (empty ones left out); `./` for the home page. */
export function hrefOf(path: PagePath, params: Record<string, string | number | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== '') query.set(key, String(value));
  const search = query.toString();
  return `${path === '' ? './' : path}${search ? `?${search}` : ''}`;
}
