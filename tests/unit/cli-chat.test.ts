import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { Asker } from '../../src/app/index.js';
import { runChat } from '../../src/cli/chat.js';
import { createLogger } from '../../src/log/index.js';
import { fixtureService } from '../helpers/engine.js';
import { answer, talk } from '../helpers/answers.js';
import type { AnswerOptions, QueryService } from '../../src/answer/index.js';

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
    const third = text.indexOf('段落:');
    expect(first).toBeGreaterThanOrEqual(0);
    expect(second).toBeGreaterThan(first);
    expect(third).toBeGreaterThan(second);
  });
});

describe('the local chat pages like the bots', () => {
  it('"more" shows the next page of the last answer until its last talk, then says there is no more without searching "more"', async () => {
    const talks = Array.from({ length: 25 }, (_, index) => talk({ id: `t${index}`, title: `Talk ${String(index + 1).padStart(2, '0')}`, titles: {} }));
    const asked: Array<[string, AnswerOptions | undefined]> = [];
    const service: QueryService = {
      answer: (question, options) => {
        asked.push([question, options]);
        return question === 'more' ? answer({ query: 'more', results: [], total: 0 }) : answer({ intent: 'talks', query: question, results: [], talks });
      },
      eventNames: () => [],
    };
    const input = new PassThrough();
    const output = new PassThrough();
    let text = '';
    output.on('data', (chunk: Buffer) => (text += chunk.toString()));
    const done = runChat(new Asker({ service, logger: createLogger({ level: 'silent' }) }), { input, output });
    input.end('talks istio day\nmore\nmore\nmore\n');
    await done;
    expect(text.match(/Talk \d\d/g)).toEqual(talks.map((item) => item.title));
    expect(text).toContain('Showing 21–25 of 25');
    expect(text.split('Type "more" for the next page.')).toHaveLength(3);
    expect(text).toContain('No more results.');
    expect(asked.map(([question]) => question)).toEqual(['talks istio day', 'talks istio day', 'talks istio day']);
  });
});
