import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { Asker, MemoryQueryLog } from '../../src/app/index.js';
import { chatCommand, runChat } from '../../src/cli/chat.js';
import { readHistory, writeHistory } from '../../src/cli/history.js';
import { stateDir } from '../../src/cli/state.js';
import { PAGE_SIZE } from '../../src/domain/index.js';
import { createLogger } from '../../src/log/index.js';
import { fixtureService } from '../helpers/engine.js';

let folders: string[] = [];
afterEach(async () => {
  for (const folder of folders) await rm(folder, { recursive: true, force: true });
  folders = [];
});

async function chat(lines: string) {
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.on('data', (chunk: Buffer) => (text += chunk.toString()));
  const queryLog = new MemoryQueryLog();
  const asked: string[] = [];
  const service = await fixtureService();
  const spy = { answer: (question: string, options?: Parameters<typeof service.answer>[1]) => (asked.push(`${question}@${options?.offset ?? 0}`), service.answer(question, options)), eventNames: () => service.eventNames() };
  const asker = new Asker({ service: spy, logger: createLogger({ level: 'silent' }), queryLog });
  const done = runChat(asker, { input, output });
  input.end(lines);
  await done;
  return { text, asked, queryLog };
}

describe('the local chat as a REPL', () => {
  it('"more" and "下一页" ask the last question again for the next page, PAGE_SIZE further, until none is left', async () => {
    // The fixture content has 4 passages about istio: two pages; past the last one nothing is asked.
    const { text, asked } = await chat('istio\nmore\n下一页\nmore\n');
    expect(asked).toEqual(['istio@0', `istio@${PAGE_SIZE}`]);
    expect(text).toContain(`Showing ${PAGE_SIZE + 1}–4 of 4`);
    expect(text.match(/No more results\./g)).toHaveLength(2);
  });

  it('says there is nothing more before any question', async () => {
    const { text, asked } = await chat('more\n');
    expect(text).toBe('No more results.\n\n');
    expect(asked).toEqual([]);
  });

  it('quit and exit leave at once: never searched, never logged as unanswered', async () => {
    for (const word of ['quit', 'exit', 'QUIT ']) {
      const { asked, queryLog } = await chat(`${word}\nambient\n`);
      expect(asked).toEqual([]);
      expect(queryLog.entries).toEqual([]);
    }
    expect(chatCommand('quit the mesh')).toEqual({ kind: 'ask', text: 'quit the mesh' });
  });
});

describe('the chat history file', () => {
  it('lives in the XDG state directory, keeps questions in order and is readable by its owner only', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'istio-events-history-'));
    folders.push(folder);
    expect(stateDir({ XDG_STATE_HOME: folder })).toBe(join(folder, 'istio-events'));
    expect(stateDir({ HOME: '/home/x' })).toMatch(/\.local\/state\/istio-events$/);
    const file = join(stateDir({ XDG_STATE_HOME: folder }), 'history');
    expect(readHistory(file)).toEqual([]);
    writeHistory(file, ['newest', 'older', 'oldest']);
    expect(await readFile(file, 'utf8')).toBe('oldest\nolder\nnewest\n');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(readHistory(file)).toEqual(['newest', 'older', 'oldest']);
  });
});
