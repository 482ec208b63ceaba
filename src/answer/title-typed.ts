/**
 * "envoy 原理介绍及线上问题采坑 幻灯片": a Chinese title typed whole, or a long piece of it, picks that talk among those the
 * topic word ("envoy") finds, where two talks' decks (the Envoy talk and "使用eBPF加速Istio/Envoy网络") would leave no line.
 * Pure.
 */
import type { Talk } from '../model/index.js';

/** Runs of Chinese characters. */
const HAN_RUNS = /\p{Script=Han}+/gu;

/** The shortest run that picks a talk by its title: shorter ones (演讲, 幻灯片) are words of any question. */
const PIECE = 4;

/** A talk's titles in lower case, without spaces. */
const titlesOf = (talk: Talk): string[] =>
  [talk.title, ...Object.values(talk.titles)].filter((title): title is string => typeof title === 'string').map((title) => title.toLowerCase().replace(/\s+/gu, ''));

/** The talks of `talks` a Chinese piece of whose title `text` types whole; all of them when it types none of theirs. */
export function typedTalks(text: string, talks: readonly Talk[]): readonly Talk[] {
  const pieces = (text.match(HAN_RUNS) ?? []).filter((piece) => piece.length >= PIECE);
  const typed = pieces.length ? talks.filter((talk) => titlesOf(talk).some((title) => pieces.some((piece) => title.includes(piece)))) : [];
  return typed.length ? typed : talks;
}
