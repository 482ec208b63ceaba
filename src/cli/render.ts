import { EXAMPLES, messages } from '../i18n/index.js';
import { daysUntil } from '../answer/index.js';
import type { Answer, Mark, Result } from '../answer/index.js';
import type { EventInfo, Talk } from '../model/index.js';
import { MAX_QUESTION_LENGTH } from '../domain/index.js';

export interface TerminalStyle {
  /** Emphasise matched words with ANSI bold. Default false (plain text, for pipes and files). */
  color?: boolean;
  /** "Today", for relative dates. Default: now. */
  now?: Date;
}

/** Stand-ins for bold while the text is assembled; only these become terminal codes. */
const BOLD = '\uE002';
const RESET = '\uE003';

/**
 * Strips terminal control characters from the whole answer (post text, questions, places, links
 * alike), so no data can drive the terminal; then turns the bold stand-ins into ANSI codes.
 */
function finish(text: string, color: boolean): string {
  const safe = text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '');
  return color ? safe.replaceAll(BOLD, '\u001b[1m').replaceAll(RESET, '\u001b[22m') : safe.replaceAll(BOLD, '').replaceAll(RESET, '');
}

function clean(text: string): string {
  return text.replace(/[\uE002\uE003]/g, '');
}

function emphasise(text: string, marks: readonly Mark[]): string {
  let out = '';
  let at = 0;
  for (const mark of marks) {
    out += clean(text.slice(at, mark.start)) + BOLD + clean(text.slice(mark.start, mark.end)) + RESET;
    at = mark.end;
  }
  return out + clean(text.slice(at));
}

function talkLine(talk: Talk, answer: Answer): string {
  const words = messages(answer.lang);
  const who = talk.speakers.length
    ? ` — ${talk.speakers.join(', ')}${talk.organisations.length ? ` (${talk.organisations.join(', ')})` : ''}`
    : '';
  const parts = [`${clean(talk.title)}${clean(who)}`];
  if (talk.event) parts.push(clean(talk.event));
  if (talk.video) parts.push(`▶ ${words.video}: ${talk.video}`);
  if (talk.slides) parts.push(`${words.slides}: ${talk.slides}`);
  return `  • ${parts.join(' · ')}`;
}

function resultBlock(result: Result, index: number, answer: Answer): string {
  const words = messages(answer.lang);
  const context = [result.heading, result.event, result.date].filter(Boolean).map((part) => clean(String(part)));
  const lines = [`${index}. ${clean(result.title)}${context.length ? `  (${context.join(' · ')})` : ''}`];
  lines.push(`   ${emphasise(result.text, result.marks)}`);
  for (const video of result.links.videos) lines.push(`   ▶ ${words.video}: ${video}`);
  for (const slides of result.links.slides) lines.push(`   ${words.slides}: ${slides}`);
  lines.push(`   ${words.post}: ${result.url}`);
  return lines.join('\n');
}

function eventLine(event: EventInfo, answer: Answer, now: Date): string {
  const dates = event.start ? (event.end && event.end !== event.start ? `${event.start} – ${event.end}` : event.start) : '';
  const parts = [clean(event.name), [event.city, event.country].filter(Boolean).join(', '), dates].filter(Boolean);
  if (answer.intent === 'next' && event.start) parts.push(messages(answer.lang).inDays(daysUntil(event.start, now)));
  const links = [event.posts[0], event.slides ? `${messages(answer.lang).slides}: ${event.slides}` : null].filter(Boolean);
  return `  • ${parts.join(' · ')}${links.length ? `\n    ${links.join('  ')}` : ''}`;
}

/** An answer as text for a terminal, in the answer's language. */
export function renderAnswer(answer: Answer, options: TerminalStyle = {}): string {
  const style = { color: options.color ?? false, now: options.now ?? new Date() };
  return finish(compose(answer, style.now), style.color);
}

function compose(answer: Answer, now: Date): string {
  const words = messages(answer.lang);
  const out: string[] = [];
  if (answer.truncated) out.push(words.truncated(MAX_QUESTION_LENGTH));
  switch (answer.intent) {
    case 'help':
      out.push(words.helpTitle, words.helpBody, words.helpFilters, words.helpCommands, `${words.examplesTitle}: ${EXAMPLES[answer.lang].join(' · ')}`);
      return out.join('\n');
    case 'events':
      out.push(answer.events.length ? `${words.events}:` : words.noEvents, ...answer.events.map((event) => eventLine(event, answer, now)));
      return out.join('\n');
    case 'next':
      out.push(...(answer.events.length ? [`${words.nextEvent}:`, ...answer.events.map((event) => eventLine(event, answer, now))] : [words.noNextEvent]));
      return out.join('\n');
    default:
      break;
  }
  if (!answer.results.length && !answer.talks.length) {
    out.push(`${words.noMatch(clean(answer.query))} ${words.tryInstead}: ${answer.suggestions.join(' · ')}`);
    return out.join('\n');
  }
  if (answer.talks.length) out.push(`${words.talks}:`, ...answer.talks.map((talk) => talkLine(talk, answer)), '');
  if (answer.results.length) {
    const from = answer.offset + 1;
    out.push(words.resultsOf(from, answer.offset + answer.results.length, answer.total));
    answer.results.forEach((result, index) => out.push(resultBlock(result, from + index, answer)));
  }
  return out.join('\n');
}
