import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Recorder } from './recorder.js';
import { readBody } from './web-api.js';

export interface Response {
  /** The id in the response_url the message was posted to. */
  id: string;
  body: Record<string, unknown>;
}

/**
 * Serves the `response_url`s a test hands out with its commands and actions, and records what the
 * app posts to them (Slack accepts JSON there: text, blocks, response_type, replace_original, …).
 */
export class ResponseUrlCatcher {
  readonly received = new Recorder<Response>();
  /** Milliseconds to wait before answering, to keep a delivery in flight. */
  delayMs = 0;
  #server: Server | undefined;

  url(id: string): string {
    const address = this.#server?.address() as AddressInfo | null;
    if (!address) throw new Error('response_url catcher not started');
    return `http://127.0.0.1:${address.port}/respond/${encodeURIComponent(id)}`;
  }

  async start(): Promise<void> {
    this.#server = createServer((request, response) => {
      void readBody(request).then(async (body) => {
        if (this.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.delayMs));
        const id = decodeURIComponent((request.url ?? '').replace(/^\/respond\//, ''));
        this.received.push({ id, body: JSON.parse(body) as Record<string, unknown> });
        response.writeHead(200, { 'content-type': 'text/plain' });
        response.end('ok');
      });
    });
    await new Promise<void>((resolve) => this.#server?.listen(0, '127.0.0.1', resolve));
  }

  /** What was posted to one response_url. */
  to(id: string): Record<string, unknown>[] {
    return this.received.items.filter((item) => item.id === id).map((item) => item.body);
  }

  async close(): Promise<void> {
    const server = this.#server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
