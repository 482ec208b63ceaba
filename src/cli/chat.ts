import { createInterface, type Interface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Asker } from '../app/index.js';
import { messages } from '../i18n/index.js';
import { askOptions, present, type PageRef } from '../present/index.js';
import { HISTORY_SIZE, readHistory, writeHistory } from './history.js';
import { renderPresentation } from './render.js';

export interface ChatOptions {
  input: Readable;
  output: Writable;
  /** A person at a terminal: line editing, a prompt, bold matches. Default false (piped lines). */
  interactive?: boolean;
  /** File of the line history (interactive only); unset: history for this session only. */
  historyFile?: string | undefined;
  /** Lines to show once, before the first prompt (a stale index). */
  notices?: readonly string[];
}

/** Words that end the chat; never searched, never logged. */
const LEAVE = new Set(['quit', 'exit', ':q', '退出']);
/** Words that show the next page of the last answer. */
const MORE = new Set(['more', 'next page', '下一页', '更多']);

/** What one line of the chat means. */
export type ChatCommand = { kind: 'leave' } | { kind: 'more' } | { kind: 'ask'; text: string } | { kind: 'nothing' };

export function chatCommand(line: string): ChatCommand {
  const text = line.trim();
  if (!text) return { kind: 'nothing' };
  const word = text.toLowerCase();
  if (LEAVE.has(word)) return { kind: 'leave' };
  if (MORE.has(word)) return { kind: 'more' };
  return { kind: 'ask', text };
}

/**
 * The local chat, a REPL: each line is a question, answered as the bots answer it; `more` (or
 * `下一页`) asks the last question again for the next page; `quit`, `exit` or Ctrl-D leave. At a
 * terminal it has line editing and a history kept in `historyFile`. Piped lines are answered one
 * by one and the program exits at the end of input.
 */
export async function runChat(asker: Asker, options: ChatOptions): Promise<void> {
  const interactive = options.interactive ?? false;
  const saved = interactive && options.historyFile ? readHistory(options.historyFile) : [];
  const lines: Interface = createInterface({
    input: options.input,
    output: interactive ? options.output : undefined,
    terminal: interactive,
    history: saved,
    historySize: HISTORY_SIZE,
    removeHistoryDuplicates: true,
    prompt: 'istio-events> ',
  });
  if (interactive && options.historyFile) {
    const file = options.historyFile;
    lines.on('history', (history: string[]) => writeHistory(file, history.filter((line) => chatCommand(line).kind === 'ask')));
  }
  const write = (text: string): void => void options.output.write(text);
  for (const notice of options.notices ?? []) write(`${notice}\n`);
  if (interactive) write(`${messages('en').helpTitle}. Type "help" for examples, "more" for the next page, "quit" or Ctrl-D to leave.\n`);
  // The next page of the last answer, as the bots' "More" button pages it (the present step decides what that is).
  let last: { text: string; more: PageRef } | undefined;
  if (interactive) lines.prompt();
  for await (const line of lines) {
    const command = chatCommand(line);
    if (command.kind === 'leave') break;
    if (command.kind === 'more' && !last) write(`${messages('en').noMore}\n\n`);
    const question = command.kind === 'ask' ? { text: command.text, page: undefined } : command.kind === 'more' && last ? { text: last.text, page: last.more } : undefined;
    if (question) {
      const reply = await asker.ask({ surface: 'cli', user: 'local', channel: 'terminal', text: question.text, options: askOptions(question.page) });
      last = undefined;
      let out = '';
      if (reply.kind === 'answer') {
        const shown = present(reply.answer, { page: question.page });
        out = renderPresentation(shown, { color: interactive, moreHint: messages(reply.answer.lang).moreHint });
        if (shown.more) last = { text: question.text, more: shown.more };
      } else if (reply.kind !== 'ignored') {
        out = messages(reply.lang)[reply.kind === 'error' ? 'error' : 'slowDown'];
      }
      write(`${out}\n\n`);
    }
    if (interactive) lines.prompt();
  }
  lines.close();
}
