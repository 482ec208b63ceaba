/**
 * The event a post is about, named the way people ask for it ("Istio Day North America 2023",
 * "KubeCon + CloudNativeCon Europe 2024", "IstioCon China 2023"), from its title, description
 * and slug. Posts that are not about an event (elections, releases, tutorials) get null.
 */

export interface EventHints {
  title: string;
  description: string;
  slug: string;
  /** The post's year, used when the title names none. */
  year: string | null;
}

const REGIONS: Array<[RegExp, string]> = [
  [/\bnorth america\b|\bna\b|北美/i, 'North America'],
  [/\beurope\b|\beu\b|欧洲/i, 'Europe'],
  [/\bchina\b|中国/i, 'China'],
  [/\bindia\b|印度/i, 'India'],
  [/\bjapan\b|日本/i, 'Japan'],
];

function region(text: string): string | null {
  for (const [pattern, name] of REGIONS) if (pattern.test(text)) return name;
  return null;
}

export function inferEventName(hints: EventHints): string | null {
  const slug = hints.slug.replace(/[-_/]/g, ' ');
  const sources = [hints.title, `${hints.title} ${hints.description}`, `${hints.title} ${hints.description} ${slug}`];
  for (const text of sources) {
    const year = /\b(20\d\d)\b/.exec(text)?.[1] ?? hints.year;
    const where = region(text);
    if (/istio ?con/i.test(text)) return ['IstioCon', where === 'China' ? 'China' : null, year].filter(Boolean).join(' ');
    if (/istio ?day/i.test(text)) return ['Istio Day', where, year].filter(Boolean).join(' ');
    if (/kube ?con/i.test(text)) return ['KubeCon + CloudNativeCon', where, year].filter(Boolean).join(' ');
    if (/meetup|meet-up|见面会/i.test(text)) return ['Istio Meetup', where, year].filter(Boolean).join(' ');
  }
  return null;
}
