import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { shippedService } from '../helpers/engine.js';

let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});

const titles = (question: string): string[] => engine.answer(question).talks.map((talk) => talk.titles.en ?? talk.title);

describe('a terse search naming a talk by its title words and the city or the KubeCon it was given at', () => {
  it('lists the talk, though neither its title nor its event name holds the city', () => {
    expect(titles('aeraki dubbo shanghai')).toContain('Dubbo service governance with Aeraki Mesh');
    expect(titles('上海 aeraki dubbo')).toContain('基于 Aeraki Mesh 的 Dubbo 服务治理');
    expect(titles('kiali 2.0 london')).toContain('Troubleshooting Istio ambient mesh with Kiali 2.0');
  });

  it('lists an Istio Day talk when the KubeCon it was co-located with is named', () => {
    expect(titles('geico databases kubecon')).toContain("Running Databases in Istio's Service Mesh");
  });

  it('lists the KubeCon\'s own talks first, then those of the Istio Day held within it', () => {
    const talks = engine.answer('2025 kubecon ambient mode').talks;
    expect(talks.length).toBe(3);
    expect(talks[0]?.event).toMatch(/^KubeCon/);
    expect(talks.map((talk) => talk.event)).toContain('Istio Day Europe 2025');
  });

  it('lists no talk given in another city', () => {
    expect(titles('geico databases paris')).toEqual([]);
    expect(titles('kiali 2.0 芝加哥')).not.toContain('Troubleshooting Istio ambient mesh with Kiali 2.0');
  });
});
