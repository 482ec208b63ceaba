/**
 * "when will the istio day schedule be out", "when was the agenda published", "日程什么时候公布": the day a schedule was
 * (to be) published, which a call's timeline gives ("Week of September 11: Schedule Launch"), not the schedule page itself
 * nor the event's own dates. Read only of a schedule question (`understand` reads its ask first), so it costs the others nothing.
 */
import { wordsOf } from './intents.js';
import { phrasesOf } from './phrases.js';

const DATE_ASKED = phrasesOf(wordsOf('when'));

/** How people say a schedule comes out, en and zh ("go live", "be out", 出炉, 上线); 出 alone only right after asking when ("啥时候出"). */
const LAUNCHED = phrasesOf([
  'publish', 'published', 'publishes', 'announce', 'announced', 'announces', 'announcement', 'release', 'released', 'releases',
  'launch', 'launched', 'launches', 'out', 'live', 'posted', 'online', 'up', 'available',
  '公布', '发布', '上线', '出炉', '出来', '放出', '什么时候出', '啥时候出', '何时出', '几号出', '哪天出',
]);

/** Whether a schedule question asks when the schedule was (or will be) published, rather than for the schedule. */
export function scheduleLaunchAsked(text: string): boolean {
  return DATE_ASKED.test(text) && LAUNCHED.test(text);
}
