import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { shippedService } from '../helpers/engine.js';

let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});

describe('a birthday counted is that birthday', () => {
  it('names no one of another birthday, or of the Izzy book, asked who spoke at the 7th', () => {
    for (const asked of ['who spoke at the 7th birthday celebration', 'who gave talks at the 7th birthday']) {
      const line = engine.answer(asked).direct?.text ?? '';
      expect(line).not.toMatch(/4th birthday|Izzy/i);
    }
  });

  it('still names the speakers of the birthday counted', () => {
    expect(engine.answer('who gave talks at the 4th birthday').direct?.text).toMatch(/4th Birthday/i);
  });
});
