/**
 * What must never be left in a passage's text: the labels of links shown beside it ("▶ Video.",
 * "Slides · Schedule."), shortcode remains, markdown or HTML syntax (footnote markers, image references,
 * list lines the parser left in a paragraph, links still to come). Each problem is reported with
 * the passage id and the text around it.
 */
import type { ParsedPassage } from '../../src/model/index.js';

const LABEL = String.raw`(?:▶\s*)?(?:videos?|recordings?|slides?|slide deck|deck|schedule|视频|录像|回放|幻灯片|演示文稿|日程)`;

export const REMAINS: Record<string, RegExp> = {
  'a link label standing as a sentence': new RegExp(String.raw`(?:^|[.!?。！？:：]\s*)${LABEL}(?:\s*[·•|/,、]\s*${LABEL})*\s*(?:[.。;；](?=\s|$)|$)`, 'iu'),
  'a play sign': /▶/u,
  'a shortcode': /\{\{[<%]|[>%]\}\}|[\uE000\uE001]/u,
  'markdown link syntax': /\]\((?:https?:|\/|\.\/)|\[[^\]]+\]\[[^\]]*\]/u,
  'markdown emphasis': /\*\*|__\w/u,
  'an HTML tag': /<\/?(?:a|div|p|br|img|iframe|span|strong|em)\b[^>]*>/iu,
  'a footnote marker': /\[\^[^\]\s]+\]/u,
  'an image reference': /!\[/u,
  'a list line left in a paragraph': /[:：]\s[-*+]\s/u,
  'a link still to come': /\]\s?\([^)]*(?:to be added|coming soon)/iu,
};

export function remainsIn(passages: readonly ParsedPassage[]): string[] {
  const problems: string[] = [];
  for (const passage of passages) {
    for (const [what, pattern] of Object.entries(REMAINS)) {
      const match = pattern.exec(passage.text);
      if (match) problems.push(`${passage.id}: ${what}: …${passage.text.slice(Math.max(0, match.index - 40), match.index + match[0].length + 40)}…`);
    }
  }
  return problems;
}
