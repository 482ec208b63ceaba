/**
 * "who hosted istio day london", "伦敦 istio day 主持人": the people who host an Istio Day are its programme committee's
 * chairs, who open and close it. One post calls them its hosts (主持人); the others name them by that part only
 * (项目委员会主席, "Program Committee chairs"), so a sentence naming the chairs answers when none names the hosts.
 * And the day is not the ContribFest or maintainer track of its conference week, whose hosts a recap names too.
 */
import { KIND_NAMES, SYNONYMS } from '../domain/index.js';
import type { EventKind } from '../model/index.js';
import { analyze } from '../store/index.js';
import type { WordGroup } from '../understand/index.js';

const HOST_WORDS = SYNONYMS.find((group) => group.includes('host')) ?? [];
/** The part as the posts write it. Not in the hosts' synonyms: a KubeCon's co-chair is no host of an Istio Day. */
const CHAIRS = ['chair', 'chairs', 'co-chairs', '主席'].map(analyze);

/** The question's words with its hosts read as chairs; undefined when it names no host. */
export function chairsForHosts(groups: readonly WordGroup[]): WordGroup[] | undefined {
  const hosts = groups.find((group) => HOST_WORDS.includes(group.meant ?? group.word));
  return hosts ? groups.map((group) => (group === hosts ? { word: group.word, alternatives: CHAIRS } : group)) : undefined;
}

/** The sessions of a conference week the project holds beside its day. */
const TRACKS = KIND_NAMES.filter((entry) => entry.kind === 'maintainer-track' || entry.kind === 'contribfest');
/** The maintainer track as a Chinese recap translates it word for word ("维护者跟踪会议"). */
const TRACK_TRANSLATED = /维护者跟踪/;

/** The conference an Istio Day is held beside. */
const KUBECON = KIND_NAMES.find((entry) => entry.kind === 'kubecon');
const ISTIO_DAY = KIND_NAMES.find((entry) => entry.kind === 'istio-day');
/** A chair, as the posts write the part. */
const CHAIR = /(?<![\p{L}])(?:co-?)?chair(?:s|ed)?(?![\p{L}])|主席/iu;

/**
 * Whether a sentence says who chaired the conference ("one of the co-chairs of KubeCon North America 2025", "KubeCon
 * 北美站的联合主席"): a clause naming both, in a sentence that does not name the Istio Day. Not "它与…KubeCon…同场举行，项目委员会主席为…",
 * whose chairs, in a clause of their own, are the day's.
 */
function chairsConference(text: string): boolean {
  if (!KUBECON?.pattern.test(text) || ISTIO_DAY?.pattern.test(text)) return false;
  return text.split(/[,，;；]/u).some((clause) => KUBECON.pattern.test(clause) && CHAIR.test(clause));
}

/**
 * Whether a sentence is about a session of the week other than the project's day asked about ("the Contribfest session
 * hosted by…", asked who hosted Istio Day London), or says who chaired its conference: only for a question naming an
 * Istio Day and neither track (nor, for the chairs, the conference).
 */
export function otherSession(text: string, kinds: readonly EventKind[]): boolean {
  if (!kinds.includes('istio-day') || TRACKS.some((track) => kinds.includes(track.kind))) return false;
  return (!kinds.includes('kubecon') && chairsConference(text)) || TRACK_TRANSLATED.test(text) || TRACKS.some((track) => track.pattern.test(text));
}
