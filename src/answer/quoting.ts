/**
 * The order a line reads passages in to quote a fact: the istio.io originals before the project's summaries, each kept in
 * ranking order, so that the line says a fact as the source post people read writes it (see `originalsFirst`).
 */
import { originalsFirst } from '../domain/index.js';
import type { Ranked } from '../find/index.js';

export const quotingOrder = <T extends { passage: Ranked['passage'] }>(head: readonly T[]): T[] => originalsFirst(head, ({ passage }) => passage.postId);
