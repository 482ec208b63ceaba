import type { Answer } from '../search/index.js';

/** The documented `--json` shape of `npm run ask` (README "JSON output"); other tools depend on it. */
export interface AskJson {
  query: string;
  total: number;
  results: Array<{
    title: string;
    url: string;
    heading: string | null;
    text: string;
    lang: string;
    event: string | null;
    date: string | null;
    score: number;
    links: { videos: string[]; slides: string[]; other: string[] };
  }>;
  talks: Array<{
    title: string;
    speakers: string[];
    organisations: string[];
    event: string | null;
    date: string | null;
    video: string | null;
    slides: string | null;
    url: string;
  }>;
}

export function toJson(answer: Answer): AskJson {
  return {
    query: answer.query,
    total: answer.total,
    results: answer.results.map(({ title, url, heading, text, lang, event, date, score, links }) => ({
      title,
      url,
      heading,
      text,
      lang,
      event,
      date,
      score,
      links: { videos: links.videos, slides: links.slides, other: links.other },
    })),
    talks: answer.talks.map(({ title, speakers, organisations, event, date, video, slides, url }) => ({
      title,
      speakers,
      organisations,
      event,
      date,
      video,
      slides,
      url,
    })),
  };
}
