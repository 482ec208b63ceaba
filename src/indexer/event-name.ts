/**
 * The event a post is about, named the way people ask for it ("Istio Day North America 2023",
 * "KubeCon + CloudNativeCon Europe 2024", "IstioCon China 2023"), from its title, description
 * and slug. Posts that are not about an event (elections, releases, tutorials) get null.
 */
import { eventNameIn } from '../domain/index.js';

export interface EventHints {
  title: string;
  description: string;
  slug: string;
  /** The post's year, used when the title names none. */
  year: string | null;
}

/** Only these kinds name what a whole post is about; a maintainer track or contribfest is part of a KubeCon. */
const POST_KINDS = /istio ?con|istio ?day|kube ?con|cloud ?native ?con|meet-?up|见面会/i;

export function inferEventName(hints: EventHints): string | null {
  const slug = hints.slug.replace(/[-_/]/g, ' ');
  const sources = [hints.title, `${hints.title} ${hints.description}`, `${hints.title} ${hints.description} ${slug}`];
  for (const text of sources) {
    if (!POST_KINDS.test(text)) continue;
    const name = eventNameIn(text.replace(/\bmaintainers?[’']? track\b|\bcontrib ?fest\b/gi, ''), hints.year);
    if (name) return name;
  }
  return null;
}
