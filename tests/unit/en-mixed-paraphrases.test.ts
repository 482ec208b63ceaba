import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { understand } from '../../src/understand/index.js';
import type { Ask } from '../../src/understand/types.js';
import { shippedService } from '../helpers/engine.js';
import { BATTERY_NOW, expectNamed, shownIn, type Looked, type Named } from '../helpers/readings.js';

/**
 * English questions as people type them in Slack, written from the posts before reading any question set and unlike
 * the rows of the other paraphrase batteries: where to buy or get a thing, which talks an event had, what a thing is,
 * the next or latest event, and how many (people, countries, talks, seats, voters). A user notices the ask and the
 * event read, and whether the answer line, or without one the first passage, holds the fact the posts give (for
 * talks: the line's head and the first talk it lists).
 */
let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});

interface Row extends Named {
  q: string;
  /** The ask read, or for a next or latest question the time read (`time`), which decides its line whatever the ask. */
  ask: Ask | 'next' | 'latest';
  shows: Looked;
  holds: RegExp;
}

const STORE = /CNCF (?:online )?store/i;
const LONDON_COPIES = /gave (?:them )?away|free copies/;
const NEW_SHIRT = /T-shirts? with a new design|new Istio T-shirt/;
const FIRST_400 = /first 400/;
const HASHTAG = /#IstioTurns4/;
const ISTIO_DAY = /co-located with KubeCon|co-located event/;
const REACH_2021 = /4,000/;

const rows: Row[] = [
  // Buying or getting a thing
  { q: 'any idea where i can get the izzy book?', ask: 'buy', shows: 'line', holds: STORE },
  { q: 'anyone know where u can get istio t shirts', ask: 'buy', shows: 'line', holds: /T-shirt/ },
  { q: 'pls where can u buy izzy saves the birthday', ask: 'buy', shows: 'line', holds: STORE },
  { q: 'is the dolphin kids book for sale anywhere', ask: 'buy', shows: 'line', holds: STORE },
  { q: 'anyone know if the cncf store has the istio book', ask: 'buy', shows: 'line', holds: STORE },
  { q: 'need to get a copy of the istio childrens book for my daughter, link?', ask: 'buy', shows: 'line', holds: STORE },
  { q: 'signed izzy books in london, how did ppl get one', ask: 'buy', city: 'London', shows: 'line', holds: LONDON_COPIES },
  { q: 'istio tee at the kiosk in atlanta?', ask: 'buy', city: 'Atlanta', shows: 'line', holds: NEW_SHIRT },
  { q: 'how do i get one of the new istio tshirts', ask: 'buy', shows: 'line', holds: NEW_SHIRT },
  { q: 'istiocon 2022 tee - how could u get one', ask: 'buy', kind: 'istiocon', year: 2022, shows: 'line', holds: FIRST_400 },
  { q: 'conference shirt for istiocon 22?', ask: 'buy', kind: 'istiocon', year: 2022, shows: 'line', holds: FIRST_400 },
  { q: 'how do u win swag on the istio bday', ask: 'buy', shows: 'line', holds: HASHTAG },
  // Either way the post gives of winning it: the hashtag, or a question at the birthday meetup.
  { q: 'how to get istio swag for the 4th birthday', ask: 'buy', shows: 'line', holds: /#IstioTurns4|chance at swag/ },
  // Which talks
  { q: 'what got presented at istio day london?', ask: 'talks', city: 'London', shows: 'talk', holds: /Europe 2025.*Opening keynote/ },
  { q: 'list of talks istio day atlanta pls', ask: 'talks', city: 'Atlanta', shows: 'talk', holds: /North America 2025.*Welcome \+ Opening Remarks/ },
  { q: 'sessions at the chicago istio day', ask: 'talks', city: 'Chicago', shows: 'talk', holds: /North America 2023.*Opening keynote/ },
  { q: 'what was talked about at the beijing meetup', ask: 'talks', city: 'Beijing', shows: 'talk', holds: /Meetup China 2021.*Welcome/ },
  { q: 'talks on ambient at istio day london', ask: 'talks', city: 'London', shows: 'talk', holds: /Europe 2025.*ambient/ },
  { q: 'the talks by john howard in atlanta', ask: 'talks', city: 'Atlanta', shows: 'talk', holds: /North America 2025.*(?:Welcome \+ Opening Remarks|Is Your Service Mesh AI Ready)/ },
  { q: 'what did intuit talk about at istio day chicago', ask: 'talks', city: 'Chicago', shows: 'talk', holds: /Intuit end-user talk/ },
  { q: 'talks about kiali at istio day', ask: 'talks', kind: 'istio-day', shows: 'talk', holds: /Kiali/ },
  { q: 'what was the salesforce talk at the 4th bday meetup', ask: 'talks', shows: 'talk', holds: /Contributions born from running Istio in production at Salesforce/ },
  { q: 'istio talks kubecon amsterdam 2026?', ask: 'talks', city: 'Amsterdam', year: 2026, shows: 'talk', holds: /Europe 2026.*Mesh stories/ },
  // What a thing is
  { q: 'whats istio day, is it a separate conference?', ask: 'what-is', kind: 'istio-day', shows: 'line', holds: ISTIO_DAY },
  { q: 'is istiocon a real conference or a kubecon thing', ask: 'what-is', kind: 'istiocon', shows: 'either', holds: /conference/ },
  { q: 'wat is this izzy thing', ask: 'what-is', shows: 'either', holds: /dolphin|mascot/ },
  { q: 'what does ica stand for', ask: 'what-is', shows: 'either', holds: /Istio Certified Associate/ },
  { q: 'istio toc - what does it stand for', ask: 'what-is', shows: 'either', holds: /Technical Oversight Committee/ },
  { q: 'whats phippy and friends about', ask: 'what-is', shows: 'either', holds: /mascots/ },
  { q: 'contribfest?? what is that', ask: 'what-is', shows: 'either', holds: /ContribFest/ },
  { q: 'whats the project pavilion at kubecon', ask: 'what-is', shows: 'either', holds: /Project Pavilion/ },
  { q: 'what was istiocon 2022 about', ask: 'what-is', kind: 'istiocon', year: 2022, shows: 'either', holds: /second annual Istio conference|user-cent/ },
  { q: 'what exactly was the twitch thing in 2018', ask: 'what-is', year: 2018, shows: 'either', holds: /Twitch/ },
  // Next and latest
  { q: 'when is the next istio day pls', ask: 'next', kind: 'istio-day', shows: 'line', holds: /Istio Day North America 2025/ },
  { q: 'anyone know if theres another istiocon planned', ask: 'next', kind: 'istiocon', shows: 'line', holds: /IstioCon China 2023/ },
  { q: 'whats the latest istio event u guys did', ask: 'latest', shows: 'line', holds: /KubeCon \+ CloudNativeCon Europe 2026/ },
  // The chat's nouns for any event ("the next istio thing"): the latest of any kind, none announced after it.
  { q: 'whens the next istio thing', ask: 'next', shows: 'line', holds: /No upcoming event is announced; the latest: KubeCon \+ CloudNativeCon Europe 2026/ },
  { q: 'any istio stuff coming up?', ask: 'next', shows: 'line', holds: /No upcoming event is announced; the latest: KubeCon \+ CloudNativeCon Europe 2026/ },
  { q: 'next kubecon eu?', ask: 'next', kind: 'kubecon', shows: 'line', holds: /Europe 2026/ },
  { q: 'most recent istio day in europe', ask: 'latest', kind: 'istio-day', shows: 'line', holds: /Istio Day Europe 2025/ },
  { q: 'when was istios 4th bday', ask: 'when', shows: 'line', holds: /4th Birthday Celebration: 24 to 28 May 2021/ },
  { q: 'upcoming istio stuff at kubecon na', ask: 'next', kind: 'kubecon', shows: 'line', holds: /North America 2025/ },
  { q: 'is there an istio day next year', ask: 'next', kind: 'istio-day', shows: 'line', holds: /Istio Day North America 2025/ },
  // How many
  { q: 'how many ppl went to istiocon 2021', ask: 'how-many', kind: 'istiocon', year: 2021, shows: 'line', holds: REACH_2021 },
  { q: 'how many ppl at istiocon 21?', ask: 'how-many', kind: 'istiocon', year: 2021, shows: 'line', holds: REACH_2021 },
  { q: 'how many went to the first istiocon', ask: 'how-many', kind: 'istiocon', shows: 'line', holds: REACH_2021 },
  { q: 'istiocon 2021 attendance?', ask: 'how-many', kind: 'istiocon', year: 2021, shows: 'line', holds: REACH_2021 },
  { q: 'how many countries joined the first istiocon', ask: 'how-many', kind: 'istiocon', shows: 'line', holds: /8[04] countries/ },
  { q: 'how big was istiocon 2021', ask: 'how-many', kind: 'istiocon', year: 2021, shows: 'line', holds: REACH_2021 },
  { q: 'how many ppl signed up for that beijing meetup', ask: 'how-many', city: 'Beijing', shows: 'line', holds: /292/ },
  { q: 'how many watched the beijing meetup stream', ask: 'how-many', city: 'Beijing', shows: 'line', holds: /2,000 viewers/ },
  { q: 'number of talks at istio day chicago?', ask: 'how-many', city: 'Chicago', shows: 'line', holds: /Talks at Istio Day North America 2023 \(\d+\)/ },
  { q: 'how many istio sessions at kubecon eu 2026', ask: 'how-many', kind: 'kubecon', year: 2026, shows: 'line', holds: /four|4\b|6\b|six/ },
  { q: 'how many ppl showed up in the hall at the beijing meetup', ask: 'how-many', city: 'Beijing', shows: 'line', holds: /about 140/ },
  { q: 'how many partners co-hosted the beijing meetup?', ask: 'how-many', city: 'Beijing', shows: 'line', holds: /six partners/ },
  { q: 'how many end user companies at istiocon 2021', ask: 'how-many', kind: 'istiocon', year: 2021, shows: 'line', holds: /2[57] end-user companies/ },
  { q: 'how many ppl contributed before the istio bday', ask: 'how-many', shows: 'line', holds: /1,700/ },
  { q: 'how many contributors did istio have by its 7th bday', ask: 'how-many', shows: 'line', holds: /1,700/ },
  { q: 'how many talks at istiocon china', ask: 'how-many', kind: 'istiocon', shows: 'line', holds: /IstioCon China 2023 \(\d+\)/ },
  { q: 'how many github stars does istio have', ask: 'how-many', shows: 'line', holds: /35,000/ },
];

describe('English buying, talks, "what is", next and "how many" questions as typed in Slack', () => {
  it.each(rows)('$q', ({ q, ask, shows, holds, ...named }) => {
    const question = understand(q);
    const read = question.command === 'talks' ? 'talks' : question.ask;
    expect(ask === 'next' || ask === 'latest' ? question.time : read).toBe(ask);
    expectNamed(question, named);
    expect(shownIn(engine.answer(q, { now: BATTERY_NOW }), shows)).toMatch(holds);
  });
});

describe('a proxy’s memory, said as people say it', () => {
  it('finds the talk on a sidecar "Consuming 8GBs of Memory" when asked about its RAM, and 内存 in Chinese', () => {
    expect(engine.answer('too much ram', { now: BATTERY_NOW }).results[0]?.text).toMatch(/Consuming 8GBs of Memory/);
    expect(engine.answer('sidecar 吃内存', { now: BATTERY_NOW }).results[0]?.text).toMatch(/8GB 内存|8GBs of Memory/);
  });
});

describe('plugins, said of extending Istio', () => {
  it('finds the talks on extending Istio with Wasm when asked about plugins, and 插件 in Chinese', () => {
    expect(engine.answer('istio wasm plugin', { now: BATTERY_NOW }).results[0]?.text).toMatch(/Extending and Customizing Istio with Wasm/);
    expect(engine.answer('wasm 插件', { now: BATTERY_NOW }).results[0]?.text).toMatch(/使用 Wasm 扩展和定制 Istio/);
  });
});
