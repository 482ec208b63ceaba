import type { Lang } from '../model/index.js';

const HAN = /\p{Script=Han}/u;

/** A question with any Han character is Chinese; everything else is answered in English. */
export function detectLang(text: string): Lang {
  return HAN.test(text) ? 'zh' : 'en';
}
