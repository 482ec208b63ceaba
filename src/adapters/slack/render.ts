import type { types } from '@slack/bolt';
import type { Answer } from '../../answer/index.js';
import { messages, type Messages } from '../../i18n/index.js';
import { present, type Item, type Link, type ListSection, type PageRef, type Presentation, type Section } from '../../present/index.js';
import { clipEscaped, escapeMrkdwn, link, linkTarget, shorten } from './escape.js';
import { markedSnippet } from './snippet.js';
import { encodeValue, valueOf } from './values.js';

type Block = types.KnownBlock;
type Button = types.Button;

/** What Slack receives for one reply: `text` is the notification and screen-reader fallback. */
export interface SlackMessage {
  text: string;
  blocks?: Block[];
}

export interface RenderOptions {
  /** Offer "Share in channel": true only when the message is seen by the asker alone. */
  share: boolean;
  /** "Today", for the days until an event. Default: the current date. */
  now?: Date;
  /** The page asked for (a "More" click). Default: the first. */
  page?: PageRef | undefined;
}

/** The `action_id` of each button we render; handlers.ts routes on these. */
export const ACTIONS = {
  more: 'more_results',
  share: 'share_answer',
  up: 'feedback_up',
  down: 'feedback_down',
} as const;

/** Slack's limits for one message; the renderer stays within them whatever the content. */
export const LIMITS = {
  blocks: 50,
  sectionText: 3000,
  /** Slack cuts messages longer than about this many characters in all. */
  messageText: 12_000,
  fallbackText: 300,
} as const;

/** Blocks and characters kept for the buttons, which every answer ends with. */
const ACTIONS_RESERVE = { blocks: 1, chars: 2 * 2000 + 500 };
/** At most this many suggestions, each at most this long: a line of hints, not a list. */
const SUGGESTIONS = { count: 8, length: 80 };
const TITLE_LENGTH = 200;
const LABEL_LENGTH = 150;

/** The answer as Block Kit: the present step's sections in their order, then the buttons. */
export function renderAnswer(answer: Answer, options: RenderOptions): SlackMessage {
  return renderPresentation(present(answer, { page: options.page, now: options.now ?? new Date() }), options);
}

function renderPresentation(presentation: Presentation, options: Pick<RenderOptions, 'share'>): SlackMessage {
  const m = messages(presentation.lang);
  const content = new Composer(LIMITS.blocks - ACTIONS_RESERVE.blocks, LIMITS.messageText - ACTIONS_RESERVE.chars);
  for (const block of presentation.sections.flatMap((section) => blocksOf(section, presentation))) if (!content.add(block)) break;
  return {
    text: clipEscaped(presentation.summary || m.helpTitle, LIMITS.fallbackText),
    blocks: [...content.blocks, buttons(presentation, m, options.share)],
  };
}

/** A one-line reply with no buttons: "slow down", "something went wrong", "thanks". */
export function renderNotice(text: string): SlackMessage {
  return { text: escapeMrkdwn(text) };
}

function blocksOf(part: Section, presentation: Presentation): Block[] {
  switch (part.kind) {
    case 'note':
      return [context(escapeMrkdwn(part.text))];
    case 'direct':
      return [section(`*${clipEscaped(part.text, LIMITS.sectionText - 600)}*${part.link ? ` · ${linkText(part.link)}` : ''}`)];
    case 'help':
      return [
        section(`*${escapeMrkdwn(part.title)}*\n${part.lines.map(escapeMrkdwn).join('\n')}`),
        section(`*${escapeMrkdwn(part.label)}:* ${codeList(part.examples)}`),
      ];
    case 'empty': {
      const tries = part.suggestions.length > 0 ? ` ${escapeMrkdwn(part.label)}: ${codeList(part.suggestions)}` : '';
      return [section(clipEscaped(part.text, 1000) + tries)];
    }
    case 'passages':
      return [...(part.range ? [context(`${escapeMrkdwn(part.range)} · ${clipEscaped(presentation.query, LABEL_LENGTH)}`)] : []), ...part.items.flatMap(passageBlocks)];
    default:
      return packed(heading(part), part.items.map(itemLine));
  }
}

function heading(section: ListSection): string {
  return `*${escapeMrkdwn(section.title)}*${section.range ? ` · ${escapeMrkdwn(section.range)}` : ''}`;
}

function codeList(items: readonly string[]): string {
  return items
    .slice(0, SUGGESTIONS.count)
    .map((item) => `\`${clipEscaped(item.replace(/`/g, "'").replace(/\s+/g, ' '), SUGGESTIONS.length)}\``)
    .join(' · ');
}

/** A link, or nothing when it cannot be linked: a label alone leads nowhere. */
function linkText(target: Link): string {
  return linkTarget(target.url) === undefined ? '' : link(target.url, escapeMrkdwn(`${target.kind === 'video' ? '▶ ' : ''}${target.label}`));
}

function titleText(item: Item): string {
  const title = clipEscaped(item.title, TITLE_LENGTH);
  return item.url ? link(item.url, title) : title;
}

/** Details, the item's note and its links, as one " · "-joined line. */
function meta(item: Item): string[] {
  return [
    ...item.details.map((detail) => clipEscaped(detail, LABEL_LENGTH)),
    item.note ? `_${escapeMrkdwn(item.note)}_` : '',
    ...item.links.map(linkText),
  ].filter(Boolean);
}

function passageBlocks(item: Item): Block[] {
  const title = `*${titleText(item)}*\n`;
  const text = title + markedSnippet(item.text ?? '', item.marks, { max: LIMITS.sectionText - title.length });
  const line = meta(item);
  return line.length > 0 ? [section(text), context(line.join(' · '))] : [section(text)];
}

function itemLine(item: Item): string {
  const line = meta(item);
  return `• *${titleText(item)}*${line.length > 0 ? ` — ${line.join(' · ')}` : ''}`;
}

/** A heading and lines, packed into as few sections as fit Slack's section limit. */
function packed(head: string, lines: string[]): Block[] {
  const texts: string[] = [];
  let current = head;
  for (const line of lines) {
    if (current.length + 1 + line.length > LIMITS.sectionText) {
      texts.push(current);
      current = line;
    } else {
      current = `${current}\n${line}`;
    }
  }
  texts.push(current);
  return texts.map(section);
}

function buttons(presentation: Presentation, m: Messages, share: boolean): Block {
  const value = (page: PageRef): string => encodeValue(valueOf(presentation.query, presentation.lang, page));
  const elements: Button[] = [];
  if (presentation.more) elements.push(button(ACTIONS.more, m.more, value(presentation.more)));
  if (share) elements.push(button(ACTIONS.share, m.share, value(presentation.page)));
  elements.push(button(ACTIONS.up, `👍 ${m.helpful}`, value(presentation.page)));
  elements.push(button(ACTIONS.down, `👎 ${m.notHelpful}`, value(presentation.page)));
  return { type: 'actions', elements };
}

function button(actionId: string, label: string, value: string): Button {
  return { type: 'button', action_id: actionId, text: { type: 'plain_text', text: shorten(label, 75), emoji: true }, value };
}

function section(text: string): Block {
  return { type: 'section', text: { type: 'mrkdwn', text } };
}

function context(text: string): Block {
  return { type: 'context', elements: [{ type: 'mrkdwn', text }] };
}

/** Collects blocks while they fit in the block count and the message's character budget. */
class Composer {
  readonly blocks: Block[] = [];
  #chars = 0;

  constructor(
    private readonly maxBlocks: number,
    private readonly maxChars: number,
  ) {}

  /** Adds the block if it fits; false (and nothing added) when the message is full. */
  add(block: Block): boolean {
    // The JSON length over-counts the visible text, which keeps the estimate on the safe side.
    const size = JSON.stringify(block).length;
    if (this.blocks.length >= this.maxBlocks || this.#chars + size > this.maxChars) return false;
    this.blocks.push(block);
    this.#chars += size;
    return true;
  }
}
