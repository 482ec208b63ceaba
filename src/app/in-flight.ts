/**
 * Work under way (questions being answered, answers being sent), counted so that shutdown can wait
 * for it, up to a limit, before it disconnects. The Asker, each adapter and the bots' shutdown use
 * this one implementation.
 */
export class InFlight {
  readonly #work = new Set<Promise<unknown>>();

  /** How many tracked promises have not settled yet. */
  get size(): number {
    return this.#work.size;
  }

  /** Counts `work` until it settles and returns it unchanged (a rejection still reaches the caller). */
  track<T>(work: Promise<T>): Promise<T> {
    this.#work.add(work);
    const forget = (): void => {
      this.#work.delete(work);
    };
    work.then(forget, forget);
    return work;
  }

  /**
   * True once nothing is in flight, work tracked while waiting included; false when `timeoutMs`
   * passes first. Rejections count as settled: they are their owner's to report.
   */
  settled(timeoutMs: number): Promise<boolean> {
    return within(this.#idle(), timeoutMs);
  }

  async #idle(): Promise<void> {
    while (this.#work.size > 0) await Promise.allSettled(this.#work);
  }
}

/** Whether `work` settled (either way) within `ms`. It is not cancelled, only no longer waited for. */
export async function within(work: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([work.then(() => true, () => true), late]);
  } finally {
    clearTimeout(timer);
  }
}
