import { describe, expect, it } from 'vitest';
import { shareTwinLinks } from '../../src/indexer/twin-links.js';
import { eventInfo } from '../helpers/answers.js';

const links = { slides: [], schedule: [], recordings: [], register: [], cfp: [], other: [] };

describe("an event's links told in one language only", () => {
  it('fill the kinds the other copy lacks, and leave those it links', () => {
    const en = eventInfo({ id: 'en:x', lang: 'en', links: { ...links, register: ['https://example.org/register/'], schedule: ['https://example.org/en/schedule/'], slides: ['https://example.org/deck.pdf'] } });
    const zh = eventInfo({ id: 'zh:x', lang: 'zh', links: { ...links, schedule: ['https://example.org/zh/schedule/'] }, slides: null });
    const other = eventInfo({ id: 'zh:y', name: 'Istio Day Europe 2032', lang: 'zh', links: { ...links } });
    shareTwinLinks([en, zh, other]);
    expect(zh.links.register).toEqual(['https://example.org/register/']);
    expect(zh.links.schedule).toEqual(['https://example.org/zh/schedule/']);
    expect(zh.slides).toBe('https://example.org/deck.pdf');
    expect(other.links.register).toEqual([]);
  });
});
