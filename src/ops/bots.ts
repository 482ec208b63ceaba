import { within, type Asker, type QueryLogSink } from '../app/index.js';
import { SHUTDOWN_GRACE_MS } from '../domain/index.js';
import { reasonOf } from '../errors/index.js';
import type { Logger } from '../log/index.js';
import { Health, serveHealth, type HealthServer } from './health.js';
import type { LiveIndex } from './live-index.js';

/** One chat platform, as the composition root sees it. */
export interface NamedSurface {
  /** `slack`, `discord`: the key in `/readyz`. */
  name: string;
  /** Connected (or listening) and taking questions once this resolves. */
  start(): Promise<void>;
  /** Takes no new questions, finishes delivering the answers under way, disconnects. */
  stop(): Promise<void>;
}

export interface BotsOptions {
  surfaces: readonly NamedSurface[];
  live: LiveIndex;
  asker: Pick<Asker, 'inFlight' | 'drain'>;
  queryLog: QueryLogSink;
  logger: Logger;
  /** What the health endpoints report; made here when absent. A surface serving them itself (the web) shares it. */
  health?: Health;
  /** Port of `/healthz` and `/readyz`; undefined: no health server. */
  healthPort?: number | undefined;
  /** Interface the health server listens on. Default: every interface. */
  healthHost?: string;
  /** Longest wait, at shutdown, for the questions in flight to be answered. Default `SHUTDOWN_GRACE_MS`. */
  drainMs?: number;
}

export interface RunningBots {
  readonly health: Health;
  /** Port of the health server, undefined when there is none. */
  readonly healthPort: number | undefined;
  /**
   * Shuts down in the order that loses nothing: not ready any more, no more index swaps, then each
   * adapter stops taking questions and finishes the answers under way (bounded by `drainMs`),
   * the query log is flushed and the health server closes. Resolves true when nothing was cut off.
   */
  stop(): Promise<boolean>;
}

/** Starts the health server, the index watch and every adapter; undoes what started when one fails. */
export async function startBots(options: BotsOptions): Promise<RunningBots> {
  const { surfaces, live, logger } = options;
  const drainMs = options.drainMs ?? SHUTDOWN_GRACE_MS;
  const health = options.health ?? new Health({ index: () => live.info });
  const server: HealthServer | undefined =
    options.healthPort === undefined
      ? undefined
      : await serveHealth(health, { port: options.healthPort, ...(options.healthHost ? { host: options.healthHost } : {}) });
  if (server) logger.info({ event: 'health_listening', port: server.port }, 'health endpoints on /healthz and /readyz');
  live.watch();

  const stopSurfaces = () =>
    Promise.all(
      surfaces.map(async (surface) => {
        health.setAdapter(surface.name, 'stopping');
        try {
          await surface.stop();
        } catch (error) {
          logger.error({ event: 'adapter_stop_failed', adapter: surface.name, reason: reasonOf(error) }, 'adapter did not stop cleanly');
        }
        health.setAdapter(surface.name, 'stopped');
      }),
    );

  for (const surface of surfaces) health.setAdapter(surface.name, 'starting');
  const started = await Promise.allSettled(
    surfaces.map(async (surface) => {
      await surface.start();
      health.setAdapter(surface.name, 'connected');
    }),
  );
  const failed = started.find((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
  if (failed) {
    live.close();
    await stopSurfaces();
    await server?.close();
    throw failed.reason;
  }

  let stopping: Promise<boolean> | undefined;
  return {
    health,
    healthPort: server?.port,
    stop() {
      stopping ??= (async () => {
        health.startDraining();
        live.close();
        const began = performance.now();
        const drained = await within(
          stopSurfaces().then(() => options.asker.drain(Math.max(0, drainMs - (performance.now() - began)))),
          drainMs,
        );
        if (!drained) logger.warn({ event: 'drain_timeout', drainMs, inFlight: options.asker.inFlight }, 'shutdown stopped waiting for answers in flight');
        await within(options.queryLog.flush(), 2_000);
        await server?.close();
        return drained;
      })();
      return stopping;
    },
  };
}
