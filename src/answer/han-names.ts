/**
 * Where a Chinese post writes, in Chinese characters, a speaker it also names in pinyin ("Zhonghu Xu",
 * "Zhong Luyao"): the surname's character, then as many characters as the given name has syllables.
 * This never makes a name up: it only finds, in the text the post gives beside the English name (the
 * talk's own item, the run before "（Jimmy Song）"), where that name starts and ends.
 */

/** Common Chinese surnames with their pinyin: which characters a surname written "Xu" or "Zhang" may be. */
const SURNAMES =
  '王wang 李li 张zhang 刘liu 陈chen 杨yang 黄huang 赵zhao 吴wu 周zhou 徐xu 孙sun 马ma 朱zhu 胡hu 郭guo 何he 高gao 林lin 罗luo ' +
  '郑zheng 梁liang 谢xie 宋song 唐tang 许xu 韩han 冯feng 邓deng 曹cao 彭peng 曾zeng 肖xiao 田tian 董dong 袁yuan 潘pan 于yu 蒋jiang ' +
  '蔡cai 余yu 杜du 叶ye 程cheng 苏su 魏wei 吕lv 吕lu 吕lyu 丁ding 任ren 沈shen 姚yao 卢lu 姜jiang 崔cui 钟zhong 谭tan 陆lu 汪wang ' +
  '范fan 金jin 石shi 廖liao 贾jia 夏xia 韦wei 付fu 方fang 白bai 邹zou 孟meng 熊xiong 秦qin 邱qiu 江jiang 尹yin 薛xue 闫yan 段duan ' +
  '雷lei 侯hou 龙long 史shi 陶tao 黎li 贺he 顾gu 毛mao 郝hao 龚gong 邵shao 万wan 钱qian 严yan 覃qin 武wu 戴dai 莫mo 孔kong ' +
  '向xiang 汤tang 常chang 温wen 康kang 施shi 文wen 牛niu 樊fan 葛ge 邢xing 安an 齐qi 易yi 乔qiao 伍wu 庞pang 颜yan 倪ni ' +
  '庄zhuang 聂nie 章zhang 鲁lu 岳yue 翟zhai 殷yin 詹zhan 申shen 欧ou 耿geng 关guan 兰lan 焦jiao 俞yu 左zuo 柳liu 甘gan 祝zhu ' +
  '包bao 宁ning 尚shang 舒shu 阮ruan 柯ke 纪ji 梅mei 童tong 凌ling 毕bi 季ji 裴pei 霍huo 涂tu 成cheng 苗miao 谷gu 盛sheng 翁weng ' +
  '骆luo 蓝lan 路lu 游you 辛xin 靳jin 管guan 柴chai 鲍bao 华hua 祁qi 房fang 滕teng 饶rao 艾ai 尤you 穆mu 卓zhuo 车che 项xiang ' +
  '连lian 褚chu 娄lou 窦dou 戚qi 岑cen 景jing 费fei 卜bu 冷leng 晏yan 席xi 卫wei 米mi 柏bai 宗zong 桂gui 全quan 佟tong 应ying ' +
  '闵min 边bian 卞bian 姬ji 栾luan 隋sui 商shang 沙sha 荣rong 郎lang 甄zhen 仲zhong 虞yu 明ming 池chi 迟chi 邝kuang 鞠ju 惠hui ' +
  '荆jing 冀ji 郁yu 楚chu 奚xi 冼xian 蔺lin 楼lou 闻wen 伊yi 花hua 权quan 屠tu 朴piao 禹yu 祖zu 巴ba 丰feng 宣xuan 晋jin 云yun ' +
  '芮rui 雍yong 修xiu 杭hang 茹ru 诸zhu 慕mu 公gong 揭jie 束shu 檀tan 展zhan 衡heng 富fu 尧yao';

/** Each surname's pinyin → the characters written for it. */
const BY_PINYIN: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const entry of SURNAMES.split(' ')) {
    const [han = '', pinyin] = [entry[0], entry.slice(1)];
    map.set(pinyin, (map.get(pinyin) ?? '') + han);
  }
  return map;
})();

/** One pinyin syllable with an initial; a syllable without one only starts a name ("Xi'an" aside). */
const WITH_INITIAL = /^(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])(?:iang|iong|uang|ueng|iao|ian|uai|uan|ang|eng|ing|ong|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|ve|er|a|o|e|i|u|v)$/;
const BARE = /^(?:ang|eng|ai|ei|ao|ou|an|en|er|a|o|e)$/;

/** How many syllables a pinyin word has, when it reads one way only ("huailong": 2); null for no pinyin ("Jimmy"). */
export function syllables(word: string): number | null {
  const counts: Set<number>[] = [new Set([0])];
  for (let end = 1; end <= word.length; end += 1) {
    counts[end] = new Set();
    for (let start = Math.max(0, end - 6); start < end; start += 1) {
      const piece = word.slice(start, end);
      if (!(WITH_INITIAL.test(piece) || (start === 0 && BARE.test(piece)))) continue;
      for (const count of counts[start] ?? []) counts[end]?.add(count + 1);
    }
  }
  const read = [...(counts[word.length] ?? [])];
  return read.length === 1 ? (read[0] ?? null) : null;
}

const HAN = /\p{Script=Han}/u;

/**
 * What the posts write right after a speaker's Chinese name ("郑风详细介绍了", "刘齐均分享了", "宋净超和徐中虎"):
 * where a name ends whose given name is no pinyin ("John Zheng"), so its length is not known from it.
 */
const AFTER_NAME = ['和', '与', '、', '，', '。', '：', '（', ' ', '介绍', '分享', '讲解', '讲述', '详细', '主讲', '致', '演示', '展示', '探讨', '带来'];
/** A Chinese given name is one character or two. */
const GIVEN_LENGTHS = [1, 2];

/** The English name's words in lower case ("Xie SongYang" → xie, songyang). */
const wordsOf = (english: string): string[] => english.toLowerCase().split(/[\s-]+/u).filter(Boolean);

/**
 * The Chinese name `text` writes for a speaker named `english` in pinyin: a surname character of its
 * first or last word, then one character for each syllable of the other words. Null unless `text`
 * holds exactly one such name (two readings, or none, say nothing).
 */
export function hanNameIn(english: string, text: string): string | null {
  const words = wordsOf(english);
  if (words.length < 2) return null;
  const found = new Set<string>();
  for (const [surname, given] of [[words[0], words.slice(1)], [words[words.length - 1], words.slice(0, -1)]] as const) {
    const characters = BY_PINYIN.get(surname ?? '');
    if (!characters) continue;
    const counts = given.map(syllables).filter((count) => count !== null);
    // A given name in pinyin says how many characters follow the surname; one that is not ("John") is ended by what follows it.
    const pinyin = counts.length === given.length;
    const lengths = pinyin ? [1 + counts.reduce((sum, count) => sum + count, 0)] : GIVEN_LENGTHS.map((length) => 1 + length);
    for (let at = 0; at < text.length; at += 1) {
      if (!characters.includes(text.charAt(at))) continue;
      for (const length of lengths) {
        const name = text.slice(at, at + length);
        const ended = pinyin || AFTER_NAME.some((word) => text.startsWith(word, at + length));
        if (name.length === length && ended && [...name].every((character) => HAN.test(character))) found.add(name);
      }
    }
  }
  return found.size === 1 ? ([...found][0] ?? null) : null;
}

/**
 * The Chinese name that ends a run of characters written right before the English name in brackets
 * ("成员宋净超（Jimmy Song）"): it starts at the first surname character of one of the English name's
 * words ("宋" for "Song"). Null when none is.
 */
export function hanNameEnding(run: string, english: string): string | null {
  const surnames = wordsOf(english).map((word) => BY_PINYIN.get(word) ?? '').join('');
  for (let at = 0; at <= run.length - 2; at += 1) {
    if (surnames.includes(run[at] ?? '')) return run.slice(at);
  }
  return null;
}
