import { describe, expect, it } from 'vitest';
import { understand } from '../../src/understand/index.js';

describe('the programme\'s chairs are people, not the programme', () => {
  it('reads a question about a programme chair as asking who', () => {
    expect(understand("who's the programme chair at istio day paris").ask).toBe('who');
    expect(understand('who were the program co-chairs of the amsterdam istio day').ask).toBe('who');
  });

  it('still reads a question about the programme itself as asking for the schedule', () => {
    expect(understand('what is on the program at istio day paris').ask).toBe('schedule');
  });
});
