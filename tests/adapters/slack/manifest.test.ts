import { readFileSync } from 'node:fs';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';

/** The manifest as Slack reads it (gray-matter's YAML parser, fed the file as front matter). */
function manifest(): Record<string, any> {
  const text = readFileSync(new URL('../../../slack/manifest.yml', import.meta.url), 'utf8');
  return matter(`---\n${text}\n---\n`, {}).data;
}

describe('slack/manifest.yml', () => {
  const app = manifest();

  it('declares the /istio-events command, taking the question as typed', () => {
    expect(app['features']['slash_commands']).toEqual([expect.objectContaining({ command: '/istio-events', should_escape: false })]);
  });

  it('asks for no more scopes than the bot uses', () => {
    expect(app['oauth_config']['scopes']).toEqual({ bot: ['app_mentions:read', 'chat:write', 'commands', 'im:history'] });
  });

  it('subscribes to mentions and direct messages, with interactivity for the buttons', () => {
    expect(app['settings']['event_subscriptions']['bot_events']).toEqual(['app_mention', 'message.im']);
    expect(app['settings']['interactivity']['is_enabled']).toBe(true);
    expect(app['features']['app_home']['messages_tab_enabled']).toBe(true);
    expect(app['features']['app_home']['messages_tab_read_only_enabled']).toBe(false);
  });

  it('uses Socket Mode, so it works without a public URL', () => {
    expect(app['settings']['socket_mode_enabled']).toBe(true);
  });
});
