import { describe, expect, it } from 'vitest';
import { describeFailure } from '../../src/cli/failure.js';
import { AppError } from '../../src/errors/index.js';

const failure = (message: string, fields: Record<string, unknown>) => Object.assign(new Error(message), fields);

describe('one line for well-known failures', () => {
  it('names the cause and the fix, never the secret', () => {
    const token = failure('An invalid token was provided.', { code: 'TokenInvalid' });
    expect(describeFailure(token)).toMatch(/^Discord refused DISCORD_TOKEN \(TokenInvalid\): .*Reset Token/);
    expect(describeFailure(failure('listen EADDRINUSE', { code: 'EADDRINUSE', port: 3000 }))).toBe(
      'Port 3000 is already in use: stop what listens there, or set PORT (Slack) or HEALTH_PORT to a free port.',
    );
    expect(describeFailure(failure('EACCES', { code: 'EACCES', syscall: 'open', path: '/var/lib/x/index' }))).toMatch(/^Permission denied for \/var\/lib\/x\/index: /);
    expect(describeFailure(new AppError('CONFIG_INVALID', 'Invalid configuration: PORT'))).toBe('Invalid configuration: PORT');
  });

  it('leaves a bug alone: its stack is printed', () => {
    expect(describeFailure(new TypeError('x is undefined'))).toBeUndefined();
    expect(describeFailure('a string')).toBeUndefined();
  });
});
