import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { textOf } from '../ws-text.js';
import { Recorder } from './recorder.js';

export interface Ack {
  envelope_id: string;
  payload?: Record<string, unknown>;
}

/**
 * A fake Socket Mode endpoint on loopback: the URL `apps.connections.open` hands out. It greets
 * each client with `hello`, delivers envelopes and records the acknowledgements that come back.
 */
export class FakeSocketMode {
  readonly acks = new Recorder<Ack>();
  readonly connected = new Recorder<WebSocket>();
  #server: WebSocketServer | undefined;

  get url(): string {
    const address = this.#server?.address() as AddressInfo | null;
    if (!address) throw new Error('fake Socket Mode server not started');
    return `ws://127.0.0.1:${address.port}/link`;
  }

  async start(): Promise<void> {
    const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    this.#server = server;
    server.on('connection', (socket) => {
      socket.on('message', (data) => {
        const message = JSON.parse(textOf(data)) as Ack;
        if (typeof message.envelope_id === 'string') this.acks.push(message);
      });
      socket.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A0APP' } }));
      this.connected.push(socket);
    });
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  }

  /** Sends one envelope to the connected client; resolves with its envelope id. */
  deliver(type: 'slash_commands' | 'events_api' | 'interactive', payload: Record<string, unknown>): string {
    const socket = this.connected.items.at(-1);
    if (!socket) throw new Error('no Socket Mode client connected');
    const envelopeId = randomUUID();
    socket.send(JSON.stringify({ envelope_id: envelopeId, type, payload, accepts_response_payload: type !== 'events_api', retry_attempt: 0 }));
    return envelopeId;
  }

  /** Closes the server once every client has closed its side (the adapter's stop() does that). */
  async close(): Promise<void> {
    const server = this.#server;
    if (!server) return;
    for (const socket of server.clients) socket.terminate();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
