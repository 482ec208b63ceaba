import { execFile, spawn } from 'node:child_process';
import { cp, readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { envSchema } from '../../src/config/index.js';
import { FakeWebApi } from '../fakes/slack/web-api.js';
import { BOT_TOKEN, SIGNING_SECRET } from '../adapters/slack/harness.js';
import { scratch } from './indexes.js';
import { readDockerfile } from './dockerfile.js';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const steps = readDockerfile(join(ROOT, 'deploy', 'Dockerfile'));

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  return typeof address === 'object' && address ? address.port : 0;
}

/**
 * No container daemon here: this runs what the image would run, in a clean folder holding only what
 * the Dockerfile copies in, with only the Dockerfile's environment (plus the fakes' URLs).
 */
describe('deploy/Dockerfile, its steps run in a clean folder', () => {
  let app = '';
  let remove = async (): Promise<void> => undefined;
  let baseEnv: Record<string, string> = {};

  beforeAll(async () => {
    const made = await scratch('deploy');
    remove = made.remove;
    app = made.dir;
    // Every COPY of this Dockerfile puts its sources under the same names in /app.
    for (const source of steps.copies.flat()) await cp(join(ROOT, source), join(app, source), { recursive: true });
    // As in the image: only the Dockerfile's environment; the npm cache of this machine stands in
    // for the build's cache mount, so the test needs the registry only for what it lacks.
    const { stdout: cache } = await run('npm', ['config', 'get', 'cache']);
    baseEnv = { PATH: process.env['PATH'] ?? '', HOME: app, npm_config_cache: cache.trim(), npm_config_prefer_offline: 'true', ...steps.env };
    for (const command of steps.appRuns) await run('sh', ['-c', command], { cwd: app, env: baseEnv, timeout: 240_000 });
  }, 300_000);

  afterAll(() => remove());

  it('is Node 20 slim, runs as a non-root user and starts node itself', () => {
    expect(steps.from).toBe('node:20-slim');
    expect(steps.user).toBe('node');
    expect(steps.cmd.slice(0, 2)).toEqual(['node', 'dist/cli/start.js']);
    expect(steps.appRuns.join(' ')).toContain('--omit=dev');
  });

  it('installed without dev dependencies and built dist/ during the install', async () => {
    const tree = JSON.parse((await run('npm', ['ls', '--json', '--depth=0'], { cwd: app, env: baseEnv }).catch((error: { stdout: string }) => error)).stdout) as {
      dependencies: Record<string, unknown>;
    };
    expect(Object.keys(tree.dependencies)).not.toContain('vitest');
    expect(Object.keys(tree.dependencies)).toContain('typescript');
    await expect(readFile(join(app, 'dist', 'cli', 'start.js'), 'utf8')).resolves.toContain('start');
  });

  it('answers in the local chat from the baked-in index', async () => {
    const child = spawn(steps.cmd[0] ?? 'node', steps.cmd.slice(1), { cwd: app, env: baseEnv, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stdin.end('istio day paris slides\n');
    const code = await new Promise((resolve) => child.once('exit', resolve));
    expect(code).toBe(0);
    expect(out).toMatch(/Paris/);
  });

  it('serves Slack, and the HEALTHCHECK command passes once it is ready and fails after it stopped', async () => {
    const api = new FakeWebApi();
    await api.start();
    const health = String(await freePort());
    const env = { ...baseEnv, SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: api.url, PORT: '0', HEALTH_PORT: health };
    const bot = spawn(steps.cmd[0] ?? 'node', steps.cmd.slice(1), { cwd: app, env, stdio: ['ignore', 'ignore', 'pipe'] });
    let logs = '';
    bot.stderr.on('data', (chunk: Buffer) => (logs += chunk.toString()));
    const exited = new Promise((resolve) => bot.once('exit', resolve));
    const check = () =>
      run(steps.healthcheck[0] ?? 'node', steps.healthcheck.slice(1), { env: { PATH: process.env['PATH'] ?? '', HEALTH_PORT: health } }).then(
        () => 0,
        (error: { code: number }) => error.code,
      );
    try {
      for (let tries = 0; !logs.includes('"event":"started"') && tries < 200; tries += 1) await new Promise((resolve) => setTimeout(resolve, 100));
      expect(logs).toContain('"event":"started"');
      expect(await check()).toBe(0);
      bot.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(await check()).toBe(1);
    } finally {
      bot.kill('SIGKILL');
      await api.close();
    }
  });

  it('sets only variables the program reads, in the image and in the systemd unit', async () => {
    const known = Object.keys(envSchema.shape);
    const unit = await readFile(join(ROOT, 'deploy', 'istio-events.service'), 'utf8');
    const unitVariables = [...unit.matchAll(/^Environment=(\w+)=/gm)].map((match) => match[1]);
    expect(unitVariables.length).toBeGreaterThan(3);
    for (const name of [...Object.keys(steps.env), ...unitVariables]) if (name !== 'NODE_ENV') expect(known).toContain(name);
    expect(unit).toMatch(/^ExecStart=\/usr\/bin\/node dist\/cli\/start\.js$/m);
  });
});
