import { describe, expect, it } from 'vitest';
import { plainEnglish } from '../../src/understand/chat-spellings.js';
import { understand } from '../../src/understand/index.js';
import { shippedService } from '../helpers/engine.js';

/**
 * Every chat spelling is read as the word it stands for, whatever its case: `plainEnglish` skips the spellings for a
 * question that holds none of their letter runs, so a run missing from that test would leave its spelling unread.
 */
describe('chat spellings', () => {
  it.each([
    ['Teh schedule', 'the schedule'],
    ["the '25 election", 'the 2025 election'],
    ['WEN is it', 'when is it'],
    ['whn does it open', 'when does it open'],
    ['the Nex istio day', 'the next istio day'],
    ['netx kubecon', 'next kubecon'],
    ['the nxet one', 'the next one'],
    ['wher is the venue', 'where is the venue'],
    ['WHR is it held', 'where is it held'],
    ['Wats the toc', 'whats the toc'],
    ['upcoming Evnts', 'upcoming events'],
    ['evnet list', 'event list'],
    ['evet dates', 'event dates'],
    ['lightning talk LENGHT', 'lightning talk length'],
    ['panel lengh', 'panel length'],
    ['legnths of the formats', 'lengths of the formats'],
    ['steering CMTE', 'steering committee'],
    ['toc cmtees', 'toc committees'],
    ['the cttee chair', 'the committee chair'],
    ['who is GONNA be the host', 'who will be the host'],
    ['what is going to happen next', 'what will happen next'],
    ['whre is it', 'where is it'],
    ['WEHRE is the booth', 'where is the booth'],
    ['istio BDAY party', 'istio birthday party'],
    ['b-days of istio', 'birthdays of istio'],
    ['any TIX left for istio day', 'any tickets left for istio day'],
    ['kiali talk VID', 'kiali talk video'],
    ['vids of the keynotes', 'videos of the keynotes'],
    ['YT link for the panel', 'youtube link for the panel'],
    ['how long did the stream last?', 'how long did the stream?'],
    ['Following up on the cfp', '  on the cfp'],
    ["I'm pretty NEW to istio", '  to istio'],
    ['the party when Istio turned four', 'the party when Istio 4th birthday'],
    ["istio's turning 12 years old soon", 'istio 12th birthday soon'],
    ['did istio turn 3 in 2020', 'did istio 3rd birthday in 2020'],
    ['istio turns 11', 'istio 11th birthday'],
    // Asked when it turned that age: the day, which the posts say in these words.
    ['when did istio turn six', 'when did istio turn six'],
  ])('%s', (typed, plain) => {
    expect(plainEnglish(typed).toLowerCase()).toBe(plain.toLowerCase());
  });

  it('answers "tix" with the registration of the event named, as "tickets"', async () => {
    const engine = await shippedService();
    // The shipped index has no registration link for it: the page where the conference takes them, named what it is.
    expect(understand('tix for istio day london?').ask).toBe('register');
    expect(engine.answer('tix for istio day london?').direct?.text).toMatch(/^Event page of Istio Day Europe 2025( \(held 1 April 2025, now over\))?$/);
  });

  it('answers "vid" and "yt" with the recording of the talk named, as "video" and "youtube"', async () => {
    const engine = await shippedService();
    for (const question of ['architecting ambient for scale vid', 'yt link for the architecting ambient for scale talk']) {
      expect(understand(question).ask).toBe('video');
      expect(engine.answer(question).direct?.text).toBe('Video of “Architecting ambient for scale” (Istio Day North America 2023)');
    }
  });

  it('answers the birthday of an age said with "turned" as the birthday it names', async () => {
    const engine = await shippedService();
    const question = 'describe istio turning 7 for me';
    expect(understand(question).ask).toBe('what-is');
    expect(engine.answer(question).direct?.text).toMatch(/^Istio turned seven on 24 May 2024/);
  });

  it('leaves a question without any as it is', () => {
    const question = 'who spoke at kubecon europe 2024 about ambient';
    expect(plainEnglish(question)).toBe(question);
  });
});
