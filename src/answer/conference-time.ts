/**
 * "was there an istio day at the last kubecon eu", "最近一次 kubecon 上的 contribfest": a time word said of the KubeCon a
 * narrower kind is held at picks that KubeCon, not the latest of the narrower kind ("the last istio day at kubecon eu"
 * picks the latest Istio Day). Pure.
 */
import { KIND_NAMES, type Region } from '../domain/index.js';
import { timeOf, type Question } from '../understand/index.js';
import type { Calendar } from './calendar.js';

const KUBECON = KIND_NAMES.find(({ kind }) => kind === 'kubecon');

/**
 * The year of the latest KubeCon (of `region` when named) when the question names a narrower kind held at one and says
 * "the latest" of the KubeCon: the time word stands between the narrower kind and the KubeCon, or before both with the
 * KubeCon first ("上一届 kubecon 欧洲站有 istio day 吗"). Null otherwise.
 */
export function conferenceYear(question: Question, calendar: Calendar, region: Region | null, now: Date): number | null {
  const [kind, conference, third] = question.entities.kinds;
  if (question.time !== 'latest' || conference !== 'kubecon' || third || !kind || !KUBECON) return null;
  const { rest } = question;
  const at = rest.search(KUBECON.pattern);
  const narrower = KIND_NAMES.find((entry) => entry.kind === kind)?.pattern.exec(rest);
  if (at < 0 || !narrower) return null;
  // Only the words just before the KubeCon: from the narrower kind when it comes first, else from the start.
  const before = narrower.index < at ? rest.slice(narrower.index + narrower[0].length, at) : rest.slice(0, at);
  if (timeOf(before) !== 'latest') return null;
  const [latest] = calendar.begun(calendar.ofKind('kubecon', region, question.lang), now);
  return latest?.start ? Number(latest.start.slice(0, 4)) : null;
}
