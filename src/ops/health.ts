import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { IndexInfo } from './live-index.js';

export type AdapterState = 'starting' | 'connected' | 'stopping' | 'stopped';

/** `GET /healthz`: the process is up and its event loop answers. */
export interface Liveness {
  status: 'ok';
  uptimeSeconds: number;
}

/** `GET /readyz`: whether questions can be answered now, and with which index. */
export interface Readiness {
  ready: boolean;
  /** Why not, when not ready: draining, an adapter not connected, no index. */
  reasons: string[];
  uptimeSeconds: number;
  index: IndexInfo | null;
  adapters: Record<string, AdapterState>;
}

export interface HealthOptions {
  /** The index being served, or null when there is none. */
  index: () => IndexInfo | null;
  /** Milliseconds since an arbitrary origin, for uptime. Default `performance.now`. */
  clock?: () => number;
}

/** What the health endpoints report: the adapters' states, shutdown, and the index served. */
export class Health {
  readonly #options: HealthOptions;
  readonly #clock: () => number;
  readonly #startedAt: number;
  readonly #adapters = new Map<string, AdapterState>();
  #draining = false;

  constructor(options: HealthOptions) {
    this.#options = options;
    this.#clock = options.clock ?? (() => performance.now());
    this.#startedAt = this.#clock();
  }

  setAdapter(name: string, state: AdapterState): void {
    this.#adapters.set(name, state);
  }

  /** Shutdown began: not ready any more, so a load balancer sends no new work. */
  startDraining(): void {
    this.#draining = true;
  }

  liveness(): Liveness {
    return { status: 'ok', uptimeSeconds: this.#uptime() };
  }

  readiness(): Readiness {
    const index = this.#options.index();
    const reasons: string[] = [];
    if (this.#draining) reasons.push('shutting down');
    if (!index) reasons.push('no index loaded');
    if (this.#adapters.size === 0) reasons.push('no adapter configured');
    for (const [name, state] of this.#adapters) if (state !== 'connected') reasons.push(`${name} is ${state}`);
    return { ready: reasons.length === 0, reasons, uptimeSeconds: this.#uptime(), index, adapters: Object.fromEntries(this.#adapters) };
  }

  #uptime(): number {
    return Math.round((this.#clock() - this.#startedAt) / 100) / 10;
  }
}

export interface HealthServer {
  /** The port listened on (the real one when asked for port 0). */
  readonly port: number;
  close(): Promise<void>;
}

export interface HealthServerOptions {
  port: number;
  /** Interface to listen on. Default: every interface, so an orchestrator's probes reach it. */
  host?: string;
}

/** Serves `/healthz` (200 while the process runs) and `/readyz` (200 when ready, else 503) as JSON. */
export async function serveHealth(health: Health, options: HealthServerOptions): Promise<HealthServer> {
  const server = createServer((request, response) => respond(health, request, response));
  // Probes open a connection each; none should hold shutdown up.
  server.keepAliveTimeout = 1_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () => close(server),
  };
}

function respond(health: Health, request: IncomingMessage, response: ServerResponse): void {
  const path = (request.url ?? '/').split('?')[0];
  if (path !== '/healthz' && path !== '/readyz') return send(response, request, 404, { error: 'not found' });
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.setHeader('allow', 'GET, HEAD');
    return send(response, request, 405, { error: 'method not allowed' });
  }
  if (path === '/healthz') return send(response, request, 200, health.liveness());
  const readiness = health.readiness();
  send(response, request, readiness.ready ? 200 : 503, readiness);
}

function send(response: ServerResponse, request: IncomingMessage, status: number, body: object): void {
  const text = `${JSON.stringify(body)}\n`;
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'content-length': Buffer.byteLength(text) });
  response.end(request.method === 'HEAD' ? undefined : text);
}

function close(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeIdleConnections();
  });
}
