/**
 * How posts say where a thing is sold or handed out ("available at the CNCF store", "at the Istio
 * kiosk", "CNCF 商店", "展台") and how to sign up for an event ("register today", "All-Access
 * ticket", "free of charge", "报名", "门票"), in their text or in the link they give. Pure text
 * tests, in the words of the posts and of the domain. They run over every passage when an index
 * loads: ASCII word bounds (`\b`) keep them quick, and the words they look for are ASCII.
 */
import type { Links } from '../model/index.js';

/**
 * Where posts send readers to buy a thing: a store or shop, an order. Not what an event "has in store" (prepares), nor what one
 * does "in order to" join: those sell nothing.
 */
const SOLD = /\b(?:(?<!\b(?:has|have|had|is|are|was|were) in )store|shop|buy|bought|purchase[ds]?|sold|sells?|selling|(?<!\bin )order(?:ed)?)\b|商店|商城|买|出售|发售|售卖|有售/i;

/**
 * How posts say a thing is handed out: a giveaway ("a chance to win swag", "signed copies and gave them away", "virtual swag bags, raffles",
 * "虚拟礼品袋、抽奖"), "grab a T-shirt", 免费领取, and who
 * may have one ("eligible to receive a conference T-shirt", "the first 400 … qualified for a conference T-shirt", "有资格获得会议 T 恤",
 * "前 400 位注册者可获得一件大会 T 恤", "获赠一件 T 恤").
 */
const HANDED_OUT =
  /\b(?:giveaway|(?:give|giving|gave|given) (?:(?:them|it|those|these) )?away|handed out|hand(?:ing)? out|pick(?:ed)? up|grab|chances? (?:to win|at)|eligible to (?:receive|get|win)|qualif(?:y|ies|ied) for|swag bags?|raffles?)\b|礼品袋|抽奖|领取|获取|获赠|赠送|赠书|发放|有机会(?:获得|赢得|赢取)|有资格获得|可获得一件/i;

/**
 * How posts ask readers to follow them for news ("follow us on X to get live updates", "关注我们…获取活动实时更新"):
 * updates are no thing anyone gets, so these words say nothing of where a thing is handed out.
 */
const UPDATES = /\b(?:get|receive)\s+(?:(?:the\s+)?(?:live|real-time|latest)\s+)?(?:updates|news)\b|获取(?:活动)?(?:实时|最新)?(?:更新|动态|资讯)/gi;

/** The text without its calls to follow for updates (`UPDATES`). */
const withoutUpdates = (text: string): string => text.replace(UPDATES, ' ');

/** Where things are handed out at a conference: the project's kiosk or booth. */
const KIOSK = /\b(?:kiosk|booth)\b|展台|信息亭/i;

/** Whether a text names where things are handed out (the kiosk, the booth, 展台): a place, no thing one gets. */
export function namesKiosk(text: string): boolean {
  return KIOSK.test(text);
}

/** Links to a store or shop. */
const STORE_LINK = /\/\/(?:store|shop)\.|\/(?:store|shop)(?:\/|$)/i;

/**
 * How posts speak of signing up for an event: registering, tickets and passes, what it costs.
 * ("Registrants" counts who came; it is no way to sign up.)
 */
const REGISTRATION =
  /\b(?:regist(?:er|ering|ration|rations)|sign(?:ing)?[- ]?up|tickets?|(?:all-access|full|conference|virtual|in-person) pass(?:es)?|free of charge|free to attend|no cost|enrol(?:l|ls|led|ling|ment)?)\b|注册|报名|门票|通票|购票|票价|免费参加|免费注册|注册免费/i;

/** Links to a registration page (the conference's `/register/`, an event platform's page). */
const REGISTRATION_LINK = /\/regist|huodongxing\.com|eventbrite\.|meetup\.com\/[^/]+\/events/i;

const linksTo = ({ other, schedule }: Links, pattern: RegExp): boolean => other.some((url) => pattern.test(url)) || schedule.some((url) => pattern.test(url));

/** Whether a passage links to a store ("store.cncf.io"): where a reader buys the thing, not only hears of it. */
export function linksToStore(given: Links): boolean {
  return linksTo(given, STORE_LINK);
}

/** Whether a passage says where a thing is sold or handed out, or links to a store. */
export function saysWhereToGet(text: string, given: Links): boolean {
  return SOLD.test(text) || HANDED_OUT.test(withoutUpdates(text)) || KIOSK.test(text) || linksToStore(given);
}

/** Whether a sentence says a thing is sold or handed out ("available at the CNCF store", "handed out at the kiosk"), not only that there was a kiosk. */
export function saysGotten(text: string): boolean {
  return SOLD.test(text) || saysGiven(text);
}

/** Whether a text speaks of a thing handed out ("gave away free copies", "免费领取"). */
export function saysGiven(text: string): boolean {
  return HANDED_OUT.test(withoutUpdates(text));
}

/** Whether a text speaks of buying ("available at the CNCF store", "where can I buy", "哪里买"), not only of getting. */
export function saysSold(text: string): boolean {
  return SOLD.test(text);
}

/** Whether a passage says how to sign up for an event, or links to where one does. */
export function saysHowToRegister(text: string, given: Links): boolean {
  return REGISTRATION.test(text) || linksTo(given, REGISTRATION_LINK);
}
