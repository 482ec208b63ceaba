import { describe, expect, it } from 'vitest';
import { eventNameIn, kindOf, mentionsDate, placeOf, regionIn, regionOf } from '../../src/domain/index.js';

describe('domain facts', () => {
  it('reads regions however they are written, in prose and as typed', () => {
    expect(regionIn('KubeCon EU 2024')).toBe('Europe');
    expect(regionIn('Istio Day 北美 2023')).toBe('North America');
    expect(regionIn('we went in to production')).toBeNull();
    expect(regionOf('na')).toBe('North America');
    expect(regionOf('欧洲')).toBe('Europe');
    expect(regionOf('nowhere')).toBeNull();
  });

  it('knows cities in English and Chinese with their country', () => {
    expect(placeOf('伦敦')?.city).toBe('London');
    expect(placeOf('salt lake city')?.country).toBe('United States');
    expect(placeOf('Gotham')).toBeNull();
  });

  it('names events canonically from any spelling', () => {
    expect(eventNameIn('Istio Day EU', '2024')).toBe('Istio Day Europe 2024');
    expect(eventNameIn('KubeCon + CloudNativeCon North America 2023 recap', null)).toBe('KubeCon + CloudNativeCon North America 2023');
    expect(eventNameIn('IstioCon Europe 2021', null)).toBe('IstioCon 2021');
    expect(eventNameIn('IstioCon China 2023', null)).toBe('IstioCon China 2023');
    expect(eventNameIn('a release post', '2024')).toBeNull();
    expect(kindOf('istioday')?.kind).toBe('istio-day');
  });

  it('tells a text that names a day from one that does not', () => {
    expect(mentionsDate('on March 9 in Paris')).toBe(true);
    expect(mentionsDate('3 月 9 日')).toBe(true);
    expect(mentionsDate('version 1.24')).toBe(false);
  });
});
