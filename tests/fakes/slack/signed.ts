import { createHmac } from 'node:crypto';

export interface SignOptions {
  /** Unix seconds the request claims to be from. Default: now. */
  timestamp?: number;
  /** Sign with this secret instead of the right one. */
  secret?: string;
  /** Sent as `x-slack-retry-num`, as Slack does when it re-sends an event. */
  retryNum?: number;
}

export interface SentRequest {
  status: number;
  body: string;
  /** Milliseconds from sending to the end of the response. */
  ms: number;
}

/**
 * Sends requests to the app's `/slack/events` signed exactly as Slack signs them:
 * `v0=` + hex HMAC-SHA256 of `v0:<timestamp>:<raw body>` with the signing secret.
 */
export class SignedSender {
  constructor(
    private readonly endpoint: string,
    private readonly secret: string,
  ) {}

  /** A slash command: a form body, as Slack posts it. */
  command(fields: Record<string, string>, options: SignOptions = {}): Promise<SentRequest> {
    return this.#send(new URLSearchParams(fields).toString(), 'application/x-www-form-urlencoded', options);
  }

  /** An Events API callback: a JSON body. */
  event(body: Record<string, unknown>, options: SignOptions = {}): Promise<SentRequest> {
    return this.#send(JSON.stringify(body), 'application/json', options);
  }

  /** A block action: the JSON payload in a form field named `payload`. */
  action(payload: Record<string, unknown>, options: SignOptions = {}): Promise<SentRequest> {
    return this.#send(new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), 'application/x-www-form-urlencoded', options);
  }

  async #send(body: string, contentType: string, options: SignOptions): Promise<SentRequest> {
    const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
    const signature = createHmac('sha256', options.secret ?? this.secret).update(`v0:${timestamp}:${body}`).digest('hex');
    const headers: Record<string, string> = {
      // Exactly this content type: Bolt refuses a `; charset=…` suffix on forms.
      'content-type': contentType,
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': `v0=${signature}`,
    };
    if (options.retryNum !== undefined) {
      headers['x-slack-retry-num'] = String(options.retryNum);
      headers['x-slack-retry-reason'] = 'http_timeout';
    }
    const started = performance.now();
    const response = await fetch(this.endpoint, { method: 'POST', headers, body });
    const text = await response.text();
    return { status: response.status, body: text, ms: performance.now() - started };
  }
}
