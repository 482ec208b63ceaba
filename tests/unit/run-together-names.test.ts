import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { spacedAsNamed } from '../../src/understand/event-spelling.js';
import { shippedService } from '../helpers/engine.js';

let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});

describe('an event name run together with its region or city, as a hashtag writes it', () => {
  it('is read as the name and the place typed apart', () => {
    expect(spacedAsNamed('istioconchina ppt')).toBe('IstioCon china ppt');
    expect(spacedAsNamed('KubeConEU talks')).toBe('KubeCon + CloudNativeCon EU talks');
    expect(spacedAsNamed('istiodaylondon')).toBe('Istio Day london');
  });

  it('leaves a name followed by anything but a place as it was', () => {
    expect(spacedAsNamed('meetups kubeconfig')).toBe('meetups kubeconfig');
  });

  it('answers about the event of that place', () => {
    expect(engine.answer('istioconchina 的幻灯片').direct?.url).toBe('https://istioconchina2023.sched.com/');
    const europe = engine.answer('kubeconeu 2025 istio sessions');
    expect(europe.talks.length).toBeGreaterThan(3);
    expect(europe.talks.every((talk) => talk.event?.startsWith('KubeCon + CloudNativeCon Europe 2025'))).toBe(true);
    const london = engine.answer('istiodaylondon recordings');
    expect(london.talks.length).toBeGreaterThan(3);
    expect(london.talks.every((talk) => talk.event === 'Istio Day Europe 2025')).toBe(true);
  });
});
