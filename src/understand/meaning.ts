/**
 * Words that ask what a name means or stands for ("all-access pass meaning", "what does TOC stand for", "TOC 全称"):
 * they ask what it is, whatever other ask the name holds ("pass" asks nothing of registering there).
 */

/**
 * What an abbreviation stands for: the sentence that spells it out answers. Not "stand for" alone: one stands for
 * a seat in an election; "what does X stand for" asks through "what does" (`spellingAsked`).
 */
export const SPELLING_WORDS = ['stands for', 'short for', 'full name', 'full form', 'acronym', 'abbreviation', '全称', '全名', '缩写'];

/** What a name means. Not 什么意思, said of a whole clause beside other asks ("这个规定是什么意思，什么时候生效"). */
export const MEANING_WORDS = ['meaning', ...SPELLING_WORDS, '指的是'];
