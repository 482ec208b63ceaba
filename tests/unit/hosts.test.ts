/** Asked who hosted or chaired an Istio Day, sentences about another session of its week, or its conference's chairs, answer nothing. */
import { describe, expect, it } from 'vitest';
import { otherSession } from '../../src/answer/hosts.js';

describe('otherSession', () => {
  it("sets apart who chaired the conference from the Istio Day's chairs", () => {
    expect(otherSession('Marta Olsen, a project maintainer, was one of the co-chairs of KubeCon Europe 2031.', ['istio-day'])).toBe(true);
    expect(otherSession('项目维护者 Marta Olsen 是 2031 年 KubeCon 欧洲站的联合主席之一。', ['istio-day'])).toBe(true);
    // The day's chairs, in a clause of their own beside the conference it was held with.
    expect(otherSession('它与 KubeCon + CloudNativeCon 欧洲站同场举行，项目委员会主席为 Marta Olsen 和 Kenji Arai。', ['istio-day'])).toBe(false);
    expect(otherSession('Istio Day at KubeCon Europe 2031 was chaired by Marta Olsen.', ['istio-day'])).toBe(false);
    // Asked of the conference itself, its chairs answer.
    expect(otherSession('Marta Olsen was one of the co-chairs of KubeCon Europe 2031.', ['istio-day', 'kubecon'])).toBe(false);
  });

  it('sets apart the other sessions of the week', () => {
    expect(otherSession('The ContribFest session was hosted by Marta Olsen.', ['istio-day'])).toBe(true);
    expect(otherSession('The ContribFest session was hosted by Marta Olsen.', ['istio-day', 'contribfest'])).toBe(false);
  });
});
