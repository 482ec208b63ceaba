/**
 * Traditional characters read as the simplified ones the Chinese posts and every word list are written in: "倫敦 下一場
 * istio day", typed with a Taiwan or Hong Kong input method, asks what "伦敦 下一场" asks, and matched none of them. Pairs
 * of the characters of the domain and of a chat (places, names, asks, events, elections), a traditional one first; none
 * is a character the simplified posts also use (著, 乾 and the like are left as typed).
 */
const PAIRS =
  '亞亚佈布來来個个們们倫伦側侧備备傳传價价儀仪億亿優优儲储兒儿內内兩两冊册別别則则創创劃划劉刘動动務务勝胜匯汇區区協协參参' +
  '吳吴員员問问啟启單单嗎吗嚴严國国圍围園园圖图團团執执報报場场塊块壇坛壓压壞坏夠够夥伙孫孙學学實实審审寫写寬宽寶宝專专對对' +
  '導导屆届層层屬属島岛師师帶带幣币幫帮幾几庫库廠厂廣广廳厅張张後后從从復复徵征態态慶庆憑凭應应戰战戶户換换擁拥擊击據据擴扩' +
  '數数斷断於于時时曆历書书會会東东條条楊杨業业構构樂乐樣样機机檔档權权歐欧歡欢歲岁歷历氣气沒没況况測测湯汤準准滬沪濟济濾滤' +
  '瀋沈灣湾為为無无營营爾尔獎奖獨独獲获獻献現现產产畫画當当發发盃杯盡尽盤盘盧卢眾众確确碼码禮礼稅税種种稱称穩稳節节簡简簽签' +
  '紀纪約约紅红紐纽紙纸級级細细紹绍終终組组結结絡络給给統统綠绿維维網网線线練练縮缩總总織织繞绕繪绘繳缴續续羅罗義义習习聖圣' +
  '聞闻聯联職职聽听腦脑臺台與与舉举舊旧華华萬万葉叶蔣蒋蕭萧薦荐藍蓝蘇苏蘭兰處处號号衛卫裏里裝装裡里製制襯衬規规視视覽览觀观' +
  '訂订計计訊讯討讨訓训記记設设許许註注評评試试話话該该誌志認认語语誤误說说誰谁課课調调請请論论講讲謝谢證证譚谭譯译議议護护' +
  '讀读變变讓让讚赞豐丰負负貢贡貴贵買买費费貼贴賓宾賣卖賴赖購购賽赛贊赞趙赵車车較较載载輯辑輸输轉转辦办辭辞這这連连週周運运' +
  '過过達达遞递適适選选還还邊边邏逻鄧邓鄭郑釋释錄录錢钱錯错錶表鍾钟鏈链鏡镜鐵铁鑰钥長长門门閉闭開开間间閘闸閱阅閻阎關关陣阵' +
  '陳陈陸陆隊队際际隨随隱隐雙双雜杂離离雲云電电靜静韋韦韓韩響响頁页須须預预頒颁頭头頻频題题額额類类顧顾顯显飯饭館馆馬马馮冯' +
  '驗验體体鬥斗鹽盐麗丽麥麦麼么麽么黃黄點点齊齐龍龙';

const SIMPLIFIED = new Map<string, string>();
for (let at = 0; at + 1 < PAIRS.length; at += 2) SIMPLIFIED.set(PAIRS.charAt(at), PAIRS.charAt(at + 1));

const TRADITIONAL = new RegExp(`[${[...SIMPLIFIED.keys()].join('')}]`, 'gu');

/** The text with its traditional characters written simplified; the same text when it has none. */
export function simplified(text: string): string {
  return text.replace(TRADITIONAL, (character) => SIMPLIFIED.get(character) ?? character);
}
