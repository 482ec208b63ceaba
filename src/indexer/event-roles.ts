/** What a post is to an event: its announcement, call for proposals, schedule, recap or results. */
import type { Lang, PostRole } from '../model/index.js';
import { SCHEDULE } from '../domain/index.js';

/** A post about an event, with what decides its role once the event's dates are known. */
export interface SightingPost {
  url: string;
  date: string | null;
  lang: Lang;
  /** Title and description: "call for proposals", "schedule", "results" say the role. */
  about: string;
}

const ROLE_WORDS: Array<[RegExp, PostRole]> = [
  [/\bresults?\b|\bwinners?\b|\bawards?\b|结果|获奖|得主/i, 'results'],
  [/\bcfp\b|call for (?:proposals|papers|speakers)|submit|征集|提交/i, 'cfp'],
  [SCHEDULE, 'schedule'],
  [/\brecap\b|\bhighlights?\b|\btakeaways?\b|\blooking back\b|回顾|亮点|精彩/i, 'recap'],
];

/**
 * What a post is to an event: what its title says, else an announcement before the event and a
 * recap after it. A post published before the event recaps nothing, whatever "highlights" it promises.
 */
export function roleOf(post: SightingPost, start: string | null): PostRole {
  const before = post.date !== null && start !== null && post.date < start;
  for (const [pattern, role] of ROLE_WORDS) if (pattern.test(post.about) && !(role === 'recap' && before)) return role;
  if (!post.date || !start) return 'other';
  return before ? 'announcement' : 'recap';
}

