/**
 * "istio day europe recordings", "istio day 北美 幻灯片": a video or slides question that names a series (one kind of
 * event, a region or none) with no year, city, time word or topic stands for its latest edition whose posts link what is
 * asked, as a schedule or registration question does (`take-part.ts`). The question then holds that edition's year and
 * city, as for the first edition (`nth-edition.ts`), and the whole answer is of it: its talks with their own recording or
 * deck, its line, its passages first. A newer edition that links none (Istio Day North America 2025 has no slides page) is
 * passed over rather than answered with "none linked"; with a topic ("istio day kiali video") every edition stays asked.
 */
import type { Question } from '../understand/index.js';
import type { Calendar } from './calendar.js';
import { linksMedia, type EventMedia } from './no-media.js';
import { topicOf } from './topic.js';
import { REGIONS } from '../domain/index.js';

/** The question with the year and city of the latest edition of the series it names that links its video or slides; itself otherwise. */
export function withMediaEdition(question: Question, calendar: Calendar, media: EventMedia): Question {
  const { ask, time, entities } = question;
  if ((ask !== 'video' && ask !== 'slides') || time !== null || entities.years.length || entities.cities.length || entities.regions.length > 1) return question;
  const [kind, other] = entities.kinds;
  if (!kind || other || topicOf(question, calendar, true).length) return question;
  const region = REGIONS.find((one) => one === entities.regions[0]) ?? null;
  // Newest first: the calendar's order.
  const edition = calendar.ofKind(kind, region, question.lang).find((event) => event.start !== null && linksMedia(event, ask === 'video', media));
  if (!edition?.start) return question;
  const year = edition.start.slice(0, 4);
  const cities = edition.city ? [edition.city] : [];
  // Said in the words too, as a year said from today is (`said-years.ts`): the event knowledge reads the events they name.
  return { ...question, entities: { ...entities, years: [Number(year)], cities }, rest: [question.rest, ...cities, year].join(' ') };
}
