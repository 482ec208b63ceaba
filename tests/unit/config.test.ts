import { readFileSync } from 'node:fs';
import dotenv from 'dotenv';
import { describe, expect, it } from 'vitest';
import { envSchema, parseConfig } from '../../src/config/index.js';

describe('configuration', () => {
  it('runs with no variables at all: local chat on the shipped index', () => {
    const config = parseConfig({});
    expect(config).toMatchObject({ contentDirs: ['content'], indexDir: 'index', siteBaseUrl: 'https://istio.io/latest', slack: undefined, discord: undefined });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('accepts .env.example as it is, and it documents every variable the schema reads', () => {
    const example = dotenv.parse(readFileSync(new URL('../../.env.example', import.meta.url)));
    expect(() => parseConfig(example)).not.toThrow();
    expect(Object.keys(example).sort()).toEqual(Object.keys(envSchema.shape).sort());
  });

  it('fails at start naming each bad variable and what it expected', () => {
    const attempt = () => parseConfig({ SLACK_APP_TOKEN: 'xapp-1', PORT: 'eighty', SLACK_API_URL: 'not a url', LOG_LEVEL: 'loud' });
    expect(attempt).toThrow(/PORT: .*\(got 'eighty'\)/);
    expect(attempt).toThrow(/SLACK_API_URL: .*\(got 'not a url'\)/);
    expect(attempt).toThrow(/LOG_LEVEL: .*\(got 'loud'\)/);
  });

  it('reads an adapter\'s settings only when the adapter is on, and a tool never reads them', () => {
    const slackMistakes = { PORT: 'abc', SLACK_API_URL: 'not a url', DISCORD_GUILD_ID: 'x' };
    expect(parseConfig(slackMistakes).slack).toBeUndefined();
    expect(() => parseConfig({ ...slackMistakes, SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' })).toThrow(/PORT/);
    const tool = parseConfig({ ...slackMistakes, SLACK_BOT_TOKEN: 'xoxb-alone', HEALTH_PORT: 'x', SYNC_INTERVAL: 'soon', LOG_LEVEL: 'info' }, 'tool');
    expect(tool).toMatchObject({ slack: undefined, discord: undefined, logLevel: 'info' });
    expect(() => parseConfig({ LOG_LEVEL: 'loud' }, 'tool')).toThrow(/LOG_LEVEL/);
  });

  it('reads the sync settings: the checkout is a content root, SYNC_INTERVAL a duration', () => {
    const config = parseConfig({ SYNC_REPO: 'https://example.com/istio.io.git', SYNC_DIR: '/var/lib/x/istio.io', SYNC_INTERVAL: '15m' });
    expect(config.sync).toMatchObject({ repo: 'https://example.com/istio.io.git', dir: '/var/lib/x/istio.io', intervalMs: 900_000, branch: undefined });
    expect(config.contentDirs).toEqual(['content', '/var/lib/x/istio.io/content']);
    expect(parseConfig({ SYNC_REPO: 'r', SYNC_INTERVAL: '90' }).sync?.intervalMs).toBe(90_000);
    expect(() => parseConfig({ SYNC_INTERVAL: 'hourly' })).toThrow(/SYNC_INTERVAL: expected a duration/);
    expect(() => parseConfig({ QUERY_LOG_MAX_DAYS: '0' })).toThrow(/QUERY_LOG_MAX_DAYS/);
    expect(parseConfig({}).queryLogMaxDays).toBe(30);
  });

  it('names the missing signing secret in Slack HTTP mode', () => {
    expect(() => parseConfig({ SLACK_BOT_TOKEN: 'xoxb-1' })).toThrow(/SLACK_SIGNING_SECRET: required in HTTP mode/);
  });

  it('needs DISCORD_APPLICATION_ID with DISCORD_TOKEN', () => {
    expect(() => parseConfig({ DISCORD_TOKEN: 'secret-token' })).toThrow(/DISCORD_APPLICATION_ID/);
  });

  it('never repeats a token or secret in its error', () => {
    try {
      parseConfig({ SLACK_BOT_TOKEN: 'not-a-bot-token-12345' });
      expect.unreachable();
    } catch (error) {
      expect((error as Error).message).not.toContain('not-a-bot-token-12345');
    }
  });

  it('reads REDIS_URL, and names it without repeating a password when it is not a Redis URL', () => {
    expect(parseConfig({}).redisUrl).toBeUndefined();
    expect(parseConfig({ REDIS_URL: 'rediss://:pw@cache.internal:6380/2' }).redisUrl).toBe('rediss://:pw@cache.internal:6380/2');
    try {
      parseConfig({ REDIS_URL: 'http://:hunter2@cache.internal:6379' });
      expect.unreachable();
    } catch (error) {
      expect((error as Error).message).toMatch(/REDIS_URL: expected redis:\/\//);
      expect((error as Error).message).not.toContain('hunter2');
    }
  });

  it('reads Socket Mode when an app token is set, and splits CONTENT_DIRS', () => {
    const config = parseConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1', CONTENT_DIRS: 'content, ../more ,' });
    expect(config.slack?.appToken).toBe('xapp-1');
    expect(config.contentDirs).toEqual(['content', '../more']);
  });
});
