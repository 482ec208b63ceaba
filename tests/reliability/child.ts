import { spawn, type ChildProcess } from 'node:child_process';
import { Recorder } from '../fakes/slack/recorder.js';
import { builtCommand } from './dist.js';

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface Child {
  process: ChildProcess;
  /** Each JSON log line on standard error, parsed, as it comes. */
  logs: Recorder<Record<string, unknown>>;
  /** Standard error and output as written, to look for secrets and messages. */
  stderr: () => string;
  stdout: () => string;
  exited: Promise<Exit>;
  /** SIGKILLs the process if it still runs (a test that failed half-way). */
  kill(): void;
}

/**
 * Runs `node dist/cli/<command>.js` with exactly `env` (no .env file: `cwd` should hold none), so
 * the test says everything the program sees.
 */
export function runCommand(command: string, args: string[], env: Record<string, string>, cwd: string): Child {
  const child = spawn(process.execPath, [builtCommand(command), ...args], {
    cwd,
    env: { PATH: process.env['PATH'] ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs = new Recorder<Record<string, unknown>>();
  let stderr = '';
  let stdout = '';
  let partial = '';
  child.stderr.setEncoding('utf8');
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => (stdout += chunk));
  child.stderr.on('data', (chunk: string) => {
    stderr += chunk;
    const lines = (partial + chunk).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) {
      if (line.startsWith('{')) logs.push(JSON.parse(line) as Record<string, unknown>);
    }
  });
  const exited = new Promise<Exit>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  return {
    process: child,
    logs,
    stderr: () => stderr,
    stdout: () => stdout,
    exited,
    kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    },
  };
}

/** The first log line of this event, or a clear failure when it does not come in time. */
export async function logged(child: Child, event: string, timeoutMs = 10_000): Promise<Record<string, unknown>> {
  try {
    return await child.logs.next((line) => line['event'] === event, timeoutMs);
  } catch {
    throw new Error(`no '${event}' log line within ${timeoutMs} ms; stderr so far:\n${child.stderr()}`);
  }
}
