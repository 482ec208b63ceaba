import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Asker } from '../app/index.js';
import { messages } from '../i18n/index.js';
import { askOptions, present, type PageRef } from '../present/index.js';
import { renderPresentation } from './render.js';

export interface ChatOptions {
  input: Readable;
  output: Writable;
  /** Show a prompt and bold matches (an interactive terminal). Default false. */
  interactive?: boolean;
}

/** What the chat's "more" asks for: the next page of the last answer. */
const MORE = /^(more|更多)$/i;

/**
 * The local chat: each line is a question, answered as the bots answer it; "more" shows the next
 * page of the last answer, as the bots' "More" button does. Ends at end of input, so piped questions
 * are answered one by one and the program exits.
 */
export async function runChat(asker: Asker, options: ChatOptions): Promise<void> {
  const interactive = options.interactive ?? false;
  const lines = createInterface({ input: options.input, terminal: false });
  const prompt = (): void => {
    if (interactive) options.output.write('istio-events> ');
  };
  let last: { text: string; more: PageRef } | null = null;
  if (interactive) options.output.write(`${messages('en').helpTitle}. Type "help" for examples, Ctrl-D to quit.\n`);
  prompt();
  for await (const line of lines) {
    if (line.trim()) {
      const previous: { text: string; more: PageRef } | null = MORE.test(line.trim()) ? last : null;
      const page = previous?.more;
      const text: string = previous ? previous.text : line;
      const reply = await asker.ask({ surface: 'cli', user: 'local', channel: 'terminal', text, options: askOptions(page) });
      let out = '';
      last = null;
      if (reply.kind === 'answer') {
        const shown = present(reply.answer, { page });
        out = renderPresentation(shown, { color: interactive, moreHint: messages(reply.answer.lang).moreHint });
        if (shown.more) last = { text, more: shown.more };
      } else if (reply.kind !== 'ignored') {
        out = messages(reply.lang)[reply.kind === 'error' ? 'error' : 'slowDown'];
      }
      options.output.write(`${out}\n\n`);
    }
    prompt();
  }
}
