import {
  ButtonStyle,
  ComponentType,
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIEmbed,
  type MessageMentionOptions,
} from 'discord.js';
import type { Reply } from '../../app/asker.js';
import type { Answer } from '../../answer/index.js';
import { messages, type Messages } from '../../i18n/index.js';
import type { Lang } from '../../model/index.js';
import { present, type Item, type Link, type ListSection, type PageRef, type Presentation, type Section } from '../../present/index.js';
import { encodeButton, type ButtonAction } from './custom-id.js';
import { codeSpan, escapeMarkdown, safeUrl } from './escape.js';
import { assembleEmbeds, clipText, escapeWithin, joinWithin, LIMITS, type EmbedDraft } from './fit.js';
import { highlight } from './highlight.js';

/** Pings nobody, whatever the text says: no @everyone, @here, roles, users, nor the replied-to author. */
export function noMentions(): MessageMentionOptions {
  return { parse: [], repliedUser: false };
}

/** A message as discord.js sends it: always the three parts, so an edit also clears what it replaces. */
export interface DiscordMessage {
  content: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponent>[];
  allowedMentions: MessageMentionOptions;
}

export interface RenderContext {
  /** Only the asker sees the answer, so it offers "Post here". */
  ephemeral: boolean;
  /** The `lang` option the question was asked with, if any; the buttons ask again with it. */
  lang?: Lang | undefined;
  /** The `event` option the question was asked with, if any; the buttons ask again with it. */
  event?: string | undefined;
  /** The page asked for (a "More" click). Default: the first. */
  page?: PageRef | undefined;
  /** Today, for "in N days". */
  now: Date;
}

/** Istio's blue, so the bot's embeds are recognisable in a busy channel. */
const COLOR = 0x466bb0;
/** Passages that get a row of link buttons: one row is kept for paging. */
const LINK_ROWS = LIMITS.rows - 1;
/** A passage longer than this is cut even when the message has room: an answer is not a wall. */
const SNIPPET = 1000;
/** Footers hold a heading, an event name and a date; this keeps a runaway value from eating the message. */
const FOOTER = 256;
/** Longest stretch of a query or suggestion quoted back, before escaping. */
const QUOTED = 200;
/** Masked links longer than this are left out of lines, so one line never crowds out the rest. */
const LINE_URL = 300;
/** Longest stretch of one name (talk title, speakers, event) in a list line, before escaping. */
const LINE_TEXT = 150;

/** The message for a reply, or null when the bot should stay silent. */
export function renderReply(reply: Reply, context: RenderContext): DiscordMessage | null {
  switch (reply.kind) {
    case 'answer':
      return renderAnswer(reply.answer, context);
    case 'slow-down':
      return message(messages(reply.lang).slowDown);
    case 'error':
      return message(messages(reply.lang).error);
    case 'ignored':
      return null;
  }
}

export function renderAnswer(answer: Answer, context: RenderContext): DiscordMessage {
  return renderPresentation(present(answer, { page: context.page, now: context.now }), context);
}

/**
 * The sections in their order: the lines that come before any list (notes, the direct answer, why
 * nothing was found) as the message's text, every list as embeds below it, then the buttons.
 */
function renderPresentation(presentation: Presentation, context: RenderContext): DiscordMessage {
  const m = messages(presentation.lang);
  const lines: string[] = [];
  const drafts: EmbedDraft[] = [];
  const passages: Item[] = [];
  for (const section of presentation.sections) {
    if (section.kind === 'passages') passages.push(...section.items);
    const line = lineOf(section);
    if (line !== null) lines.push(line);
    else drafts.push(...draftsOf(section));
  }
  const numbered = passages.length > 1;
  const rows = passages.slice(0, LINK_ROWS).flatMap((item) => linkRow(item, numbered));
  const paging = pagingRow(presentation, m, context);
  return message(joinWithin(lines, '\n', LIMITS.content), assembleEmbeds(drafts), paging ? [...rows, paging] : rows);
}

function message(content: string, embeds: APIEmbed[] = [], components: DiscordMessage['components'] = []): DiscordMessage {
  return { content: clipText(content, LIMITS.content), embeds, components, allowedMentions: noMentions() };
}

/** The sections drawn as a line of the message's text; null for those drawn as embeds. */
function lineOf(section: Section): string | null {
  switch (section.kind) {
    case 'note':
      return escapeMarkdown(section.text);
    case 'direct': {
      const source = section.link ? markedLink(section.link) : null;
      return `**${escapeWithin(section.text, 1000)}**${source ? ` · ${source}` : ''}`;
    }
    case 'empty': {
      const said = escapeWithin(section.text, QUOTED * 2);
      const spans = section.suggestions.map((suggestion) => codeSpan(clipText(suggestion, LINE_TEXT)));
      const listed = joinWithin(spans, ' · ', LIMITS.content - said.length - section.label.length - 200);
      return listed === '' ? said : `${said} ${escapeMarkdown(section.label)}: ${listed}`;
    }
    default:
      return null;
  }
}

function draftsOf(section: Section): EmbedDraft[] {
  switch (section.kind) {
    case 'help':
      return [helpDraft(section)];
    case 'passages':
      return section.items.map((item, index) => passageDraft(item, section.items.length > 1, index === 0 ? section.range : null));
    case 'talks':
    case 'events':
      return [listDraft(section)];
    default:
      return [];
  }
}

function passageDraft(item: Item, numbered: boolean, range: string | null): EmbedDraft {
  const prefix = numbered ? `${item.number}. ` : '';
  const footer = [...item.details, ...(item.note ? [item.note] : [])].join(' · ');
  const url = item.url ? safeUrl(item.url) : null;
  return {
    embed: {
      ...(range ? { author: { name: clipText(range, FOOTER) } } : {}),
      title: prefix + escapeWithin(item.title, LIMITS.title - prefix.length),
      ...(url ? { url } : {}),
      color: COLOR,
      ...(footer ? { footer: { text: clipText(footer, FOOTER) } } : {}),
    },
    describe: (budget) => highlight(item.text ?? '', item.marks, Math.min(budget, SNIPPET)),
  };
}

function markedLink(target: Link): string | null {
  const safe = safeUrl(target.url, LINE_URL);
  return safe ? `[${escapeMarkdown(`${target.kind === 'video' ? '▶ ' : ''}${target.label}`)}](${safe})` : null;
}

/** One talk or event in at most `budget` characters: the title always, then as many facts and links as fit. */
function itemLine(item: Item, budget: number): string {
  const title = `**${escapeWithin(clipText(item.title, LINE_TEXT), Math.max(budget - 4, 1))}**`;
  const rest = [
    ...item.details.map((detail) => escapeMarkdown(clipText(detail, LINE_TEXT))),
    ...(item.note ? [`*${escapeMarkdown(item.note)}*`] : []),
    ...item.links.flatMap((target) => markedLink(target) ?? []),
  ];
  return joinWithin([title, ...rest], ' · ', budget);
}

/** A list as one embed, one line per item; each line gets its share of the room, so none is dropped. */
function listDraft(section: ListSection): EmbedDraft {
  return {
    embed: { title: clipText(section.title, LIMITS.title), color: COLOR, ...(section.range ? { footer: { text: section.range } } : {}) },
    describe: (budget) => {
      const lines = (share: number): string => section.items.map((item) => itemLine(item, share)).join('\n');
      const whole = lines(LIMITS.description);
      if (whole.length <= budget) return whole;
      const share = Math.floor((budget - (section.items.length - 1)) / Math.max(section.items.length, 1));
      return share < 8 ? '' : lines(share);
    },
  };
}

function helpDraft(section: Extract<Section, { kind: 'help' }>): EmbedDraft {
  const spans = section.examples.map((text) => codeSpan(clipText(text, LINE_TEXT)));
  const value = joinWithin(spans, ' · ', LIMITS.fieldValue);
  return {
    embed: {
      title: section.title,
      color: COLOR,
      ...(value ? { fields: [{ name: section.label, value }] } : {}),
    },
    // Help lines are the bot's own words; their `code` spans are meant as markdown.
    describe: (budget) => joinWithin([section.lines[0] ?? '', '', ...section.lines.slice(1)], '\n', budget),
  };
}

function linkButton(label: string, url: string): APIButtonComponent {
  return { type: ComponentType.Button, style: ButtonStyle.Link, label: clipText(label, LIMITS.buttonLabel), url };
}

/** A passage's links as buttons, numbered like its embed when there are several. */
function linkRow(item: Item, numbered: boolean): APIActionRowComponent<APIButtonComponent>[] {
  const prefix = numbered ? `${item.number}. ` : '';
  const buttons = item.links.slice(0, LIMITS.buttonsPerRow).flatMap((target) => {
    const safe = safeUrl(target.url);
    return safe ? [linkButton(`${prefix}${target.kind === 'video' ? '▶ ' : ''}${target.label}`, safe)] : [];
  });
  return buttons.length > 0 ? [{ type: ComponentType.ActionRow, components: buttons }] : [];
}

function actionButton(action: ButtonAction, label: string, presentation: Presentation, page: PageRef, context: RenderContext): APIButtonComponent | null {
  const customId = encodeButton({ action, query: presentation.query, list: page.list, offset: page.offset, lang: context.lang, event: context.event });
  if (!customId) return null;
  const style = action === 'more' ? ButtonStyle.Primary : ButtonStyle.Secondary;
  return { type: ComponentType.Button, style, label: clipText(label, LIMITS.buttonLabel), custom_id: customId };
}

/** Whether the answer holds something worth posting to the channel (not help, not "no match"). */
function shows(presentation: Presentation): boolean {
  return presentation.sections.some((section) => section.kind !== 'note' && section.kind !== 'empty' && section.kind !== 'help');
}

/** "More" while the main list goes on, "Post here" on answers only the asker sees. */
function pagingRow(presentation: Presentation, m: Messages, context: RenderContext): APIActionRowComponent<APIButtonComponent> | null {
  const buttons = [
    presentation.more ? actionButton('more', m.more, presentation, presentation.more, context) : null,
    context.ephemeral && shows(presentation) ? actionButton('post', m.postHere, presentation, presentation.page, context) : null,
  ].filter((button): button is APIButtonComponent => button !== null);
  return buttons.length > 0 ? { type: ComponentType.ActionRow, components: buttons } : null;
}
