/**
 * `JSON.parse` makes a new string for every occurrence of a value, and the store repeats most of
 * its short values: every passage of a post carries the post's title, URLs, event and dates, every
 * talk its event. Sharing one copy of each keeps about a quarter of the loaded store's memory
 * (10 MB of 40 at 10x the corpus) for a walk of about 3 ms per thousand passages (70 ms at 10x).
 */

/** Longer strings are passage texts, which do not repeat: looking them up would cost time for nothing. */
const LONGEST_SHARED = 256;

/** Replaces, in place, each repeated string of `value` (plain JSON data) by one shared copy, and returns `value`. */
export function shareStrings<T>(value: T): T {
  const seen = new Map<string, string>();
  const share = (item: unknown): unknown => {
    if (typeof item === 'string') {
      if (item.length > LONGEST_SHARED) return item;
      const known = seen.get(item);
      if (known !== undefined) return known;
      seen.set(item, item);
      return item;
    }
    if (Array.isArray(item)) {
      for (let at = 0; at < item.length; at += 1) item[at] = share(item[at]);
    } else if (item !== null && typeof item === 'object') {
      const record = item as Record<string, unknown>;
      // for…in, not Object.keys: no array of keys per object (thousands of them) for the collector.
      for (const key in record) record[key] = share(record[key]);
    }
    return item;
  };
  return share(value) as T;
}
