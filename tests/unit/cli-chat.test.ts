import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { Asker } from '../../src/app/index.js';
import { runChat } from '../../src/cli/chat.js';
import { createLogger } from '../../src/log/index.js';
import { fixtureService } from '../helpers/engine.js';

describe('the local chat', () => {
  it('answers piped lines one by one and ends at end of input', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let text = '';
    output.on('data', (chunk: Buffer) => (text += chunk.toString()));
    const asker = new Asker({ service: await fixtureService(), logger: createLogger({ level: 'silent' }) });
    const done = runChat(asker, { input, output });
    input.end('ambient waypoints\n\nxyzzy\n多集群\n');
    await done;
    const first = text.indexOf('Istio at KubeCon Europe 2031');
    const second = text.indexOf("No passages match 'xyzzy'. Try: ");
    const third = text.indexOf('第 1–');
    expect(first).toBeGreaterThanOrEqual(0);
    expect(second).toBeGreaterThan(first);
    expect(third).toBeGreaterThan(second);
  });
});
