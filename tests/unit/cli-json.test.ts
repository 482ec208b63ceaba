import { describe, expect, it } from 'vitest';
import { toJson } from '../../src/cli/json.js';
import { answer, eventInfo, talk } from '../helpers/answers.js';

describe('toJson, the documented --json shape of npm run ask', () => {
  it('prints the query, the total and the documented fields of each result and talk, in the README order', () => {
    const json = toJson(answer({ total: 7, talks: [talk()], events: [eventInfo()], suggestions: ['ambient'] }));
    expect(JSON.stringify(json, null, 2)).toBe(
      JSON.stringify(
        {
          query: 'ambient',
          total: 7,
          results: [
            {
              title: 'Istio at KubeCon Europe 2031',
              url: 'https://istio.io/latest/blog/2031/istio-day-lisbon/#talks',
              heading: 'Talks',
              text: 'The morning started with a keynote on ambient waypoints, which set the theme for the day.',
              lang: 'en',
              event: 'Istio Day Europe 2031',
              date: '2031-04-20',
              score: 10,
              links: { videos: ['https://youtu.be/AbCdEf12345'], slides: ['https://sched.co/1Fxt1'], other: [] },
            },
          ],
          talks: [
            {
              title: 'Multicluster failover in practice',
              speakers: ['Jürgen Álvarez', 'Mina Sato'],
              organisations: ['Example Corp', 'Sample Inc'],
              event: 'Istio Day North America 2032',
              date: '2032-11-09',
              video: 'https://www.youtube.com/watch?v=MoNtReAl001',
              slides: 'https://sched.co/2Mtl1',
              url: 'https://istio.io/latest/blog/2032/istio-day-montreal/#talks',
            },
          ],
        },
        null,
        2,
      ),
    );
  });

  it('keeps null fields as null rather than leaving them out', () => {
    const json = toJson(answer({ results: [], talks: [talk({ event: null, date: null, video: null, slides: null })] }));
    expect(json.talks[0]).toMatchObject({ event: null, date: null, video: null, slides: null });
  });
});
