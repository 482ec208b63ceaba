import { loadConfig } from '../../config/index.js';
import { auditKnowledge, type AuditReport } from '../../indexer/index.js';
import type { EventInfo, Talk } from '../../model/index.js';
import { readIndex } from '../../store/index.js';
import { parseCli } from '../args.js';

const USAGE = `Usage: npm run knowledge -- [--index DIR] [--json]
  --index DIR   the index to audit (default: INDEX_DIR or index/)
  --json        print events, talks and the audit as JSON
Prints every event (dates, venue and city, parent, posts with roles, links by kind) and every talk (event, speakers
with organisations, links), then the audit. Exits with 1 when the audit finds a problem.`;

function eventLines(event: EventInfo, names: ReadonlyMap<string, string>): string[] {
  const where = [event.venue, event.city, event.country].filter(Boolean).join(', ') || 'no city';
  const dates = event.start ? (event.end && event.end !== event.start ? `${event.start} – ${event.end}` : event.start) : 'no date';
  const lines = [`${event.name} [${event.kind}, ${event.lang}] ${dates} · ${where}`];
  if (event.parent) lines.push(`  part of: ${names.get(event.parent) ?? event.parent}`);
  for (const source of event.sources) lines.push(`  post (${source.role}${source.date ? `, ${source.date}` : ''}): ${source.url}`);
  for (const [kind, urls] of Object.entries(event.links)) for (const url of urls) lines.push(`  ${kind}: ${url}`);
  return lines;
}

function talkLines(talk: Talk): string[] {
  const titles = Object.entries(talk.titles)
    .filter(([, title]) => title !== talk.title)
    .map(([lang, title]) => ` / ${lang}: ${title}`)
    .join('');
  const lines = [`${talk.title}${titles} [${talk.lang}]`, `  event: ${talk.event ?? '(none)'}${talk.date ? ` · ${talk.date}` : ''}`];
  const people = talk.people.map((person) => (person.organisation ? `${person.name} (${person.organisation})` : person.name));
  if (people.length > 0) lines.push(`  speakers: ${people.join(', ')}`);
  for (const kind of ['video', 'slides', 'schedule'] as const) if (talk[kind]) lines.push(`  ${kind}: ${talk[kind]}`);
  return lines;
}

function auditLines(report: AuditReport): string[] {
  const { counts } = report;
  return [
    `${counts.events} events, ${counts.talks} talks; ${counts.talksWithoutEvent} talks not attributed to an event; ${counts.eventsWithoutCity} events without a city, ${counts.eventsWithVenue} with a venue`,
    ...report.notes.map((note) => `note: ${note}`),
    ...report.problems.map((problem) => `problem: ${problem}`),
    report.problems.length === 0 ? 'audit: no problems' : `audit: ${report.problems.length} problems`,
  ];
}

export async function knowledge(argv: string[]): Promise<number> {
  const args = parseCli(argv, { index: { type: 'string' }, json: { type: 'boolean', default: false } }, USAGE);
  if (!args) return 0;
  const { values } = args;
  const dir = values.index ?? loadConfig().indexDir;
  const { data } = await readIndex(dir);
  const report = auditKnowledge(data);
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ events: data.events, talks: data.talks, audit: report }, null, 2)}\n`);
  } else {
    const names = new Map(data.events.map((event) => [event.id, event.name]));
    const lines = [
      'Events',
      ...data.events.flatMap((event) => eventLines(event, names)),
      '',
      'Talks',
      ...data.talks.flatMap(talkLines),
      '',
      ...auditLines(report),
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  }
  return report.problems.length === 0 ? 0 : 1;
}
