/**
 * The words that say what kind of answer is wanted, in English and Chinese: each names a kind of link or fact a passage
 * can hold ("slides", "录像", "报名"). They are not required to match: they rank the passages that hold it first, and the
 * intents of `intents.ts` say them too.
 */
import type { Want } from './types.js';

export const WANT_WORDS: Readonly<Record<string, Want>> = {
  video: 'video',
  videos: 'video',
  recording: 'video',
  recordings: 'video',
  recorded: 'video',
  youtube: 'video',
  watch: 'video',
  视频: 'video',
  录像: 'video',
  // 录象 is the older way to write 录像; 视屏 is how a pinyin keyboard often mistypes 视频 (shìpín).
  录象: 'video',
  视屏: 'video',
  录播: 'video',
  回放: 'video',
  ...{ 回看: 'video', 重播: 'video', 录屏: 'video', 录影: 'video', 影片: 'video', replay: 'video', replays: 'video', rewatch: 'video' },
  // "recorded" as Chinese says it ("有录制吗", "录下来了吗"), and YouTube by its Chinese nickname (油管).
  ...{ 录制: 'video', 录下来: 'video', 录下: 'video', 油管: 'video' },
  // Where Chinese readers watch talks ("b站有吗", "哔哩哔哩上有没有") and video on demand ("vod"): a recording is asked, and
  // the one the posts link (on YouTube) answers it. "b 站" as the question is read, a Latin letter spaced from the Han
  // after it (`parse.ts`).
  ...{ 'b 站': 'video', 哔哩哔哩: 'video', bilibili: 'video', vod: 'video' },
  // A playlist is of recordings, as the posts link IstioCon 2021's and the 1.0 stream's ("YouTube 播放列表"; 播放清單 in Taiwan).
  ...{ playlist: 'video', playlists: 'video', 播放列表: 'video', 播放清单: 'video' },
  slides: 'slides',
  slide: 'slides',
  deck: 'slides',
  decks: 'slides',
  ppt: 'slides',
  pdf: 'slides',
  幻灯片: 'slides',
  演示文稿: 'slides',
  讲义: 'slides',
  // "幻灯" is 幻灯片 cut short; 演讲资料 ("presentation materials") heads the slides of the Beijing meetup's report.
  ...{ 幻灯: 'slides', 课件: 'slides', 讲稿: 'slides', 演讲稿: 'slides', powerpoint: 'slides', 演讲资料: 'slides' },
  // A conference's or a talk's "materials" are its decks as Chinese attendees ask for them ("会议资料", "分享材料"): not
  // 资料 or 材料 alone, which also name papers one registers or applies with.
  ...{ 演讲材料: 'slides', 分享资料: 'slides', 分享材料: 'slides', 会议资料: 'slides', 会议材料: 'slides', 大会资料: 'slides' },
  // Slides as Taiwan calls them (投影片, and the deck of a talk 簡報, simplified 简报), as 影片 is its word for a video: the
  // longer word is read first. 胶片 is what Chinese IT companies call a slide deck.
  ...{ 投影片: 'slides', 简报: 'slides', 胶片: 'slides' },
  talk: 'talk',
  talks: 'talk',
  session: 'talk',
  sessions: 'talk',
  presentation: 'talk',
  演讲: 'talk',
  议题: 'talk',
  分享: 'talk',
  // "有没有讲 wasm 的", "有讲 ambient 的吗": whether a talk was given on it; "有人讲 kiali 吗", "有没有人讲过 wasm": whether
  // anyone gave one (讲 alone is a character the index cannot find, glued to 人 a word nothing holds).
  ...{ 有讲: 'talk', 有没有讲: 'talk', 有讲过: 'talk', 有没有讲过: 'talk', 有人讲: 'talk', 有人讲过: 'talk', 有没有人讲: 'talk', 有没有人讲过: 'talk' },
  date: 'date',
  dates: 'date',
  when: 'date',
  日期: 'date',
  时间: 'date',
  什么时候: 'date',
  何时: 'date',
  哪天: 'date',
  哪一天: 'date',
  几号: 'date',
  // "吉祥物 Izzy 是什么", "什么叫 ContribFest", "TOC 指什么": the passage that defines it answers, whatever words it uses.
  是什么: 'definition',
  什么是: 'definition',
  什么叫: 'definition',
  是啥: 'definition',
  啥是: 'definition',
  什么意思: 'definition',
  指什么: 'definition',
  // "TOC 这个委员会是做什么的", "指导委员会负责什么", "TOC 管什么", "负责哪些工作": what it does says what it is.
  做什么: 'definition',
  做啥: 'definition',
  干什么: 'definition',
  干啥: 'definition',
  干嘛: 'definition',
  负责什么: 'definition',
  负责啥: 'definition',
  负责哪些: 'definition',
  管什么: 'definition',
  管哪些: 'definition',
  // How the results posts say who was elected or won: the names, not these words, answer.
  won: 'outcome',
  winner: 'outcome',
  winners: 'outcome',
  elected: 'outcome',
  're-elected': 'outcome',
  当选: 'outcome',
  连任: 'outcome',
  得主: 'outcome',
  获奖: 'outcome',
  赢得: 'outcome',
  选上: 'outcome',
  入选: 'outcome',
  // A results post rarely says "results": the names answer, so the word only ranks.
  results: 'outcome',
  result: 'outcome',
  outcome: 'outcome',
  outcomes: 'outcome',
  结果: 'outcome',
  // Where a thing is sold or handed out, and how to sign up: the passage that says so answers.
  buy: 'shop',
  purchase: 'shop',
  购买: 'shop',
  买: 'shop',
  卖: 'shop',
  // What was handed out ("展台送什么", "在哪领"): the passage that says "免费领取", "发放" answers.
  领取: 'shop',
  赠送: 'shop',
  发放: 'shop',
  送什么: 'shop',
  送啥: 'shop',
  ...{ 怎么领: 'shop', 哪里领: 'shop', 在哪领: 'shop', 网购: 'shop' },
  register: 'register',
  registration: 'register',
  ticket: 'register',
  tickets: 'register',
  报名: 'register',
  注册: 'register',
  门票: 'register',
  买票: 'register',
};

/** The words that say what is wanted, as an intent's words ("slides", "幻灯片"): one list for both. */
export function wantWordsOf(want: Want): string[] {
  return Object.keys(WANT_WORDS).filter((word) => WANT_WORDS[word] === want);
}
