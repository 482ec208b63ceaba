/**
 * Asking how to become a sponsor ("how can my company sponsor istio day", "sponsorship contact", "the sponsor prospectus",
 * "怎么赞助", "赞助联系谁") rather than who sponsored: the posts answer it with their "Sponsor the event" passage (the
 * prospectus, "Contact sponsor@cncf.io…", 赞助商招募说明书), which names no company, so the question is a search, not a
 * who question whose line names the companies that did.
 */
import { phrasesOf } from './phrases.js';

/** A cheap test that a question speaks of sponsoring at all, before the phrases are asked. */
const SPONSOR_WORD = /sponsor|prospectus|赞助|招募说明/i;

/**
 * Sponsoring asked as something to do or to learn how to do: in the words of the posts ("sponsor the event", "secure your
 * sponsorship", "prospectus", "招募说明", "联系") and of a chat ("how to sponsor", "want to sponsor", "become a sponsor").
 */
const HOW_TO_SPONSOR = phrasesOf([
  'to sponsor', 'can sponsor', 'could sponsor', 'we sponsor', 'i sponsor', 'us sponsor', 'company sponsor', 'sponsor the event', 'sponsor this event',
  'become a sponsor', 'becoming a sponsor', 'be a sponsor', 'sponsorship contact', 'sponsor contact', 'sponsoring contact', 'contact for sponsorship',
  'prospectus', 'sponsorship opportunities', 'sponsorship opportunity', 'sponsorship packages', 'sponsorship package', 'sponsorship options', 'sponsorship info',
  'sponsorship details', 'about sponsoring', 'sponsoring it', 'interested in sponsoring', 'sponsor sales',
  '怎么赞助', '如何赞助', '想赞助', '要赞助', '赞助联系', '联系赞助', '成为赞助商', '当赞助商', '赞助方式', '赞助渠道', '赞助流程', '招募说明', '赞助说明', '赞助商招募',
]);

/** Who or which company did it: asked of the sponsors there were, never how to become one. */
const WHO_SPONSORED = phrasesOf(['who', 'whom', 'which company', 'which companies', 'what company', 'what companies', '谁', '哪家', '哪个公司', '哪些公司']);

/**
 * Whom to write to ("who do I email about sponsoring", "sponsoring it - who to contact", "想赞助，找谁"): a contact asked
 * beside sponsoring, not the sponsors there were.
 */
const CONTACT = phrasesOf(['email', 'e-mail', 'mail', 'contact', 'reach out', 'write to', '联系', '邮箱', '邮件', '找谁']);

/** Whether a question asks how to sponsor an event (or where its sponsorship prospectus is), not who sponsored it. */
export function sponsoringAsked(text: string): boolean {
  return SPONSOR_WORD.test(text) && ((HOW_TO_SPONSOR.test(text) && !WHO_SPONSORED.test(text)) || CONTACT.test(text));
}

/**
 * The words the posts' "Sponsor the event" passages say it with, in both languages ("secure your sponsorship", "the CNCF
 * events prospectus", "赞助商招募说明书", "确保您的赞助身份"): asked how to sponsor, they rank that passage above the event's
 * overview, which names its sponsors.
 */
export const SPONSORING_TERMS = 'sponsorship prospectus 招募说明书 赞助身份';
