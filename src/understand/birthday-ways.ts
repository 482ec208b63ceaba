/**
 * How Chinese says a birthday's age: the posts write "七岁生日" of the 7th and "四周年" of the 4th, and people type either
 * (or 周岁). A word that says one way is searched as each of them, so that "七周年生日" finds the post that says "七岁生日".
 * (A number in digits, "7周年", is read apart from its unit, as every number glued to Chinese is.)
 */
const AGE = /^(?<count>[一二三四五六七八九十]{1,2})(?:周年|周岁|岁)(?:生日)?$/u;
const UNITS = ['周年', '周岁', '岁'];

/** The ways of saying the age a word says ("七周年生日": 七周年生日, 七周年, 七周岁, 七岁), or null when it says none. */
export function birthdayWays(word: string): string[] | null {
  if (!word.includes('岁') && !word.includes('周年')) return null;
  const count = AGE.exec(word)?.groups?.count;
  return count ? [word, ...UNITS.map((unit) => `${count}${unit}`).filter((way) => way !== word)] : null;
}
