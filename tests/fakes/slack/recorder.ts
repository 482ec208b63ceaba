/** Things a fake received, in order, with a way to wait for the ones a test expects. */
export class Recorder<T> {
  readonly items: T[] = [];
  #waiters: Array<() => void> = [];

  push(item: T): void {
    this.items.push(item);
    for (const wake of this.#waiters.splice(0)) wake();
  }

  /** Resolves with the items once `count` of them match, or rejects after `timeoutMs`. */
  async waitFor(count: number, match: (item: T) => boolean = () => true, timeoutMs = 3_000): Promise<T[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.items.filter(match);
      if (found.length >= count) return found;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`waited ${timeoutMs} ms for ${count} item(s), got ${found.length}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.#waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Resolves once the first matching item arrives. */
  async next(match: (item: T) => boolean = () => true, timeoutMs = 3_000): Promise<T> {
    const [first] = await this.waitFor(1, match, timeoutMs);
    return first as T;
  }
}

/** Lets the event loop run long enough for a reply that should not come to have come. */
export function settle(ms = 300): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
