import type { types } from '@slack/bolt';
import { MAX_QUESTION_LENGTH } from '../../domain/index.js';
import { EXAMPLES, messages, type Messages } from '../../i18n/index.js';
import type { EventInfo, Talk } from '../../model/index.js';
import type { Answer, Result } from '../../answer/index.js';
import { clipEscaped, escapeMrkdwn, link, linkTarget, shorten } from './escape.js';
import { markedSnippet } from './snippet.js';
import { encodeValue, type ButtonValue } from './values.js';

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
  /** "Today", for the days until the next event. Default: the current date. */
  now?: Date;
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

/** The answer as Block Kit: results, talks or events in the order its intent asks for, then buttons. */
export function renderAnswer(answer: Answer, options: RenderOptions): SlackMessage {
  const m = messages(answer.lang);
  const content = new Composer(LIMITS.blocks - ACTIONS_RESERVE.blocks, LIMITS.messageText - ACTIONS_RESERVE.chars);
  if (answer.truncated) content.add(context(escapeMrkdwn(m.truncated(MAX_QUESTION_LENGTH))));
  const body = bodyOf(answer, m, options.now ?? new Date());
  for (const block of body.blocks) if (!content.add(block)) break;
  return {
    text: clipEscaped(body.fallback, LIMITS.fallbackText),
    blocks: [...content.blocks, buttons(answer, m, options)],
  };
}

/** A one-line reply with no buttons: "slow down", "something went wrong", "thanks". */
export function renderNotice(text: string): SlackMessage {
  return { text: escapeMrkdwn(text) };
}

interface Body {
  blocks: Block[];
  /** Plain (unescaped) one-line summary for notifications. */
  fallback: string;
}

function bodyOf(answer: Answer, m: Messages, now: Date): Body {
  if (answer.intent === 'help') return help(answer, m);
  const [result] = answer.results;
  const [talk] = answer.talks;
  const [event] = answer.events;
  const eventsTitle = answer.intent === 'next' ? m.nextEvent : m.events;
  const parts = {
    results: {
      blocks: resultBlocks(answer, m),
      summary: result && `${m.resultsOf(answer.offset + 1, answer.offset + answer.results.length, answer.total)}: ${result.title}`,
    },
    talks: {
      blocks: packed(`*${escapeMrkdwn(m.talks)}*`, answer.talks.map((item) => talkLine(item, m))),
      summary: talk && `${m.talks}: ${talk.title}`,
    },
    events: {
      blocks: packed(
        `*${escapeMrkdwn(eventsTitle)}*`,
        answer.events.map((item) => eventLine(item, m, answer.intent === 'next' ? now : undefined)),
      ),
      summary: event && `${eventsTitle}: ${event.name}`,
    },
  };
  const order: Array<keyof typeof parts> =
    answer.intent === 'talks' || answer.intent === 'speaker'
      ? ['talks', 'results', 'events']
      : answer.intent === 'events' || answer.intent === 'next'
        ? ['events', 'talks', 'results']
        : ['results', 'talks', 'events'];
  const shown = order.map((name) => parts[name]).filter((part) => part.blocks.length > 0);
  const [first] = shown;
  if (first) return { blocks: shown.flatMap((part) => part.blocks), fallback: first.summary ?? '' };
  const line = emptyLine(answer, m);
  return { blocks: [section(line.mrkdwn)], fallback: line.plain };
}

/** Nothing to show: say why in one line, with queries to try when there are some. */
function emptyLine(answer: Answer, m: Messages): { mrkdwn: string; plain: string } {
  if (answer.intent === 'events') return plainLine(m.noEvents);
  if (answer.intent === 'next') return plainLine(m.noNextEvent);
  if (answer.offset > 0 && answer.total > 0) return plainLine(m.noMore);
  const sentence = m.noMatch(shorten(answer.query, 200));
  const tries = answer.suggestions.length > 0 ? ` ${escapeMrkdwn(m.tryInstead)}: ${codeList(answer.suggestions)}` : '';
  return { mrkdwn: escapeMrkdwn(sentence) + tries, plain: sentence };
}

function plainLine(text: string): { mrkdwn: string; plain: string } {
  return { mrkdwn: escapeMrkdwn(text), plain: text };
}

function help(answer: Answer, m: Messages): Body {
  const examples = answer.suggestions.length > 0 ? answer.suggestions : EXAMPLES[answer.lang];
  return {
    blocks: [
      section(`*${escapeMrkdwn(m.helpTitle)}*\n${escapeMrkdwn(m.helpBody)}`),
      section(`${escapeMrkdwn(m.helpFilters)}\n${escapeMrkdwn(m.helpCommands)}`),
      section(`*${escapeMrkdwn(m.examplesTitle)}:* ${codeList(examples)}`),
    ],
    fallback: m.helpTitle,
  };
}

/** At most this many suggestions, each at most this long: a line of hints, not a list. */
const SUGGESTIONS = { count: 8, length: 80 };

function codeList(items: readonly string[]): string {
  return items
    .slice(0, SUGGESTIONS.count)
    .map((item) => `\`${clipEscaped(item.replace(/`/g, "'"), SUGGESTIONS.length)}\``)
    .join(' · ');
}

const TITLE_LENGTH = 200;
const LABEL_LENGTH = 150;

function resultBlocks(answer: Answer, m: Messages): Block[] {
  if (answer.results.length === 0) return [];
  const range = m.resultsOf(answer.offset + 1, answer.offset + answer.results.length, answer.total);
  const head = `${escapeMrkdwn(range)} · ${clipEscaped(answer.query, LABEL_LENGTH)}`;
  return [context(head), ...answer.results.flatMap((result) => resultPair(result, m))];
}

function resultPair(result: Result, m: Messages): Block[] {
  const title = `*${link(result.url, clipEscaped(result.title, TITLE_LENGTH))}*\n`;
  const text = title + markedSnippet(result.text, result.marks, { max: LIMITS.sectionText - title.length });
  const meta = [
    result.heading === null ? '' : clipEscaped(result.heading, LABEL_LENGTH),
    result.event === null ? '' : clipEscaped(result.event, LABEL_LENGTH),
    result.date === null ? '' : clipEscaped(result.date, 20),
    ...mediaLinks(result.links.videos[0] ?? null, result.links.slides[0] ?? null, m),
    optionalLink(result.postUrl, escapeMrkdwn(m.post)),
  ].filter(Boolean);
  return meta.length > 0 ? [section(text), context(meta.join(' · '))] : [section(text)];
}

function mediaLinks(video: string | null, slides: string | null, m: Messages): string[] {
  return [optionalLink(video, `▶ ${escapeMrkdwn(m.video)}`), optionalLink(slides, escapeMrkdwn(m.slides))];
}

/** A link, or nothing at all when there is no URL or it cannot be linked: a label alone leads nowhere. */
function optionalLink(url: string | null | undefined, label: string): string {
  return url && linkTarget(url) !== undefined ? link(url, label) : '';
}

function talkLine(talk: Talk, m: Messages): string {
  const people = talk.speakers.length > 0 ? clipEscaped(talk.speakers.join(', '), LABEL_LENGTH) : '';
  const orgs = talk.organisations.length > 0 ? ` (${clipEscaped(talk.organisations.join(', '), LABEL_LENGTH)})` : '';
  const details = [
    people + orgs,
    talk.event === null ? '' : clipEscaped(talk.event, LABEL_LENGTH),
    talk.date === null ? '' : clipEscaped(talk.date, 20),
    ...mediaLinks(talk.video, talk.slides, m),
  ].filter(Boolean);
  const title = `*${link(talk.url, clipEscaped(talk.title, TITLE_LENGTH))}*`;
  return `• ${title}${details.length > 0 ? ` — ${details.join(' · ')}` : ''}`;
}

function eventLine(event: EventInfo, m: Messages, now: Date | undefined): string {
  const place = [event.city, event.country].filter((part): part is string => part !== null).join(', ');
  const dates = event.start === null ? '' : event.end && event.end !== event.start ? `${event.start} – ${event.end}` : event.start;
  const days = now && event.start ? m.inDays(daysBetween(now, event.start)) : '';
  const details = [
    clipEscaped(place, LABEL_LENGTH),
    clipEscaped(dates, 50),
    escapeMrkdwn(days),
    optionalLink(event.posts[0], escapeMrkdwn(m.post)),
    ...mediaLinks(null, event.slides, m),
  ].filter(Boolean);
  return `• *${clipEscaped(event.name, TITLE_LENGTH)}*${details.length > 0 ? ` — ${details.join(' · ')}` : ''}`;
}

/** Whole days from `now`'s UTC date to `date` (`YYYY-MM-DD`); negative when it is past. */
function daysBetween(now: Date, date: string): number {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return Math.round((Date.parse(`${date}T00:00:00Z`) - today) / 86_400_000);
}

/** A heading and lines, packed into as few sections as fit Slack's section limit. */
function packed(heading: string, lines: string[]): Block[] {
  if (lines.length === 0) return [];
  const texts: string[] = [];
  let current = heading;
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

function buttons(answer: Answer, m: Messages, options: RenderOptions): Block {
  const value = (offset: number): string => encodeValue({ q: answer.query, o: offset, l: answer.lang } satisfies ButtonValue);
  const next = answer.offset + answer.results.length;
  const elements: Button[] = [];
  if (answer.results.length > 0 && next < answer.total) elements.push(button(ACTIONS.more, m.more, value(next)));
  if (options.share) elements.push(button(ACTIONS.share, m.share, value(answer.offset)));
  elements.push(button(ACTIONS.up, `👍 ${m.helpful}`, value(answer.offset)));
  elements.push(button(ACTIONS.down, `👎 ${m.notHelpful}`, value(answer.offset)));
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
