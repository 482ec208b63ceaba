import {
  ButtonStyle,
  ComponentType,
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIEmbed,
  type MessageMentionOptions,
} from 'discord.js';
import type { Reply } from '../../app/asker.js';
import { MAX_QUESTION_LENGTH } from '../../domain/index.js';
import { EXAMPLES, messages, type Messages } from '../../i18n/index.js';
import { daysUntil } from '../../answer/index.js';
import type { EventInfo, Lang, Talk } from '../../model/index.js';
import type { Answer, Result } from '../../answer/index.js';
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
  /** Today, for "in N days" in the next-event answer. */
  now: Date;
}

/** Istio's blue, so the bot's embeds are recognisable in a busy channel. */
const COLOR = 0x466bb0;
/** Result embeds shown at once: each has a row of link buttons and one row is kept for paging. */
const MAX_RESULTS = LIMITS.rows - 1;
/** A passage longer than this is cut even when the message has room: an answer is not a wall. */
const SNIPPET = 1000;
/** Footers hold an event name and a date; this keeps a runaway value from eating the message. */
const FOOTER = 256;
/** Longest stretch of a query quoted back in "no match", before escaping. */
const QUOTED_QUERY = 200;
/** Masked links longer than this are left out of list lines, so one line never crowds out the rest. */
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
  const m = messages(answer.lang);
  const notes = answer.truncated ? [m.truncated(MAX_QUESTION_LENGTH)] : [];
  switch (answer.intent) {
    case 'help':
      return message(notes.join('\n'), assembleEmbeds([helpDraft(answer, m)]));
    case 'events':
      return answer.events.length === 0
        ? message([...notes, m.noEvents].join('\n'))
        : message(notes.join('\n'), assembleEmbeds([eventsDraft(m.events, answer.events, m)]));
    case 'next':
      return nextMessage(answer, notes, m, context.now);
    default:
      return findingsMessage(answer, notes, m, context);
  }
}

function message(content: string, embeds: APIEmbed[] = [], components: DiscordMessage['components'] = []): DiscordMessage {
  return { content: clipText(content, LIMITS.content), embeds, components, allowedMentions: noMentions() };
}

/** Passages, talks and events for a search, a talk list or a speaker. */
function findingsMessage(answer: Answer, notes: string[], m: Messages, context: RenderContext): DiscordMessage {
  const shown = answer.results.slice(0, MAX_RESULTS);
  // Talks and events belong to the question, not to a page of passages: show them on the first page only.
  const talks = answer.offset === 0 ? answer.talks : [];
  const events = answer.offset === 0 ? answer.events : [];
  if (shown.length === 0 && talks.length === 0 && events.length === 0) {
    const room = LIMITS.content - notes.reduce((sum, note) => sum + note.length + 1, 0);
    return message([...notes, answer.offset > 0 ? m.noMore : noMatchLine(answer, m, room)].join('\n'));
  }
  const resultDrafts = shown.map((result, index) => resultDraft(result, shown.length > 1 ? index + 1 : null));
  const talkDrafts = talks.length > 0 ? [talksDraft(talks, m)] : [];
  const eventDrafts = events.length > 0 ? [eventsDraft(m.events, events, m)] : [];
  const talksFirst = answer.intent === 'talks' || answer.intent === 'speaker';
  const drafts = talksFirst
    ? [...talkDrafts, ...resultDrafts, ...eventDrafts]
    : [...resultDrafts, ...talkDrafts, ...eventDrafts];
  const header = shown.length > 0 ? [m.resultsOf(answer.offset + 1, answer.offset + shown.length, answer.total)] : [];
  const rows = shown.flatMap((result, index) => linkRow(result, shown.length > 1 ? index + 1 : null, m));
  const paging = pagingRow(answer, shown.length, m, context);
  return message([...notes, ...header].join('\n'), assembleEmbeds(drafts), paging ? [...rows, paging] : rows);
}

/** "No match" and as many suggestions as fit in `room` characters. */
function noMatchLine(answer: Answer, m: Messages, room: number): string {
  const quoted = m.noMatch(escapeMarkdown(clipText(answer.query, QUOTED_QUERY)));
  const suggestions = answer.suggestions.filter((suggestion) => suggestion.trim() !== '');
  if (suggestions.length === 0) return quoted;
  const lead = `${quoted} ${m.tryInstead}: `;
  const spans = suggestions.map((suggestion) => codeSpan(clipText(suggestion, LINE_TEXT)));
  const listed = joinWithin(spans, ' · ', room - lead.length);
  return listed === '' ? quoted : lead + listed;
}

function resultDraft(result: Result, number: number | null): EmbedDraft {
  const heading = result.heading && result.heading !== result.title ? ` › ${result.heading}` : '';
  const prefix = number === null ? '' : `${number}. `;
  const footer = [result.event, result.date].filter((part): part is string => Boolean(part)).join(' · ');
  const url = safeUrl(result.url) ?? safeUrl(result.postUrl);
  return {
    embed: {
      title: prefix + escapeWithin(result.title + heading, LIMITS.title - prefix.length),
      ...(url ? { url } : {}),
      color: COLOR,
      ...(footer ? { footer: { text: clipText(footer, FOOTER) } } : {}),
    },
    describe: (budget) => highlight(result.text, result.marks, Math.min(budget, SNIPPET)),
  };
}

function link(label: string, url: string | null | undefined): string | null {
  const safe = url ? safeUrl(url, LINE_URL) : null;
  return safe ? `[${escapeMarkdown(label)}](${safe})` : null;
}

function talkLine(talk: Talk, m: Messages): string {
  const people = talk.speakers.length > 0 ? ` — ${escapeMarkdown(clipText(talk.speakers.join(', '), LINE_TEXT))}` : '';
  const orgs = talk.organisations.length > 0 ? ` (${escapeMarkdown(clipText(talk.organisations.join(', '), LINE_TEXT))})` : '';
  const parts = [
    talk.event ? escapeMarkdown(clipText(talk.event, LINE_TEXT)) : null,
    talk.date,
    link(`▶ ${m.video}`, talk.video),
    link(m.slides, talk.slides),
  ].filter((part): part is string => Boolean(part));
  return [`**${escapeMarkdown(clipText(talk.title, LINE_TEXT))}**${people}${orgs}`, ...parts].join(' · ');
}

function talksDraft(talks: readonly Talk[], m: Messages): EmbedDraft {
  const lines = talks.map((talk) => talkLine(talk, m));
  return { embed: { title: m.talks, color: COLOR }, describe: (budget) => joinWithin(lines, '\n', budget) };
}

function dates(event: EventInfo): string | null {
  if (event.start && event.end && event.end !== event.start) return `${event.start} – ${event.end}`;
  return event.start;
}

function eventLine(event: EventInfo, m: Messages, extra: string | null = null): string {
  const place = [event.city, event.country].filter((part): part is string => Boolean(part)).join(', ');
  const parts = [
    place ? escapeMarkdown(clipText(place, LINE_TEXT)) : null,
    dates(event),
    extra,
    link(m.post, event.posts[0]),
    link(m.slides, event.slides),
  ].filter((part): part is string => Boolean(part));
  return [`**${escapeMarkdown(clipText(event.name, LINE_TEXT))}**`, ...parts].join(' · ');
}

function eventsDraft(title: string, events: readonly EventInfo[], m: Messages): EmbedDraft {
  const lines = events.map((event) => eventLine(event, m));
  return { embed: { title, color: COLOR }, describe: (budget) => joinWithin(lines, '\n', budget) };
}

function nextMessage(answer: Answer, notes: string[], m: Messages, now: Date): DiscordMessage {
  const next = answer.events[0];
  if (!next) return message([...notes, m.noNextEvent].join('\n'));
  const days = next.start ? daysUntil(next.start, now) : Number.NaN;
  const line = eventLine(next, m, Number.isNaN(days) ? null : m.inDays(days));
  const draft: EmbedDraft = { embed: { title: m.nextEvent, color: COLOR }, describe: (budget) => joinWithin([line], '\n', budget) };
  return message(notes.join('\n'), assembleEmbeds([draft]));
}

function helpDraft(answer: Answer, m: Messages): EmbedDraft {
  const tries = [...new Set([...EXAMPLES[answer.lang], ...answer.suggestions])].filter((text) => text.trim() !== '');
  const spans = tries.map((text) => codeSpan(clipText(text, LINE_TEXT)));
  const value = joinWithin(spans, ' · ', LIMITS.fieldValue);
  return {
    embed: {
      title: m.helpTitle,
      color: COLOR,
      ...(value ? { fields: [{ name: m.examplesTitle, value }] } : {}),
    },
    describe: (budget) => joinWithin([m.helpBody, '', m.helpFilters, m.helpCommands], '\n', budget),
  };
}

function linkButton(label: string, url: string): APIButtonComponent {
  return { type: ComponentType.Button, style: ButtonStyle.Link, label: clipText(label, LIMITS.buttonLabel), url };
}

/** ▶ Video, Slides and Post for one result, numbered like its embed when there are several. */
function linkRow(result: Result, number: number | null, m: Messages): APIActionRowComponent<APIButtonComponent>[] {
  const prefix = number === null ? '' : `${number}. `;
  const targets: Array<[string, string | undefined]> = [
    [`▶ ${m.video}`, result.links.videos[0]],
    [m.slides, result.links.slides[0]],
    [m.post, result.postUrl],
  ];
  const buttons = targets.flatMap(([label, url]) => {
    const safe = url ? safeUrl(url) : null;
    return safe ? [linkButton(prefix + label, safe)] : [];
  });
  return buttons.length > 0 ? [{ type: ComponentType.ActionRow, components: buttons }] : [];
}

function actionButton(action: ButtonAction, label: string, answer: Answer, offset: number, context: RenderContext): APIButtonComponent | null {
  const customId = encodeButton({ action, query: answer.query, offset, lang: context.lang, event: context.event });
  if (!customId) return null;
  const style = action === 'more' ? ButtonStyle.Primary : ButtonStyle.Secondary;
  return { type: ComponentType.Button, style, label: clipText(label, LIMITS.buttonLabel), custom_id: customId };
}

/** "More" while results remain, "Post here" on answers only the asker sees. */
function pagingRow(answer: Answer, shown: number, m: Messages, context: RenderContext): APIActionRowComponent<APIButtonComponent> | null {
  const next = answer.offset + shown;
  const buttons = [
    shown > 0 && next < answer.total ? actionButton('more', m.more, answer, next, context) : null,
    context.ephemeral ? actionButton('post', m.postHere, answer, answer.offset, context) : null,
  ].filter((button): button is APIButtonComponent => button !== null);
  return buttons.length > 0 ? { type: ComponentType.ActionRow, components: buttons } : null;
}
