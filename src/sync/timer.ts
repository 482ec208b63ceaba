import type { Config, SyncConfig } from '../config/index.js';
import { reasonOf } from '../errors/index.js';
import type { Logger } from '../log/index.js';
import { syncOnce } from './sync.js';

/**
 * Syncs now and then every `intervalMs` inside a running bot. A sync that fails is logged and
 * tried again at the next tick: the index serving now keeps serving. Ticks never overlap, and the
 * timer never keeps the process alive.
 */
export function startSyncTimer(config: Config, sync: SyncConfig & { intervalMs: number }, logger: Logger): { stop(): void } {
  let busy = false;
  const tick = (): void => {
    if (busy) return;
    busy = true;
    const started = performance.now();
    void syncOnce(config, sync)
      .then(
        (result) => {
          const line = { event: 'sync_done', outcome: result.outcome, commit: result.commit.slice(0, 12), ms: Math.round(performance.now() - started) };
          // Quiet by default: an unchanged remote is the usual case, worth a line only when debugging.
          if (result.outcome === 'reindexed') logger.info(line, 'content changed; new index written');
          else logger.debug(line, 'content unchanged');
        },
        (error: unknown) => logger.error({ event: 'sync_failed', reason: reasonOf(error) }, 'sync failed; the current index keeps serving'),
      )
      .finally(() => {
        busy = false;
      });
  };
  tick();
  const timer = setInterval(tick, sync.intervalMs).unref();
  return {
    // A sync under way is not awaited: its index write is atomic, so stopping half-way loses nothing.
    stop() {
      clearInterval(timer);
    },
  };
}
