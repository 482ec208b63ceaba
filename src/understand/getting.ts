/**
 * More ways to ask how a thing is got, beside the buying words of `intents.ts`, from the posts' vocabulary of the book
 * and the kiosk's giveaways: "去哪领" and "在哪拿" hold 哪领, 哪拿; shopping online (网购); how to win a giveaway
 * ("how to win", 怎么赢); who sells it ("sells", "selling", as the posts say "sold"); ordering a copy ("can i order it",
 * "ordering a copy", "can it be ordered", 订购: the verb only, since "the order of the talks" and "in the order the post lists them" are no
 * purchase); the signed copies the authors gave away ("签名书": "a free signed copy" is read in `taking-part.ts`, its
 * words searched); and whether a thing is given ("有送 T 恤吗", "送不送", "展台发什么": not "送的", which says which one, "the shirts
 * they gave out, who sponsored them"); the chat's ways of saying "where can I get" and getting one or a copy; who may have one.
 */
export const GETTING = [
  ...['哪领', '哪拿', '哪买', '网购', '网上买', 'how to win', 'how do i win', 'how can i win', '怎么赢', '如何赢', '怎样赢'],
  ...['sell', 'sells', 'selling', 'bought', 'order it', 'order one', 'order a copy', 'order online', 'to order', 'can i order', 'ordering a', 'ordering one', 'ordering it', 'be ordered', 'be bought', 'orderable', '订购', '下单'],
  ...['签名书', '签名版', '有送', '送不送', '免费送', '搞到', '弄到', '入手', '发什么', '发了什么'],
  // "where can I get" as a chat says it inside another question ("any idea where i can get…", "anyone know where u can get…")
  // or with "u"; and getting one or a copy of the thing named ("how did people get one", "get a copy").
  ...['where i can get', 'where you can get', 'where u can get', 'where can you get', 'where can u get', 'where i could get', 'where could i get', 'where could you get'],
  // Getting said the chat's ways: "get my hands on", "get hold of".
  ...['get my hands on', 'get our hands on', 'get hold of', 'get ahold of'],
  ...['get one', 'get a copy'],
  // Who may have one ("who can get a T-shirt", "T 恤谁能领"): the posts answer with how it is got ("the first 400 people to
  // register qualified for…"), not with a name.
  ...['who can get', 'who could get', 'who can have', '谁能拿', '谁能领', '谁可以拿', '谁可以领', '谁能获得', '谁可以获得', '谁能得到'],
  // What is handed out, by the words of a chat ("freebies", "goodies", "free stuff") and of the posts (周边礼品, 礼品, swag bags):
  // asked of, they are got.
  ...['giveaways', 'freebie', 'freebies', 'goodies', 'free stuff', 'free things', 'swag bag', 'swag bags', '赠品', '礼品', '小礼物', '纪念品'],
];
