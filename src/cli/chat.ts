import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Asker } from '../app/index.js';
import { messages } from '../i18n/index.js';
import { renderAnswer } from './render.js';

export interface ChatOptions {
  input: Readable;
  output: Writable;
  /** Show a prompt and bold matches (an interactive terminal). Default false. */
  interactive?: boolean;
}

/**
 * The local chat: each line is a question, answered as the bots answer it. Ends at end of input,
 * so piped questions are answered one by one and the program exits.
 */
export async function runChat(asker: Asker, options: ChatOptions): Promise<void> {
  const interactive = options.interactive ?? false;
  const lines = createInterface({ input: options.input, terminal: false });
  const prompt = (): void => {
    if (interactive) options.output.write('istio-events> ');
  };
  if (interactive) options.output.write(`${messages('en').helpTitle}. Type "help" for examples, Ctrl-D to quit.\n`);
  prompt();
  for await (const line of lines) {
    if (line.trim()) {
      const reply = await asker.ask({ surface: 'cli', user: 'local', channel: 'terminal', text: line });
      const text =
        reply.kind === 'answer'
          ? renderAnswer(reply.answer, { color: interactive })
          : reply.kind === 'error'
            ? messages(reply.lang).error
            : reply.kind === 'slow-down'
              ? messages(reply.lang).slowDown
              : '';
      options.output.write(`${text}\n\n`);
    }
    prompt();
  }
}
