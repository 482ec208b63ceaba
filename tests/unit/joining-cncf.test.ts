/**
 * Joining the CNCF is becoming a CNCF project: the posts announce "Istio's acceptance as a CNCF project", "CNCF 正式接受
 * Istio 成为孵化项目", never that Istio "joined". Asked when it joined, the words searched are the project's status too, so
 * the acceptance ranks beside passages that only say "join" and "CNCF" (a mascot joining the CNCF's family).
 */
import { describe, expect, it } from 'vitest';
import { understand } from '../../src/understand/index.js';

const alternativesOf = (question: string): string[] => understand(question).words.groups.flatMap((group) => group.alternatives.map((terms) => terms.join(' ')));

describe('joining the cncf', () => {
  it('is searched as being a CNCF project too, in en and zh', () => {
    expect(alternativesOf('when did istio join the cncf')).toContain('cncf project');
    expect(alternativesOf('istio 什么时候加入 cncf 的')).toContain('cncf 项目');
  });

  it('is not said of joining anything else', () => {
    expect(alternativesOf('how do i join the istio slack')).not.toContain('cncf project');
  });
});
