/**
 * The languages a question may name a programme's sessions in ("the chinese-language session list", "2021 年 istiocon 的中文议程"),
 * en and zh, and how a schedule page's address names each ("…/schedule/chinese/"). Pure.
 */
export const SESSION_LANGUAGES: readonly { said: RegExp; path: RegExp }[] = [
  { said: /\bchinese\b|中文|汉语|华语/i, path: /\/chinese\b/i },
  { said: /\benglish\b|英文|英语/i, path: /\/english\b/i },
];

/**
 * Whether talks are asked by the language they were given in ("english sessions at istiocon 2021", "有中文演讲吗"): the
 * talks known carry no language, a programme's session list in that language does, so the schedule is asked for.
 */
export function sessionLanguageNamed(text: string): boolean {
  return SESSION_LANGUAGES.some(({ said }) => said.test(text));
}
