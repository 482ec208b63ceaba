import type { Result } from '../answer/index.js';
import { messages } from '../i18n/index.js';
import type { EventInfo, Lang, Talk } from '../model/index.js';
import type { Link, LinkKind } from './types.js';

/** The order links are shown in, on every surface: what to watch or read first, the post last. */
const LINK_ORDER: readonly LinkKind[] = ['video', 'slides', 'schedule', 'recordings', 'register', 'cfp', 'post', 'source'];

/** The label of a link of this kind: the kind decides it, so a schedule page is never called slides. */
function linkLabel(kind: LinkKind, lang: Lang): string {
  const m = messages(lang);
  const labels: Record<LinkKind, string> = {
    video: m.video,
    slides: m.slides,
    schedule: m.schedule,
    recordings: m.recordings,
    register: m.register,
    cfp: m.cfp,
    post: m.post,
    source: m.source,
  };
  return labels[kind];
}

/** Only web links are shown: a `javascript:` or `mailto:` URL from a post leads nowhere a reader wants. */
export function isWebUrl(url: string | null | undefined): url is string {
  return typeof url === 'string' && /^https?:\/\/[^\s]/i.test(url);
}

type Candidates = Partial<Record<LinkKind, readonly (string | null)[]>>;

/** The first web URL of each kind, labelled, in LINK_ORDER. */
function linksOf(candidates: Candidates, lang: Lang): Link[] {
  return LINK_ORDER.flatMap((kind) => {
    const url = (candidates[kind] ?? []).find(isWebUrl);
    return url ? [{ kind, label: linkLabel(kind, lang), url }] : [];
  });
}

export function resultLinks(result: Result, lang: Lang): Link[] {
  const { videos, slides, schedule } = result.links;
  return linksOf({ video: videos, slides, schedule, post: [result.postUrl] }, lang);
}

export function talkLinks(talk: Talk, lang: Lang): Link[] {
  return linksOf({ video: [talk.video], slides: [talk.slides], schedule: [talk.schedule] }, lang);
}

export function eventLinks(event: EventInfo, lang: Lang): Link[] {
  const { slides, schedule, recordings, register, cfp } = event.links;
  return linksOf({ slides: [...slides, event.slides], schedule, recordings, register, cfp, post: event.posts }, lang);
}

export function sourceLink(url: string, lang: Lang): Link | null {
  return isWebUrl(url) ? { kind: 'source', label: linkLabel('source', lang), url } : null;
}
