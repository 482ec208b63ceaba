import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { builtCommand } from '../../reliability/dist.js';

describe('npm run web', () => {
  it('serves the shipped index, prints its address, and stops cleanly on SIGTERM', async () => {
    const child = spawn(process.execPath, [builtCommand('web')], {
      env: { ...process.env, WEB_PORT: '0', WEB_HOST: '127.0.0.1', LOG_LEVEL: 'silent', SLACK_BOT_TOKEN: '', DISCORD_TOKEN: '' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      let printed = '';
      for await (const chunk of child.stdout) {
        printed += String(chunk);
        if (printed.includes('\n')) break;
      }
      const url = /^istio-events web: (http:\/\/localhost:\d+\/)$/m.exec(printed)?.[1];
      expect(url).toBeDefined();
      const local = url!.replace('localhost', '127.0.0.1');
      const page = await fetch(`${local}?q=ambient`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('link-video');
      const ready = (await (await fetch(`${local}readyz`)).json()) as { ready: boolean; adapters: Record<string, string> };
      expect(ready).toMatchObject({ ready: true, adapters: { web: 'connected' } });
      child.kill('SIGTERM');
      const [code] = (await once(child, 'exit')) as [number | null];
      expect(code).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
});
