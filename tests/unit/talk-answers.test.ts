/** Questions about talks, phrased as people type them, reach the structured talks answer (shipped index). */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { shippedService } from '../helpers/engine.js';

let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});

const titles = (question: string): string[] => engine.answer(question).talks.map((talk) => talk.title);

describe('talks of an event, a topic or a speaker', () => {
  it('lists the Istio sessions of the conference week for an Istio Day whose programme no post lists', () => {
    const answer = engine.answer('istio day paris sessions');
    expect(answer.intent).toBe('talks');
    expect(answer.talks.length).toBeGreaterThan(0);
    expect(answer.talks.every((talk) => talk.event?.startsWith('KubeCon + CloudNativeCon Europe 2024'))).toBe(true);
    // The line names the conference the talks were given at, never the Istio Day.
    expect(answer.direct?.text).toMatch(/^Talks at KubeCon \+ CloudNativeCon Europe 2024 \(\d+\): /);
    expect(answer.events.map((event) => event.name)).toContain('Istio Day Europe 2024');
  });

  it('lists the talks of every event on a topic when the question names no event', () => {
    const answer = engine.answer('any talks on wasm');
    expect(answer.intent).toBe('talks');
    expect(answer.talks.length).toBeGreaterThan(0);
    expect(answer.talks.every((talk) => /wasm/i.test(talk.title))).toBe(true);
    expect(answer.direct?.text).toMatch(/^Talks on wasm at /);
    // "Who talked about…" without an event asks for people: the passages that name them answer.
    expect(engine.answer('who talked about wasm').intent).toBe('search');
  });

  it('lists only the talks of the speaker a question names in full', () => {
    const answer = engine.answer('what did john howard talk about at istio day');
    expect(answer.intent).toBe('talks');
    expect(answer.talks.length).toBeGreaterThan(1);
    expect(answer.talks.every((talk) => talk.speakers.includes('John Howard') && talk.event?.startsWith('Istio Day'))).toBe(true);
    expect(engine.answer('talks by lin sun').talks.every((talk) => talk.speakers.includes('Lin Sun'))).toBe(true);
  });

  it('reads a word of an event name and of talk titles as the topic when the other words name the event', () => {
    // "AI" is a word of Cloud Native AI Day's name: here it is what the talks are about.
    const answer = engine.answer('talks on ai at kubecon na 2025');
    expect(answer.talks.length).toBeGreaterThan(0);
    expect(answer.talks.every((talk) => /\bai\b/i.test(talk.title) && talk.date?.startsWith('2025'))).toBe(true);
  });

  it('reads one word of an occasion’s name that titles talks as their topic when nothing else names an event', () => {
    // "AI" is one of Cloud Native AI Day's three words: said alone, it asks for the talks on AI of every event, asked as a
    // command, in a sentence or in Chinese; the whole name still names the day.
    for (const question of ['talks on ai', 'were there any ai sessions', 'ai 方面的演讲有哪些']) {
      const answer = engine.answer(question);
      expect(answer.talks.length, question).toBeGreaterThan(1);
      expect(answer.talks.every((talk) => /\bai\b/i.test(talk.title)), question).toBe(true);
      expect(answer.direct?.text ?? '', question).not.toMatch(/Cloud Native AI Day/);
    }
    expect(engine.answer('talks at the cloud native ai day').direct?.text).toMatch(/Cloud Native AI Day Europe 2024/);
    // A word naming a series of occasions ("birthday": the birthdays and the book launch) names them, though a title holds it.
    for (const question of ['talks at the istio birthday', '生日 的演讲']) {
      expect(engine.answer(question).talks.map((talk) => talk.event), question).toContain('Istio 4th Birthday Celebration');
    }
    // Asked of another event in a sentence, the word chooses among its talks, as the command does.
    const atKubecon = engine.answer('were there any sessions about ai at kubecon 2025');
    expect(atKubecon.talks.length).toBeGreaterThan(0);
    expect(atKubecon.talks.every((talk) => /\bai\b/i.test(talk.title) && talk.date?.startsWith('2025'))).toBe(true);
  });

  it('lists no other event’s talks for a year no talk is known of', () => {
    const answer = engine.answer('talks about security at istiocon 2022');
    expect(answer.talks.filter((talk) => !talk.event?.startsWith('IstioCon 2022'))).toEqual([]);
  });

  it("lists the project's own sessions of a conference week first (its maintainer track, then its ContribFest), the conference's first when it is named", () => {
    const eventsOf = (question: string) => [...new Set(engine.answer(question).talks.map((talk) => talk.event))];
    expect(eventsOf('talks salt lake city').slice(0, 2)).toEqual(['KubeCon + CloudNativeCon North America 2024 Maintainer Track', 'KubeCon + CloudNativeCon North America 2024 ContribFest']);
    // A question naming the conference gets its sessions first, and those of its tracks too.
    const named = eventsOf('istio talks at kubecon north america 2024');
    expect(named[0]).toBe('KubeCon + CloudNativeCon North America 2024');
    expect(named).toContain('KubeCon + CloudNativeCon North America 2024 Maintainer Track');
  });

  it('answers the slides of a talk a word of its title names, and what an agenda talked about, with the talks', () => {
    const slides = engine.answer('ebpf slides from the beijing meetup');
    expect(slides.intent).toBe('talks');
    expect(slides.talks[0]?.slides).toMatch(/\.pdf$/);
    expect(slides.talks.every((talk) => /ebpf/i.test(talk.title))).toBe(true);
    const agenda = engine.answer('what was talked about on the istio day atlanta agenda');
    expect(agenda.intent).toBe('talks');
    expect(agenda.talks.every((talk) => talk.event === 'Istio Day North America 2025')).toBe(true);
    // The agenda alone is its schedule page.
    expect(engine.answer('istio day atlanta agenda').direct?.text).toBe('Schedule of Istio Day North America 2025');
  });

  it('finds a talk by a word of its title in the other language, whichever copy the programme keeps', () => {
    expect(titles('彭博 istio 演讲')).toContain('How Bloomberg secures highly privileged financial information with Istio');
  });

  it('reads a short word as the title words it is, not as a typo of another ("give" is not "live")', () => {
    const answer = engine.answer('which talks did people give at istio day london');
    expect(answer.direct?.text).toMatch(/^Talks at Istio Day Europe 2025 /);
    expect(answer.talks.length).toBeGreaterThan(2);
  });

  /** The talks the London post lists under "KubeCon keynotes that featured Istio", in its order. */
  const KEYNOTES_EU_2025 = [
    "Project Lightning Talk: What's New in Istio?",
    'Announcing the NeoNephos Foundation',
    "HSBC's journey with Kubernetes",
    'Ant Group keynote',
    'A free cost-saving estimator and migration tool for Istio ambient mode',
    'Cloud Native Evolution in Telecom',
  ];

  it('reads a kind of talk as what a question about an event asks for', () => {
    const answer = engine.answer('keynotes at kubecon europe 2025');
    expect(answer.intent).toBe('talks');
    expect(answer.talks.length).toBeGreaterThan(0);
    // The keynotes are those the post lists under "KubeCon keynotes that featured Istio", titled so or not, and no other session.
    expect(answer.talks.map((talk) => talk.title)).toEqual(KEYNOTES_EU_2025);
    // Something no talk's title says (the photos) is answered by the passages.
    expect(engine.answer('keynote photos kubecon europe 2025').intent).toBe('search');
  });

  it('answers who was on or at an event, nothing else asked of it, with the speakers of its talks', () => {
    expect(engine.answer('who was at istio day atlanta').direct?.text).toMatch(/^Speakers at Istio Day North America 2025: /);
    expect(engine.answer('who was on the istio 1.0 launch stream').direct?.text).toMatch(/^Speakers at Istio 1\.0 Twitch Stream: /);
    // Something else asked of it (its programme committee) is answered by the passages that say it.
    expect(engine.answer('who was on the programme committee of istio day atlanta').direct?.text ?? '').not.toMatch(/^Speakers at/);
  });

  it('names the speakers of a conference\'s co-located Istio Day when asked who spoke at the conference', () => {
    // The conference's own Istio sessions name few speakers; its Istio Day's name the project's people.
    expect(engine.answer('speakers of the istio sessions, kubecon atlanta 2025').direct?.text).toMatch(/^Speakers at .*Jackie Maertens/);
    expect(engine.answer('2025 北美 kubecon 的 istio 演讲者').direct?.text).toMatch(/Jackie Maertens/);
  });

  it('answers who from an organisation was on or at an event with its speakers from that organisation', () => {
    expect(engine.answer('who from lyft was on the istio 1.0 launch stream').direct?.text).toMatch(/^Speakers from Lyft at Istio 1\.0 Twitch Stream: .*Matt Klein/);
    expect(engine.answer('who from microsoft took part in istio day atlanta').direct?.text).toMatch(/^Speakers from Microsoft at Istio Day North America 2025: .*Keith Mattix/);
  });

  it('reads the word that ties talks to what they are about as no topic: "featuring", "that covered"', () => {
    expect(titles('keynotes featuring istio at kubecon europe 2025')).toEqual(KEYNOTES_EU_2025);
    expect(engine.answer('kubecon europe 2025 sessions that covered ambient').direct?.text).toMatch(/^Talks on ambient at /);
  });

  it('lists only the talks of the format a question names, when the post notes it beside the title', () => {
    // Istio Day North America 2023 had 14 talks; its post notes two as "(lightning talk)" / "（闪电演讲）".
    const lightning = ['The impacts of running services with arbitrary code', "Analysing and predicting Istio's performance overhead"];
    const answer = engine.answer('lightning talks at istio day chicago 2023');
    expect(answer.intent).toBe('talks');
    expect(answer.talks.map((talk) => talk.title)).toEqual(lightning);
    expect(answer.direct?.text).toMatch(/^Talks on lightning at Istio Day North America 2023 \(2\): /);
    const zh = engine.answer('芝加哥 istio day 闪电演讲有哪些');
    expect(zh.talks.map((talk) => talk.titles.en)).toEqual(lightning);
    expect(zh.direct?.text).toMatch(/（2 场）/);
    expect(titles('workshops at istio day chicago')).toEqual(['Getting started with ambient mesh']);
    // The vocabulary's phrase in the singular ("lightning talk") names the kind as the plural does, in a question of either language.
    expect(titles('istio day chicago 2023 - every lightning talk')).toEqual(lightning);
    expect(engine.answer('芝加哥 istio day 2023 的 lightning talk').talks.map((talk) => talk.titles.en)).toEqual(lightning);
  });

  it('lists the talks the post lists under the stage or section a question names, in en and zh', () => {
    // The Amsterdam 2026 page lists four sessions under "Istio sessions at the Cloud Native Theater (24 March)"
    // ("云原生剧场上的 Istio 议题" in Chinese); no title says "theater", and the week had other Istio sessions.
    const theater = ['2EG0z', '2EG0q', '2EG0t', '2EG0w'].map((id) => `https://sched.co/${id}`);
    const answer = engine.answer('sessions at the cloud native theater at kubecon amsterdam 2026');
    expect(answer.intent).toBe('talks');
    expect(answer.talks.map((talk) => talk.schedule).sort()).toEqual([...theater].sort());
    expect(answer.direct?.text).toMatch(/^Talks on theater at KubeCon \+ CloudNativeCon Europe 2026 \(4\): /);
    const zh = engine.answer('2026 阿姆斯特丹 kubecon 云原生剧场的议题');
    expect(zh.talks.map((talk) => talk.schedule).sort()).toEqual([...theater].sort());
    // A word no heading of the event holds chooses nothing: every talk of the week, as before.
    expect(engine.answer('sessions at the cloud native pavilion at kubecon amsterdam 2026').talks.length).toBeGreaterThan(4);
    // A question that counts them is answered by the post's sentence that counts, not by the heading that lists them
    // ("Other KubeCon sessions built on Istio").
    expect(engine.answer('how many sessions built on istio were there at kubecon paris 2024').direct?.text).toMatch(/ten KubeCon sessions built on Istio/);
  });

  it('finds the conference a stage belongs to when the question names no event, not the event whose name holds its words', () => {
    // "Cloud Native" is two of the three words of the stage and of Cloud Native AI Day Europe 2024's name; "theater"
    // is of no event's name, and only the Amsterdam 2026 post lists talks under the stage.
    const theater = ['2EG0z', '2EG0q', '2EG0t', '2EG0w'].map((id) => `https://sched.co/${id}`);
    const answer = engine.answer('which talks are at the cloud native theater');
    expect(answer.talks.map((talk) => talk.schedule).sort()).toEqual([...theater].sort());
    expect(answer.direct?.text).toMatch(/KubeCon \+ CloudNativeCon Europe 2026/);
    const times = engine.answer('cloud native theater agenda');
    expect(times.direct?.text ?? '').not.toMatch(/Cloud Native AI Day/);
    expect(times.events.map((event) => event.name)).toContain('KubeCon + CloudNativeCon Europe 2026');
    // Words of a heading that name an event too ("istio sessions") leave the event to the names: no stage is said.
    expect(engine.answer('cloud native ai day talks').direct?.text).toMatch(/Cloud Native AI Day Europe 2024/);
  });

  it("lists the session of the project's ContribFest or maintainer track a question names, of the year and region it names only", () => {
    const answer = engine.answer('contribfest at kubecon eu 2025');
    expect(answer.intent).toBe('talks');
    expect(answer.talks.map((talk) => talk.event)).toEqual(['KubeCon + CloudNativeCon Europe 2025 ContribFest']);
    // No post lists a maintainer track talk of that KubeCon: no other year's or region's stands in.
    expect(engine.answer('maintainer track kubecon europe 2023').talks.filter((talk) => talk.event?.endsWith('Maintainer Track'))).toEqual([]);
  });

  it("names every talk of an Istio Day's programme in the line", () => {
    const answer = engine.answer('sessions given at istio day london');
    expect(answer.talks.length).toBeGreaterThan(6);
    expect(answer.direct?.text).not.toMatch(/ more$/);
    expect(answer.talks.every((talk) => answer.direct?.text.includes(talk.title))).toBe(true);
    // In Chinese too, though each Chinese title carries its English original in brackets.
    const zh = engine.answer('2025 年北美 istio day 的演讲列表');
    expect(zh.talks.length).toBeGreaterThan(6);
    expect(zh.direct?.text).not.toMatch(/等 \d+ 场$/);
    expect(zh.talks.every((talk) => zh.direct?.text.includes(talk.titles.zh ?? talk.title))).toBe(true);
  });

  it('reads a long word of one name as that speaker, and a full name as that person alone', () => {
    const answer = engine.answer('faseela talks');
    expect(answer.intent).toBe('talks');
    expect(answer.talks.length).toBeGreaterThan(1);
    expect(answer.talks.every((talk) => talk.speakers.includes('Faseela K'))).toBe(true);
    expect(engine.answer('what did christian posta present').talks.every((talk) => talk.speakers.includes('Christian Posta'))).toBe(true);
  });

  it("answers an event's videos, when it has no recordings page, with its talks and their own recordings", () => {
    const answer = engine.answer('istio day london talk videos');
    expect(answer.intent).toBe('talks');
    expect(answer.talks.length).toBeGreaterThan(1);
    expect(answer.talks.every((talk) => talk.video !== null && talk.event === 'Istio Day Europe 2025')).toBe(true);
    // Talks without a recording of their own (a poster) are not listed as videos.
    const conference = engine.answer('kubecon atlanta 2025 videos');
    expect(conference.talks.length).toBeGreaterThan(1);
    expect(conference.talks.every((talk) => talk.video !== null)).toBe(true);
  });

  it('lists the organisation\'s talk whose entry says the topic its title lacks, not other speakers\' talks titled with it', () => {
    // "Forbes described its move to ambient mode": the maintainer track session, though "ambient" titles it not.
    const answer = engine.answer('which session did forbes give on ambient in london');
    expect(answer.direct?.text).toMatch(/^Talks by Forbes on ambient at .*: Istio: The Past, Present and Future of the Project and Community/);
    expect(answer.talks[0]?.title).toBe('Istio: The Past, Present and Future of the Project and Community');
  });

  it('lists the talks of the organisation a question names at the event it names, and who of it spoke', () => {
    const answer = engine.answer('what did Forbes present at kubecon london');
    expect(answer.intent).toBe('talks');
    expect(answer.talks.map((talk) => talk.title)).toEqual(['Istio: The Past, Present and Future of the Project and Community']);
    expect(answer.direct?.text).toMatch(/^Talks by Forbes at KubeCon \+ CloudNativeCon Europe 2025 Maintainer Track \(1\): .*Raymond Wong/);
    expect(engine.answer('Forbes 在 kubecon london 上讲了啥').direct?.text).toMatch(/^KubeCon \+ CloudNativeCon Europe 2025 Maintainer Track 上 Forbes 的演讲（1 场）：/);
    // The recap paragraph that names the speaker and the organisation still comes first.
    const salesforce = engine.answer('what did salesforce present at istio 4th birthday');
    expect(salesforce.direct?.text).toMatch(/^Talks by Salesforce at Istio 4th Birthday Celebration \(1\): /);
    expect(salesforce.results[0]?.text).toMatch(/by Pratima Nambiar \(Salesforce\)/);
    expect(engine.answer('who from microsoft spoke at istio day atlanta').direct?.text).toBe(
      'Speakers from Microsoft at Istio Day North America 2025: Welcome + Opening Remarks (Keith Mattix); Istio Ambient Goes Multicluster (Jackie Maertens and Steven Jin Xuan); Closing remarks (Keith Mattix)',
    );
  });
});

describe('the schedule page of a talk', () => {
  it('is the talk a word of its title names, with its own schedule page, not the event programme', () => {
    const answer = engine.answer('sched page for the project update at kubecon eu 2024');
    expect(answer.talks.map((talk) => talk.title)).toEqual(['Istio Project Update']);
    expect(answer.talks[0]?.schedule).toMatch(/sched\.com\/event\/1YhhS/);
    // "page" and "link" ask where to find it: they are no words of a title to look for. The line is the talk's own page.
    expect(answer.direct).toMatchObject({ text: 'Schedule of “Istio Project Update” (KubeCon + CloudNativeCon Europe 2024 Maintainer Track)', url: expect.stringMatching(/sched\.com\/event\/1YhhS/) as unknown });
  });
});

describe('the talks line', () => {
  it("names an Istio Day's whole programme, and cuts a KubeCon week's list saying how many more", () => {
    // Atlanta's nine talks, their titles long: the line names them all, down to the closing remarks.
    expect(engine.answer('talks at istio day north america 2025').direct?.text).toMatch(/\(9\): .*Closing remarks$/);
    expect(engine.answer('talks at kubecon eu 2025').direct?.text).toMatch(/ and \d+ more$/);
  });
});

describe('the talks command with a topic typed as a compound', () => {
  it('lists the talks on it from every event, not those of an event one part of it names', () => {
    for (const question of ['talks about multi-cluster istio', 'talks on multi-cluster']) {
      expect(titles(question)).toEqual(expect.arrayContaining(['Istio Ambient Goes Multicluster', 'Navigating the maze of multi-cluster Istio']));
    }
    expect(engine.answer('talks on ambient multi-cluster').talks.map((talk) => talk.event)).not.toContain('Multi-TenancyCon Europe 2024');
    expect(titles('talks on ambient multi-cluster')).toContain('Istio Ambient Goes Multicluster');
  });
});

describe('a speaker named in Chinese', () => {
  it('is asked about by the English name the posts give beside the Chinese one', async () => {
    const engine = await shippedService();
    const line = engine.answer('宋净超在上海 istiocon 有哪些演讲').direct?.text ?? '';
    expect(line).toMatch(/（2 场）/);
    expect(line).toMatch(/GitOps/);
    expect(line).not.toMatch(/eBPF/);
  });

  it('has the deck or recording of their talk asked for by that name', async () => {
    const engine = await shippedService();
    // The Beijing meetup's decks: the talk items name their speakers in pinyin, the text beside them in Chinese characters.
    expect(engine.answer('张伟那场分享的 ppt 有吗').direct?.url).toMatch(/EnvoyPrincipleIntroductionAndOnlineProblemPit\.pdf$/);
    expect(engine.answer('钟露瑶的幻灯片').direct?.url).toMatch(/AccelerateServiceMeshNetworkwithebpf\.pdf$/);
    expect(engine.answer('徐中虎讲的那个有录像吗').direct?.url).toMatch(/youtube\.com\/watch\?v=/);
  });

  it('is given beside the English name in a Chinese line, as the posts pair them, and in no English line', async () => {
    const engine = await shippedService();
    // Paired in brackets ("宋净超（Jimmy Song）") and in the talk's own item ("由 Kebe Liu 主讲。DaoCloud 的刘齐均分享了…").
    expect(engine.answer('上海 istiocon 的开场主题演讲由哪两位主讲').direct?.text).toMatch(/宋净超 Jimmy Song.*徐中虎 Zhonghu Xu/);
    expect(engine.answer('istiocon 中国站 讲 merbridge 的嘉宾').direct?.text).toMatch(/刘齐均 Kebe Liu/);
    expect(engine.answer('北京 meetup 谁讲的 istio cni 安全').direct?.text).toMatch(/张之晗 Zhang Zhihan/);
    // "John Zheng" is no pinyin: 郑风 ends where the item goes on ("HP 的郑风详细介绍了…").
    expect(engine.answer('istiocon 中国站 HP 的演讲者').direct?.text).toMatch(/郑风 John Zheng/);
    expect(engine.answer('who spoke about merbridge at istiocon china').direct?.text ?? '').not.toMatch(/刘齐均/);
  });

  it('is read in a question by the name a talk item writes for its speaker, with no brackets to pair them', async () => {
    const engine = await shippedService();
    // "由 Kebe Liu（DaoCloud）主讲。DaoCloud 的刘齐均分享了…": the talk item alone pairs the two names.
    expect(engine.answer('刘齐均在上海讲过什么').direct?.text).toMatch(/Merbridge/);
    expect(engine.answer('王夕宁的分享有哪些').direct?.text).toMatch(/Virtual Kubelet/);
  });

  it('answers who with a sentence that names people in Chinese alone, the English names the posts pair beside them', async () => {
    const engine = await shippedService();
    expect(engine.answer('istiocon 中国站展台上和贡献者交流的是谁').direct?.text).toMatch(/徐中虎（Zhonghu Xu）和张超盟（Chaomeng Zhang）/);
  });

  it('keeps the Chinese name for who someone is: the sentences that say it hold that name', async () => {
    const engine = await shippedService();
    expect(engine.answer('丁少君是谁').direct?.text).toMatch(/丁少君（Iris Ding）致开场辞/);
  });
});
