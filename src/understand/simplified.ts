/**
 * Traditional characters read as the simplified ones the Chinese posts and every word list are written in: "倫敦 下一場
 * istio day", typed with a Taiwan or Hong Kong input method, asks what "伦敦 下一场" asks, and matched none of them. Pairs
 * of the characters of the domain and of a chat (places, names, asks, events, elections), a traditional one first; none
 * is a character the simplified posts also use (著, 乾 and the like are left as typed).
 */
const PAIRS =
  '亞亚佈布來来個个們们倫伦側侧備备傳传價价儀仪億亿優优儲储兒儿兩两冊册則则創创劃划劉刘動动務务勝胜區区協协參参吳吴員员問问' +
  '啟启單单嗎吗嚴严國国圍围圖图團团報报場场塊块壓压夠够夥伙孫孙實实審审寫写寬宽專专對对導导屆届層层屬属師师帶带幫帮幾几庫库' +
  '廠厂廣广張张後后從从復复徵征態态慶庆憑凭應应戶户換换擁拥據据擴扩數数斷断於于時时曆历書书會会東东條条楊杨業业構构樣样機机' +
  '檔档權权歐欧歲岁歷历氣气沒没測测湯汤準准滬沪濟济濾滤瀋沈為为無无營营爾尔獎奖獨独獲获獻献現现畫画當当發发盃杯盡尽盤盘盧卢' +
  '確确禮礼種种穩稳節节簡简簽签紀纪約约紐纽紙纸級级細细紹绍終终組组結结絡络給给統统維维網网線线縮缩總总織织繞绕繪绘繳缴續续' +
  '羅罗聖圣聞闻聯联職职聽听與与舉举舊旧華华萬万葉叶蔣蒋蕭萧蘇苏蘭兰處处號号衛卫裏里裝装裡里製制襯衬規规視视觀观訂订計计訊讯' +
  '記记設设許许註注評评試试話话該该誌志認认語语誤误說说誰谁調调請请講讲謝谢證证譚谭議议護护讀读變变讓让負负貢贡買买費费貼贴' +
  '賓宾賣卖賴赖購购贊赞趙赵車车較较載载輯辑輸输轉转辦办辭辞這这連连週周運运過过達达遞递適适選选還还邊边邏逻鄧邓鄭郑錄录錢钱' +
  '錯错錶表鍾钟鏈链鏡镜鑰钥長长門门閉闭開开間间閘闸閻阎關关陳陈陸陆隊队際际隨随隱隐雙双雜杂離离雲云韋韦韓韩頁页須须預预頒颁' +
  '頭头頻频題题額额類类顧顾馬马馮冯驗验體体鹽盐麗丽麥麦麼么麽么黃黄點点齊齐龍龙';

const SIMPLIFIED = new Map<string, string>();
for (let at = 0; at + 1 < PAIRS.length; at += 2) SIMPLIFIED.set(PAIRS.charAt(at), PAIRS.charAt(at + 1));

const TRADITIONAL = new RegExp(`[${[...SIMPLIFIED.keys()].join('')}]`, 'gu');

/** The text with its traditional characters written simplified; the same text when it has none. */
export function simplified(text: string): string {
  return text.replace(TRADITIONAL, (character) => SIMPLIFIED.get(character) ?? character);
}
