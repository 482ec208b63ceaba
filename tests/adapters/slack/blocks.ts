import type { types } from '@slack/bolt';
import type { SlackMessage } from '../../../src/adapters/slack/render.js';

type Block = types.KnownBlock;

/** Every mrkdwn/plain text in a message's blocks, in order. */
export function textsOf(blocks: readonly Block[]): string[] {
  const texts: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if ((record['type'] === 'mrkdwn' || record['type'] === 'plain_text') && typeof record['text'] === 'string') {
        texts.push(record['text']);
      }
      Object.values(record).forEach(visit);
    }
  };
  visit(blocks);
  return texts;
}

/** All the words of a message as one string, for "contains" checks. */
export function allText(message: SlackMessage | { text?: unknown; blocks?: unknown }): string {
  return [typeof message.text === 'string' ? message.text : '', ...textsOf((message.blocks ?? []) as Block[])].join('\n');
}

export interface ButtonInfo {
  action_id: string;
  text: string;
  value: string;
}

/** The buttons of a message's actions blocks. */
export function buttonsOf(blocks: readonly unknown[] | undefined): ButtonInfo[] {
  return (blocks ?? [])
    .filter((block): block is types.ActionsBlock => (block as Block).type === 'actions')
    .flatMap((block) => block.elements)
    .filter((element): element is types.Button => element.type === 'button')
    .map((element) => ({ action_id: element.action_id ?? '', text: element.text.text, value: element.value ?? '' }));
}

/** The one button with this action id; throws when absent so a test fails with a clear reason. */
export function buttonOf(blocks: readonly unknown[] | undefined, actionId: string): ButtonInfo {
  const found = buttonsOf(blocks).find((button) => button.action_id === actionId);
  if (!found) throw new Error(`no button ${actionId}`);
  return found;
}
