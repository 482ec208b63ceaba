/**
 * "slides for the ambient scale talk in chicago": the talk's passage ranks first, but it links no deck of its own;
 * its event's post says where every session's slides are ("The slides of every session are on the Istio Day NA 2023
 * schedule"). That passage is shown first, so the page the decks are on is the first link a user sees; the talk's
 * own passage follows it.
 */
import { colocatedNames, saysSlidesOnSchedule } from '../domain/index.js';
import type { Ranked, RankedPassages } from '../find/index.js';
import type { Passage } from '../model/index.js';
import type { Question } from '../understand/index.js';
import type { Lead } from './page.js';
import type { Programme } from './programme.js';
import { titledWith } from './titled-first.js';

/** How far down the ranking the passage of the talk a slides question titles is looked for. */
const MEANT_DEPTH = 3;

/** Whether a passage gives a deck, its own or the page that holds them all. */
const givesDeck = (passage: Passage): boolean => passage.links.slides.length > 0 || saysSlidesOnSchedule(passage.text, passage.links);

/** For a slides question whose first passage gives no deck: its event's passage that says where the slides are, in the question's language. */
export function deckPageFirst(question: Question, ranked: RankedPassages, passages: readonly Passage[], programme: Programme): Pick<Lead, 'first'> | undefined {
  if (question.ask !== 'slides') return undefined;
  // "huawei ebpf data plane slides": another talk's deck (the Beijing meetup's eBPF talk) may rank above the passage of the
  // talk whose title holds every word asked; that passage is the one meant.
  const words = question.words.groups.map((group) => group.alternatives);
  const head = ranked.slice(0, MEANT_DEPTH);
  const titled = (passage: Passage) => (words.length ? programme.told(passage).find((talk) => titledWith(talk, words)) : undefined);
  const meant = head.find(({ passage }) => titled(passage) !== undefined);
  const top = meant ?? head[0];
  const event = top?.passage.event;
  if (!top || !event || givesDeck(top.passage)) return undefined;
  // "k8gb ingress talk ppt": a KubeCon session told in an Istio Day's post has a schedule page of its own, where its deck
  // would be; the page the post says holds every Istio Day session's slides is not its.
  if (meant && titled(meant.passage)?.schedule) return undefined;
  const names = new Set([event, ...colocatedNames(event)]);
  const says = (passage: Passage): boolean => passage.lang === question.lang && passage.event !== null && names.has(passage.event) && saysSlidesOnSchedule(passage.text, passage.links);
  const passage = passages.find(says);
  const first: Ranked | undefined = passage ? { passage, score: top.score, terms: () => [] } : undefined;
  return first ? { first } : undefined;
}
