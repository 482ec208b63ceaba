import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Recorder } from './recorder.js';

export interface WebApiCall {
  method: string;
  /** Form fields, with JSON fields (blocks, …) parsed. */
  args: Record<string, unknown>;
  authorization: string | undefined;
}

export const BOT_USER_ID = 'UBOT';
const BOT_ID = 'BBOT';
export const TEAM_ID = 'T0TEAM';

/**
 * A fake Slack Web API on loopback: form-encoded POSTs to `/api/<method>`, JSON replies with
 * `ok: true`. It answers the calls Bolt and our adapter make; a method listed in `failing` answers
 * `ok: false` so a test can see how a refused token or a failed delivery is handled.
 */
export class FakeWebApi {
  readonly calls = new Recorder<WebApiCall>();
  /** What `apps.connections.open` hands out (Socket Mode). */
  socketUrl: string | undefined;
  /** Methods the fake refuses, with the `error` it gives (`invalid_auth`, `channel_not_found`, …). */
  readonly failing = new Map<string, string>();
  #server: Server | undefined;
  #ts = 1_700_000_000;

  get url(): string {
    const address = this.#server?.address() as AddressInfo | null;
    if (!address) throw new Error('fake Web API not started');
    return `http://127.0.0.1:${address.port}/api/`;
  }

  async start(): Promise<void> {
    this.#server = createServer((request, response) => {
      void readBody(request).then((body) => {
        const method = (request.url ?? '').replace(/^\/api\//, '').split('?')[0] ?? '';
        const args = parseForm(body, request.headers['content-type']);
        this.calls.push({ method, args, authorization: request.headers.authorization });
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify(this.#reply(method, args)));
      });
    });
    await new Promise<void>((resolve) => this.#server?.listen(0, '127.0.0.1', resolve));
  }

  async close(): Promise<void> {
    const server = this.#server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Calls of one method so far. */
  of(method: string): WebApiCall[] {
    return this.calls.items.filter((call) => call.method === method);
  }

  #reply(method: string, args: Record<string, unknown>): Record<string, unknown> {
    const error = this.failing.get(method);
    if (error !== undefined) return { ok: false, error };
    switch (method) {
      case 'auth.test':
        return { ok: true, url: 'https://example.slack.com/', team: 'Test', user: 'istio-events', team_id: TEAM_ID, user_id: BOT_USER_ID, bot_id: BOT_ID };
      case 'apps.connections.open':
        return this.socketUrl ? { ok: true, url: this.socketUrl } : { ok: false, error: 'invalid_auth' };
      case 'chat.postMessage':
        this.#ts += 1;
        return { ok: true, channel: args['channel'], ts: `${this.#ts}.000100`, message: { text: args['text'] } };
      case 'chat.postEphemeral':
        this.#ts += 1;
        return { ok: true, message_ts: `${this.#ts}.000100` };
      default:
        return { ok: true };
    }
  }
}

export async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Fields the Web API client sends as JSON inside the form. */
const JSON_FIELDS = new Set(['blocks', 'attachments', 'metadata']);

function parseForm(body: string, contentType: string | undefined): Record<string, unknown> {
  if (contentType?.includes('application/json')) return JSON.parse(body || '{}') as Record<string, unknown>;
  const args: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(body)) {
    args[key] = JSON_FIELDS.has(key) ? JSON.parse(value) : value;
  }
  return args;
}
