/**
 * Reading a "what is" question, en and zh: "what is istio day", "wat's contribfest", "istiocon 是啥",
 * "izzy 是谁", "who/what is the toc", "what is the ambassador program"; and its subject, the thing asked
 * about, in the question's order ("what's the istio steering committee": istio, steering committee).
 */
import { fold } from '../store/index.js';
import { ANY_EVENT_WORDS } from '../domain/index.js';
import { askOf, LISTING_WORDS, talksAsked, WHAT_IS_WORDS } from './intents.js';
import { IS_KIND, KIND_CONFIRMED } from './kind-asked.js';
import { withKindNames } from './kind-named.js';
import { relationIn } from './relation-asked.js';
import { roleSaidLast } from './roles.js';
import type { Entities, Question, WordGroup } from './types.js';

const HAN = /\p{Script=Han}/u;

/** Whether `word` is "what" with one letter added, dropped, changed or two swapped ("wat", "waht", "whta"). */
function misspelsWhat(word: string): boolean {
  if (word === 'what' || !/^[wh]/.test(word) || Math.abs(word.length - 4) > 1) return false;
  let i = 0;
  while (word[i] === 'what'[i]) i += 1;
  const rest = (from: number) => word.slice(from);
  return rest(i + 1) === 'what'.slice(i + 1) || rest(i) === 'what'.slice(i + 1) || rest(i + 1) === 'what'.slice(i) || (word[i] === 'what'[i + 1] && word[i + 1] === 'what'[i] && rest(i + 2) === 'what'.slice(i + 2));
}

/** The question with its opening "what" spelled ("wat's the…", "waht is…", "whats…" → "what's"): it asks, it is no word to search. */
export function withWhatSpelled(text: string): string {
  return text.replace(/^(\s*)([a-z]+)(?=(['’]s)?(?![\p{L}\p{N}]))/iu, (whole, lead: string, word: string) => {
    const folded = word.toLowerCase();
    // "whats" and "wats" are "what's" ("whats" is also "what" one letter longer).
    if (folded === 'whats' || (folded.endsWith('s') && misspelsWhat(folded.slice(0, -1)))) return `${lead}what's`;
    return misspelsWhat(folded) ? `${lead}what` : whole;
  });
}

/** Words that make "who is…" ask who did something ("who is on the TOC", "who is chair of…"), not who someone is. */
const DOING = /(?<![\p{L}])(?:on|in|at|for|of|from|with|to|by|about|\p{L}+ing|\p{L}+ed)(?![\p{L}])/iu;
const WHO_IS = /^\s*(?:who(?:\s+or\s+|\s*\/\s*)what|what(?:\s+or\s+|\s*\/\s*)who|who)(?:\s+is|\s+are|['’]s|s)\s+(?<subject>(?!(?:the|a|an)\s)[^?？]+?)\s*[?？]?\s*$/iu;
/**
 * "X 是谁", "X 到底是谁", "谁是 X"; a guess at what it is may follow, to be confirmed ("X 是谁 是吉祥物吗", "X 是谁？海豚吧"):
 * it asks who the subject is all the same, as "who is izzy, the dolphin?" does.
 */
const SHI_SHUI = /^\s*(?<subject>[^?？]*[a-z0-9])\s*(?:到底|究竟)?\s*是谁\s*(?:[?？，,。\s]+[^?？，,。]{1,20}?(?:吗|吧|嘛))?\s*[?？]?\s*$|^\s*谁是\s*(?<after>[a-z0-9][^?？]*?)\s*[?？]?\s*$/iu;

/**
 * "izzy?? who or what is that", "izzy - who's that?", "Izzy？这是谁": a name said alone, then who it is asked of it by a pronoun.
 * What comes after ("…, saw the name in a recap") says where it was met, not who did something.
 */
const NAMED_THEN_WHO = /^\s*(?<subject>[\p{L}\p{N}][\p{L}\p{N}'’-]*(?:\s+[\p{L}\p{N}][\p{L}\p{N}'’-]*){0,2})\s*(?:[?？!.,，:：]+|\s[-–—])\s*(?:(?:who(?:\s+or\s+what|\s*\/\s*what)?|what(?:\s+or\s+who|\s*\/\s*who))(?:\s+(?:is|was)|['’]s)\s+(?:that|it|this|he|she)(?![\p{L}])|(?:这|那|它|他|她)?(?:又|到底)?是谁)/iu;

/**
 * "who is this izzy", "izzy 是谁": who someone or something is, which the passage that introduces them
 * answers; the subject, or null for "who is speaking", "who is on the TOC", "主席是谁" (a role:
 * whoever holds it), "那个分享是谁" (a talk's speaker).
 */
export function identityAsked(text: string): string | null {
  const latin = WHO_IS.exec(text)?.groups?.subject;
  // An apposition ("izzy, the mascot thing") only says what the subject is: it asks no one who did something.
  const named = latin?.split(/[,，]/)[0];
  if (latin && named) return DOING.test(named) || talksAsked(latin) ? null : latin;
  const pointed = NAMED_THEN_WHO.exec(text)?.groups?.subject;
  if (pointed) return talksAsked(pointed) ? null : pointed;
  const groups = SHI_SHUI.exec(text)?.groups;
  const han = groups?.subject ?? groups?.after;
  return han && !talksAsked(han) && !roleSaidLast(han) ? han : null;
}


/**
 * A term alone with a question mark: "contribfest?", "istiocon？", "ztunnel??" (one to three words),
 * or "= ?" ("waypoint = ?"), and what it is said to be after it ("ztunnel?? the node proxy", "izzy = ? is that the
 * mascot": a guess at what it is, to be confirmed).
 */
const BARE_TERM = /^\s*[\p{L}\p{N}][\p{L}\p{N}'’-]*(?:\s+[\p{L}\p{N}][\p{L}\p{N}'’-]*){0,2}\s*(?:=\s*)?[?？]+(?:\s*(?:(?:is|was)\s+(?:it|that|this)\s+)?(?:the|an?)\s+[^?？]+?[?？]*)?\s*$/iu;

/**
 * Whether the question is a term alone, asked ("contribfest?"): what it is, as "what is contribfest"
 * asks. Not with a year or a place ("istio day paris?" asks about that event).
 */
export function bareTermAsked(text: string, entities: Entities): boolean {
  return BARE_TERM.test(text) && !TOPIC_ASKED.test(text.split(/[?？=]/)[0] ?? '') && !entities.years.length && !entities.cities.length && !entities.regions.length;
}

/**
 * "anything on ebpf?", "something about wasm?", "kiali for ambient?": material on a topic asked for, or a topic
 * said with what it is about, not one term whose meaning is asked.
 */
const TOPIC_ASKED = /^\s*(?:anything|something|any|stuff)(?![\p{L}])|(?<=[\p{L}\p{N}]\s+)(?:on|about|for|with|re|regarding)\s+(?=[\p{L}\p{N}])/iu;

/** "explain what istiocon actually is", "not sure what a waypoint is": what it is, asked at the end of the question. */
const WHAT_IT_IS = /(?<![\p{L}])what\s+(?!(?:is|are|was|were|does|do)(?![\p{L}]))[^?？,，]{1,60}?\s+(?:is|are|was|were)\s*[?？]*\s*$/iu;

/**
 * "ambient mesh as in what", "the toc, what exactly?", "contribfest = what?": a term, then "what" alone at the
 * end, which asks what the term is; "what" with a noun after it ("…what year", "…what time") asks something else.
 */
const THEN_WHAT = /^\s*[\p{L}\p{N}][^?？]*?(?:[,，=:：-]\s*|\s+as\s+in\s+|\s+)what(?:\s+exactly|\s+actually|\s+even)?\s*[?？]*\s*$/iu;

/** Whether the question ends by asking what the thing named before is ("…what X is", "X as in what"), as "what is X" asks. */
export function whatItIsAsked(text: string): boolean {
  return WHAT_IT_IS.test(text) || THEN_WHAT.test(text);
}

/**
 * "istio day, is it a conference of its own or part of kubecon?", "ICA 是考试还是课程": which of two kinds of thing
 * the subject named before is, which says what it is; the two kinds (groups `first`, `second`) only rank.
 */
const EITHER = /(?<=[\p{L}\p{N}][^?？]*?)(?:\s*[,，]?\s*(?:is|was)\s+(?:it|that|this)\s+(?<first>[^?？]+?)\s+or\s+(?<second>[^?？]+?)|\s*是(?<firstHan>[^，,？?是]{1,20}?)还是(?<secondHan>[^，,？?]{1,20}?))\s*[?？]*\s*$/iu;

/**
 * "is istio day a conference or a meetup", "is the TOC a committee or a team": the same with the subject between "is" and
 * the first kind, which "a"/"an" or "its own" opens (so "is it free or paid" asks no kind); "is there a…" names nothing. The
 * second may be what it belongs to: "is istio day its own conference or part of kubecon".
 */
const IS_EITHER = /^\s*(?:is|was)\s+(?!(?:there|it|this|that)\s)(?<subject>[^?？]+?)\s+(?:an?|its\s+own)\s+(?<first>[^?？]+?)\s+or\s+(?:an?\s+|(?<part>(?:just\s+)?(?:an?\s+)?part\s+of\s+(?:the\s+)?))?(?<second>[^?？]+?)\s*[?？]*\s*$/iu;

/**
 * Whether the question asks which of two kinds of thing the subject is ("X, is it A or B", "is X an A or a B", "X 是A还是B").
 * Not of one year's or one place's event: "istiocon 2022 是线上还是线下" asks how that one was held.
 */
export function eitherAsked(text: string, entities: Entities): boolean {
  return (EITHER.test(text) || IS_EITHER.test(text) || IS_KIND.test(text)) && !entities.years.length && !entities.cities.length && !entities.regions.length;
}

/** A programme's name: "program" after a word that names no event and lists nothing ("the full program", "the conference program"). */
const PROGRAMME_NAME = new RegExp(String.raw`(?<![\p{L}\p{N}])(?!(?:${[...ANY_EVENT_WORDS, ...LISTING_WORDS, 'the', 'a', 'an', 'day'].join('|')})\s)[\p{L}\p{N}]+\s+programm?e?s?(?![\p{L}])`, 'giu');

/**
 * "what is the ambassador program": a programme named by what it is for, not an event's programme
 * ("what is the istio day program", "what's the program" ask for a schedule). The text with such a
 * name taken out, to read what it asks, when the question opens with "what is" ("tell me about") and names no event,
 * place or year; else the text.
 */
export function withoutProgrammeName(text: string, entities: Entities): string {
  const opens = /^\s*(?:what(?:\s+is|\s+are|['’]?s)|tell\s+me\s+about|explain|describe)\s/i.test(text);
  const named = entities.kinds.length + entities.regions.length + entities.cities.length + entities.years.length > 0;
  return opens && !named ? text.replace(PROGRAMME_NAME, ' ') : text;
}

/** "what kind of conference": the kind of thing the subject is said to be, which the answer names but need not. */
const KIND_OF = /(?<![\p{L}])(?:what|which)\s+(?:kind|type|sort)s?\s+of\s+(?<kind>[\p{L}-]+)/giu;
/**
 * "是个什么会", "是什么动物", "是哪种组件", "到底是个啥样的活动", "是本什么书", "是一场什么活动", "是什么性质的活动" (not "做什么", "管什么", "指什么",
 * "什么是", "什么叫", "什么意思"): the same in Chinese, the measure word before the kind included.
 */
const KIND_OF_ZH = /(?:到底|究竟)?(?:是|属于)?(?:一?(?:个|种|场|只|本|部|位|家|款|项|届))?(?<!做|干|负责|管|指)(?:什么样|啥样|什么|啥|哪一种|哪一类|哪种|哪类)(?:性质|类型|形式)?的?(?!是|意思)(?<kind>\p{Script=Han}{1,2})?/gu;
/** "指导委员会是做什么的机构", "是做啥用的工具": what it does, then the kind of thing it is ("委员会"), which ranks. */
const DOING_KIND = /(?<=干什么|干嘛|干啥|做什么|做啥)(?:用)?的(?<kind>\p{Script=Han}{1,4}?)(?=[?？，,。\s]|$)/gu;
/**
 * What the subject is said to be beside its name, which the answer names but need not: an
 * apposition ("izzy, the istio mascot", "ztunnel, a proxy?", after the question mark too: "ztunnel??
 * the node proxy", "what's a keynote? the paris one", "izzy? is it the dolphin", "the toc, governance stuff?") or, in Chinese, "this/that one" before
 * a noun ("Izzy 这只海豚", "ContribFest 这个活动"); or, said last, a word for a being in a story ("this izzy character", "the
 * dolphin figure"), which says it is someone, not which one.
 */
const APPOSITION = /[,，?？]\s*(?:(?:is|was)\s+(?:it|that|this)\s+)?(?:(?:the|an?)\s+|(?=[^,，?？]+?\s+(?:stuff|things?)\s*[?？]*\s*$))(?<kind>[^,，?？]+?)\s*[?？]*\s*$|(?:这|那)(?:只|个|位|场|次|本|种|项)(?<han>\p{Script=Han}{1,4}?)(?=是|到底|究竟|[?？，,\s]|$)|(?<=[\p{L}\p{N}])\s+(?<being>character|figure|creature|guy)(?=\s*[?？!.]*\s*$)/giu;
/**
 * Words that ask what something is or does, or only stress the question ("what is X responsible (in charge)
 * for", "the job of X", "X's role?", "X's job in the project", "the role of X in the community", "X meaning?", "what is meant by X", "what does X stand for", "explain X", "tell me about X", "what happens at X", "what's the
 * deal with X", "never heard of X", "I keep hearing about X", "define X", "X definition", "explain X to me", "what about X" (a follow-up naming only the thing), "wtf is X", "what was that thing", "what is it exactly", "what even is X", "what is X supposed to be", "是什么意思", "给我讲讲 X", "X 全称", "X 指的是什么",
 * "X 是干什么用的", "X 是怎么回事", "X 具体负责什么", "X 主要负责哪些事情", "X 负责哪些方面的工作", what a book or a story "讲的(是)什么"; how short or plain the answer should be, "in one
 * line", "in simple terms", "eli5", "for dummies", "一句话", "通俗点", "简单说"): never what is asked about.
 */
const ASKING =
  /(?<![\p{L}])(?:responsible\s+for|in\s+charge(?:\s+of)?|supposed\s+to\s+(?:be|do)|(?:(?<=['’]s\s+)|(?=\p{L}+(?:\s+(?:in|within|for|on)\s+(?:the\s+)?(?:istio\s+)?(?:project|community|istio|(?:service\s+)?mesh))?(?:\s+of(?![\p{L}])|\s*[?？,，]|\s*$)))(?:job|role|purpose|remit|mandate)s?(?:\s+(?:in|within|for|on)\s+(?:the\s+)?(?:istio\s+)?(?:project|community|istio|(?:service\s+)?mesh))?(?![\p{L}])|(?<=[\p{L}\p{N}]\s+)(?:in|within)\s+(?:the\s+)?(?:istio\s+)?(?:project|community|(?:service\s+)?mesh)(?=\s*[?？]*\s*$)|meaning|means?|meant(?:\s+by)?|stands?\s+for|short\s+for|full\s+(?:name|form)|acronym|abbreviation|explain|define|definition|describe|tell\s+me\s+about|(?:what|how)\s+about|to\s+me(?=\s*[?？]*\s*$)|wtf|happens|goes\s+on|(?:the\s+)?deal\s+w(?:ith|\/)|never\s+(?:been\s+to|heard\s+of)|(?:keep\s+|kept\s+)?(?:hearing|heard)\s+(?:about|of)|exactly|actually|really|basically|even|official(?:ly)?|things?|stuff|differences?\s+between|in\s+(?:one|a|1|a\s+single|two|2|a\s+few)\s+(?:lines?|sentences?|words?)|in\s+(?:simple|plain|layman['’]?s?|short|few|easy)\s+(?:terms|words|english)|in\s+short|in\s+a\s+nutshell|briefly|quickly|eli5|like\s+i['’]?m\s+(?:five|5)|tl;?dr|for\s+(?:dummies|beginners|newbies|a\s+(?:newbie|beginner)))(?![\p{L}])|(?:用\s*)?(?:一两|一|几)句话|通俗(?:易懂)?(?:地|点|一点|的话)?|简而言之|大白话|简单(?:地|来)?说|(?:讲|说|写)的(?=\s*是?\s*(?:什么|啥))|意思|含义|(?:到底|究竟)?\s*是?\s*怎么(?:一)?回事|全称|全名|缩写|具体|官方(?:的)?|(?:(?:简单|大概|详细|稍微|简要)地?\s*)?(?:介绍(?:一?下)?|科普一?下|解释(?:一?下)?|了解一?下)|(?:给我)?(?:讲讲|说说)|指的是?|是(?=干什么|干嘛|干啥|做什么|做啥)|(?:主要|都|平时|平常|平日|一般|通常|日常)(?=\s*是?\s*(?:负责|管|做|干))|(?<=(?:负责|管)\s*哪些\s*)(?:事情|事务|事儿|事|工作|方面|内容)(?:的\s*(?:事情|事务|事儿|事|工作|内容))?|(?<=干什么|干嘛|干啥|做什么|做啥)用的/giu;

/**
 * A second question after the first ("what is a waypoint, does it replace the sidecar", "ztunnel -
 * what is it and how does it scale", "… what is it / who wrote it", "ztunnel 是什么 有几种部署方式",
 * "ztunnel 是干嘛的，伦敦那场讲的", "X 跟 Y 是啥关系 是独立大会吗"): a clause opening with a verb and a pronoun or a question word, after a
 * comma, a dash, a slash or "and"; in Chinese, whatever follows the words that ask what it is, after
 * a pause; a clause that says what was done with it ("the waypoint they announced", "the foundation
 * that was announced"); and whatever follows "what is it" said after the thing ("waypoint?? what is
 * it, heard of it at a meetup"). Its words say more of what is wanted, not what the thing is called.
 */
const FOLLOW_UP = new RegExp(
  [
    String.raw`(?:\s*[,，;；/]|\s+[-–—]|\s+and)\s+(?:(?:is|are|was|were|does|do|did|can|could|will|has|have|should)\s+(?:it|they|there|this|that|i|we|you)|who|when|where|how|why|i|we)(?![\p{L}])[^]*$`,
    // "…是个什么活动 谁办的": the kind of thing said after the question word too (not "什么是 X", "什么叫 X", which name it after).
    String.raw`(?<=(?:什么|啥)(?:样的?|的)?(?:(?![是叫])\p{Script=Han}){0,2}|干嘛的|意思|来头|回事|关系)[\s，,？?；;]+(?=[\p{L}\p{N}])[^]*$`,
    // "什么是 ContribFest？是单独的活动吗": the asking words first, then the thing, then a second question after the pause;
    // not what says which one after it ("什么是社区席位，指导委员会里面的"), which ends in 的.
    String.raw`(?<=(?:什么是|什么叫|啥是)[^?？，,；;]*?[\p{L}\p{N}])\s*[?？，,；;]+\s*(?=[\p{L}\p{N}])(?![^]*的\s*[?？]*\s*$)[^]*$`,
    // "the sidecar they replaced", "the foundation that was announced", "the thing everyone is talking about", "the cert people
    // mention": a clause that says what was done with it.
    String.raw`(?<=(?<![\p{L}])what(?:\s+exactly|\s+actually)?(?:\s+is|\s+are|\s+was|['’]s)\s[^]*?\p{L})\s+(?:(?:that|which)\s+(?:was|were|is|are|got|has|have|had)|(?:that\s+)?(?:they|we|you|someone|people|everyone|folks)\s+(?:keep\s+)?(?:\p{L}+ed|mentions?|says?|talks?\s+about)|(?:everyone|everybody|people|folks)\s+(?:is|are|keeps?)\s+\p{L}+ing)(?![\p{L}])[^]*$`,
    // "ztunnel meaning (istio day london)": brackets at the end say which one, not what is asked about.
    String.raw`\s*[(（][^()（）]*[)）][\s?？]*$`,
    // "waypoint?? what is it, heard of it…": after the words that ask, with the thing named before them.
    String.raw`(?<=(?<![\p{L}])what(?:\s+is|['’]s)\s+(?:it|that|this)(?:\s+exactly)?)\s*[,，;；/?？-]+\s*(?=\p{L})[^]*$`,
    // "what exactly is istio day? is it part of kubecon": a second question after the question mark that ends the first; what
    // is said after it to be the thing ("what's a keynote? the paris one", "…? is it the dolphin") names which one, not a question.
    String.raw`(?<=(?<![\p{L}])what(?:\s+exactly|\s+actually)?(?:\s+is|\s+are|['’]s)\s[^?？]*?[\p{L}\p{N}])\s*[?？]+\s*(?!(?:(?:is|was)\s+(?:it|that|this)\s+)?(?:the|an?)\s)(?=\p{L})[^]*$`,
  ].join('|'),
  'iu',
);

/**
 * "what's a contribfest at kubecon", "the maintainer track during kubecon?", "kubecon 上的 contribfest 是啥", "kubecon 的 contribfest", "kubecon 那个 contribfest": the
 * conference that holds the thing asked about (its tracks, ContribFests, co-located days), named alone (one edition,
 * "at kubecon eu 2025", says which one is asked about).
 */
const HELD_AT = /(?<=[\p{L}\p{N}][^?？]*?)\s+(?:at|during)\s+(?:the\s+)?kube ?cons?\s*(?=[?？,，]|$)|^\s*kube ?con\s*(?:(?:上|里|中)?的|(?:上|里|中)?(?:的)?\s*(?:那个|这个))\s*(?=\S)/iu;

/** "吉祥物叫什么", "那个海豚叫啥名字": what a thing is called asks what it is; the words ask, the thing is what comes before. */
const CALLED_ZH = /叫\s*(?:什么|啥)\s*(?:名字)?|(?:什么|啥)\s*名字/gu;

/**
 * A "what is" question taken apart: the words that name what it asks about (the rest asks: "what
 * kind of", "是个什么", "exactly"), the kinds of thing it is said to be ("conference", "动物"), which
 * rank the passage that names them but are not required, and the words of a question asked after
 * it (`FOLLOW_UP`), which only rank.
 */
export function whatIsParts(said: string): { about: string; kinds: string[]; also: string } {
  // "contribfest at kubecon", "kubecon 上的 contribfest": the conference it is part of is no part of the subject (the
  // kind it names still ranks); nor the kind of thing it is, which a definition naming KubeCon is not.
  const held = HELD_AT.exec(said);
  const text = (held ? `${said.slice(0, held.index)} ${said.slice(held.index + held[0].length)}` : said).replace(CALLED_ZH, ' ');
  const kinds: string[] = [];
  const kindOf = (said: string, kind?: string): string => {
    // "the istio mascot thing": "thing" says nothing of what it is.
    const named = kind?.replace(ASKING, ' ').trim();
    if (named) kinds.push(named);
    return HAN.test(said) ? ' 是什么 ' : ' what ';
  };
  const follow = FOLLOW_UP.exec(text)?.[0] ?? '';
  // "ztunnel 是 ambient 的什么", "X 跟 Y 是啥关系": what it is part of or stands to ranks; the subject is what comes before.
  const relation = relationIn(text);
  const also = relation ? `${relation.groups?.of ?? ''} ${follow}` : follow;
  const about = text.slice(0, relation ? relation.index : text.length - follow.length)
    .replace(KIND_OF, (said, kind: string) => kindOf(said, kind))
    .replace(KIND_OF_ZH, (said, kind?: string) => kindOf(said, kind))
    .replace(DOING_KIND, (said, kind: string) => kindOf(said, kind))
    .replace(KIND_CONFIRMED, (said, kind: string) => kindOf(said, kind))
    .replace(APPOSITION, (said, kind?: string, han?: string, being?: string) => kindOf(said, kind ?? han ?? being))
    .replace(EITHER, (said, first?: string, second?: string, firstHan?: string, secondHan?: string) => {
      kindOf(said, first ?? firstHan);
      return kindOf(said, second ?? secondHan);
    })
    // "is X an A or a B": the subject stays, the two kinds rank.
    .replace(IS_EITHER, (said, ...match: unknown[]) => {
      const { subject = '', first, part, second } = match.at(-1) as Record<string, string | undefined>;
      kindOf(said, first);
      // "…or part of kubecon": what holds it, as "at kubecon" is, is no kind of thing it is.
      return `${part ? kindOf(said) : kindOf(said, second)} ${subject}`;
    })
    .replace(IS_KIND, (said, subject: string, kind: string) => `${kindOf(said, kind)} ${subject}`)
    .replace(ASKING, ' ');
  return { about, kinds, also };
}

/** A slash between two names: "CAICT / 信通院", "TOC/技术监督委员会" name one thing two ways. */
const OR_SLASH = /^\s*[/／]\s*$/u;

/**
 * The groups of a "what is" question that name its subject: not those that ask ("是什么", "what kind of"), in the
 * question's order; two names with a slash between them are one word said either way.
 */
function subjectWords(groups: readonly WordGroup[], text: string): WordGroup[] {
  const folded = fold(text);
  const placed = groups
    .filter((group) => askOf(group.word) === 'search' && !WHAT_IS_WORDS.has(group.word))
    .map((group) => ({ group, at: folded.indexOf(group.word) }))
    .sort((a, b) => a.at - b.at);
  const words: { group: WordGroup; end: number }[] = [];
  for (const { group, at } of placed) {
    const before = words[words.length - 1];
    if (before && at >= before.end && OR_SLASH.test(folded.slice(before.end, at))) {
      before.group = { ...before.group, alternatives: [...before.group.alternatives, ...group.alternatives] };
      before.end = at + group.word.length;
    } else words.push({ group, end: at + group.word.length });
  }
  return withKindNames(words.map(({ group }) => group));
}

/** What a "what is" question asks about ("istio day"), or null when it names nothing. */
export function subjectOf(groups: readonly WordGroup[], text: string): string | null {
  const words = subjectWords(groups, text).map((group) => group.word);
  return words.length ? words.join(' ') : null;
}

/** The word groups of a question's subject, each with every way of saying it (TOC, Technical Oversight Committee…); none when it asks no "what is". */
export function subjectGroups(question: Question): WordGroup[] {
  return question.subject === null ? [] : subjectWords(question.words.groups, question.rest);
}
