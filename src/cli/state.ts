import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * This program's folder under the user's state directory (XDG Base Directory): the local chat's
 * history and log live there, never in the project folder.
 */
export function stateDir(env: NodeJS.ProcessEnv = process.env): string {
  const base = env['XDG_STATE_HOME']?.trim() || join(homedir(), '.local', 'state');
  return join(base, 'istio-events');
}
