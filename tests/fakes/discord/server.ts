import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { textOf } from '../ws-text.js';
import { APPLICATION_ID, BOT, guildCreate, sentMessage } from './payloads.js';

/** One REST call the bot made, as Discord would receive it. */
export interface RecordedRequest {
  method: string;
  /** Path below `/api/v10`, URL-decoded (`/webhooks/…/messages/@original`). */
  path: string;
  query: URLSearchParams;
  body: any;
  authorization: string | undefined;
}

interface Waiter {
  predicate: (request: RecordedRequest) => boolean;
  resolve: (request: RecordedRequest) => void;
}

const HEARTBEAT_INTERVAL = 41_250;
const SESSION_ID = 'fake-session';

/**
 * One gateway session: a client that identified, on its current socket. Discord sends every
 * event to every session of the bot, so two instances logged in with one token both receive it.
 */
interface Session {
  id: string;
  socket: WebSocket;
  live: boolean;
  sequence: number;
  /** Dispatches held back while the client was away, replayed when it resumes. */
  missed: Array<{ t: string; d: unknown }>;
}

/**
 * A fake Discord on loopback: the REST API under `/api`, and a gateway WebSocket that `GET
 * /gateway/bot` points the client at. It records every REST call, answers the ones the bot makes,
 * and lets a test dispatch gateway events, drop the connection and watch the client come back.
 */
export class FakeDiscord {
  readonly requests: RecordedRequest[] = [];
  /** When set, answers every REST call instead of the usual replies: for refusals and outages. */
  override: ((request: RecordedRequest) => [status: number, body: unknown]) | undefined;
  /** IDENTIFY (op 2) and RESUME (op 6) payloads, in order: how the client (re)connected. */
  readonly sessions: Array<{ op: 2 | 6; d: any }> = [];
  readonly #server: Server;
  readonly #gateway: WebSocketServer;
  readonly #waiters: Waiter[] = [];
  readonly #sessions = new Map<string, Session>();

  private constructor(server: Server) {
    this.#server = server;
    this.#gateway = new WebSocketServer({ server, path: '/gateway' });
    this.#gateway.on('connection', (socket) => this.#onConnection(socket));
    server.on('request', (request, response) => void this.#onRequest(request, response));
  }

  static async start(): Promise<FakeDiscord> {
    const server = createServer();
    const fake = new FakeDiscord(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  get #origin(): string {
    const { port } = this.#server.address() as AddressInfo;
    return `127.0.0.1:${port}`;
  }

  /** The REST base to give the bot as DISCORD_API_URL. */
  get apiUrl(): string {
    return `http://${this.#origin}/api`;
  }

  /**
   * Sends a gateway dispatch to every session. While a client is disconnected it is held back and
   * replayed after the client resumes, as Discord does.
   */
  dispatch(t: string, d: unknown): void {
    for (const session of this.#sessions.values()) this.#dispatchTo(session, t, d);
  }

  /** Closes every gateway connection from the server side with `code`. */
  drop(code: number): void {
    for (const session of this.#sessions.values()) {
      session.live = false;
      session.socket.close(code, 'fake drop');
    }
  }

  /** Resolves with the first recorded request (past or future) that matches, or rejects after `timeoutMs`. */
  waitForRequest(predicate: (request: RecordedRequest) => boolean, timeoutMs = 5000): Promise<RecordedRequest> {
    const seen = this.requests.find(predicate);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        predicate,
        resolve: (request) => {
          clearTimeout(timer);
          resolve(request);
        },
      };
      const timer = setTimeout(() => {
        this.#waiters.splice(this.#waiters.indexOf(waiter), 1);
        reject(new Error(`no matching request within ${timeoutMs} ms; got: ${this.requests.map((r) => `${r.method} ${r.path}`).join(', ')}`));
      }, timeoutMs);
      this.#waiters.push(waiter);
    });
  }

  /** Resolves when clients have identified or resumed `count` times in all and every session is connected. */
  async waitForSessions(count: number, timeoutMs = 5000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.sessions.length < count || [...this.#sessions.values()].some((session) => !session.live)) {
      if (Date.now() > deadline) throw new Error(`client did not (re)connect: ${this.sessions.length} session(s)`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  async close(): Promise<void> {
    for (const client of this.#gateway.clients) client.terminate();
    await new Promise<void>((resolve) => this.#gateway.close(() => resolve()));
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  #dispatchTo(session: Session, t: string, d: unknown): void {
    if (!session.live || session.socket.readyState !== session.socket.OPEN) {
      session.missed.push({ t, d });
      return;
    }
    session.socket.send(JSON.stringify({ op: 0, t, s: ++session.sequence, d }));
  }

  #onConnection(socket: WebSocket): void {
    socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: HEARTBEAT_INTERVAL } }));
    socket.on('message', (raw) => {
      const payload = JSON.parse(textOf(raw)) as { op: number; d: any };
      if (payload.op === 1) socket.send(JSON.stringify({ op: 11 }));
      if (payload.op === 2) this.#onIdentify(socket, payload.d);
      if (payload.op === 6) this.#onResume(socket, payload.d);
    });
    // A client that went away for good (destroyed, killed) no longer receives anything.
    socket.on('close', () => {
      for (const [id, session] of this.#sessions) if (session.socket === socket && session.live) this.#sessions.delete(id);
    });
  }

  #onIdentify(socket: WebSocket, d: unknown): void {
    this.sessions.push({ op: 2, d });
    const count = this.sessions.filter((session) => session.op === 2).length;
    const session: Session = { id: count === 1 ? SESSION_ID : `${SESSION_ID}-${count}`, socket, live: true, sequence: 0, missed: [] };
    this.#sessions.set(session.id, session);
    this.#dispatchTo(session, 'READY', {
      v: 10,
      user: BOT,
      guilds: [{ id: guildCreate().id, unavailable: true }],
      session_id: session.id,
      resume_gateway_url: `ws://${this.#origin}/gateway`,
      shard: [0, 1],
      application: { id: APPLICATION_ID, flags: 0 },
    });
    this.#dispatchTo(session, 'GUILD_CREATE', guildCreate());
  }

  #onResume(socket: WebSocket, d: { session_id?: string }): void {
    this.sessions.push({ op: 6, d });
    const session = this.#sessions.get(d.session_id ?? '');
    if (!session) {
      // Invalid session, not resumable: the client identifies anew.
      socket.send(JSON.stringify({ op: 9, d: false }));
      return;
    }
    session.socket = socket;
    session.live = true;
    for (const { t, d: data } of session.missed.splice(0)) this.#dispatchTo(session, t, data);
    this.#dispatchTo(session, 'RESUMED', {});
  }

  async #onRequest(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(request.url ?? '/', `http://${this.#origin}`);
    const recorded: RecordedRequest = {
      method: request.method ?? 'GET',
      path: decodeURIComponent(url.pathname.replace(/^\/api\/v10/, '')),
      query: url.searchParams,
      body: raw && request.headers['content-type']?.startsWith('application/json') ? JSON.parse(raw) : raw,
      authorization: request.headers.authorization,
    };
    this.requests.push(recorded);
    const [status, body] = this.override?.(recorded) ?? this.#answer(recorded);
    // A 204 has no body, so it must not claim to be JSON: discord.js would try to parse it.
    response.writeHead(status, body === undefined ? {} : { 'content-type': 'application/json' });
    response.end(body === undefined ? undefined : JSON.stringify(body));
    for (const waiter of this.#waiters.filter((candidate) => candidate.predicate(recorded))) {
      this.#waiters.splice(this.#waiters.indexOf(waiter), 1);
      waiter.resolve(recorded);
    }
  }

  #answer({ method, path, body }: RecordedRequest): [number, unknown] {
    if (method === 'GET' && path === '/gateway/bot') {
      return [200, { url: `ws://${this.#origin}/gateway`, shards: 1, session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 } }];
    }
    if (method === 'POST' && /^\/interactions\/\d+\/[^/]+\/callback$/.test(path)) return [204, undefined];
    const webhook = /^\/webhooks\/\d+\/[^/]+(\/messages\/@original)?$/.exec(path);
    if (webhook && method === 'DELETE') return [204, undefined];
    if (webhook) return [200, sentMessage(body)];
    const channel = /^\/channels\/(\d+)\/messages$/.exec(path);
    if (channel && method === 'POST') return [200, sentMessage(body, channel[1])];
    if (method === 'PUT' && /^\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(path)) {
      const commands = body as Array<Record<string, unknown>>;
      return [200, commands.map((command, index) => ({ id: String(900_000_000_000_000_000n + BigInt(index)), application_id: APPLICATION_ID, version: '1', ...command }))];
    }
    return [404, { message: '404: Not Found', code: 0 }];
  }
}
