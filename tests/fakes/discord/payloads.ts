/**
 * Gateway payloads shaped like Discord's, with the fields discord.js reads. Ids are fixed so tests
 * can match the REST calls the bot makes in reply.
 */

export const APPLICATION_ID = '100000000000000001';
export const GUILD_ID = '200000000000000001';
export const CHANNEL_ID = '300000000000000001';
export const DM_CHANNEL_ID = '300000000000000009';
const COMMAND_ID = '500000000000000001';
const JOINED_AT = '2024-01-01T00:00:00.000Z';
/** Every permission bit the tests could need; the interaction routes do not check them. */
const ALL_PERMISSIONS = '2248473465835073';

export const BOT = { id: '100000000000000002', username: 'IstioEvents', discriminator: '0', global_name: null, avatar: null, bot: true };
export const ASKER = { id: '400000000000000001', username: 'asker', discriminator: '0', global_name: 'Asker', avatar: null };

let counter = 0;
/** A fresh snowflake-shaped id. */
function nextId(): string {
  counter += 1;
  return String(700_000_000_000_000_000n + BigInt(counter));
}

const member = (user: object) => ({ user, roles: [], joined_at: JOINED_AT, deaf: false, mute: false, flags: 0 });

export function guildCreate() {
  return {
    id: GUILD_ID,
    name: 'Istio Community',
    icon: null,
    owner_id: ASKER.id,
    joined_at: JOINED_AT,
    large: false,
    unavailable: false,
    member_count: 2,
    features: [],
    roles: [{ id: GUILD_ID, name: '@everyone', permissions: '1024', position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 }],
    channels: [{ id: CHANNEL_ID, type: 0, name: 'general', position: 0, permission_overwrites: [], nsfw: false, guild_id: GUILD_ID }],
    members: [member(BOT), member(ASKER)],
    threads: [],
    emojis: [],
    stickers: [],
    presences: [],
    voice_states: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}

/** A message as Discord stores it, from the body the bot sent. */
export function sentMessage(body: any, channelId = CHANNEL_ID) {
  return {
    id: nextId(),
    channel_id: channelId,
    author: BOT,
    content: body?.content ?? '',
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: body?.embeds ?? [],
    components: body?.components ?? [],
    pinned: false,
    type: body?.message_reference ? 19 : 0,
    flags: body?.flags ?? 0,
  };
}

function interaction(type: number, data: object, extra: object = {}) {
  const id = nextId();
  return {
    id,
    application_id: APPLICATION_ID,
    type,
    token: `token-${id}`,
    version: 1,
    guild_id: GUILD_ID,
    channel_id: CHANNEL_ID,
    channel: { id: CHANNEL_ID, type: 0, guild_id: GUILD_ID, name: 'general', position: 0, permission_overwrites: [], nsfw: false },
    member: { ...member(ASKER), permissions: ALL_PERMISSIONS },
    app_permissions: ALL_PERMISSIONS,
    locale: 'en-US',
    guild_locale: 'en-US',
    entitlements: [],
    authorizing_integration_owners: { '0': GUILD_ID },
    context: 0,
    attachment_size_limit: 26_214_400,
    data,
    ...extra,
  };
}

type Options = Record<string, string>;

const stringOptions = (options: Options, focused?: string) =>
  Object.entries(options).map(([name, value]) => ({ name, type: 3, value, ...(name === focused ? { focused: true } : {}) }));

/** `/istio-events` with the given options. */
export function slashCommand(options: Options) {
  return interaction(2, { id: COMMAND_ID, name: 'istio-events', type: 1, options: stringOptions(options) });
}

/** The user typing in the `focused` option of `/istio-events`. */
export function autocomplete(options: Options, focused: string) {
  return interaction(4, { id: COMMAND_ID, name: 'istio-events', type: 1, options: stringOptions(options, focused) });
}

/** A click on a button of a message the bot sent (`flags` 64: the message is ephemeral). */
export function buttonClick(customId: string, message: { flags: number; content?: string; embeds?: unknown[]; components?: unknown[] }) {
  return interaction(3, { custom_id: customId, component_type: 2 }, { message: { ...sentMessage(message), flags: message.flags } });
}

/** A message from the asker in the guild channel; `mentions` are the users Discord says it mentions. */
export function channelMessage(content: string, mentions: object[] = [BOT], extra: object = {}) {
  return {
    id: nextId(),
    channel_id: CHANNEL_ID,
    // Discord adds the channel type to MESSAGE_CREATE; discord.js needs it to build an uncached (DM) channel.
    channel_type: 0,
    guild_id: GUILD_ID,
    author: ASKER,
    member: member(ASKER),
    content,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions,
    mention_roles: [],
    attachments: [],
    embeds: [],
    components: [],
    pinned: false,
    type: 0,
    flags: 0,
    ...extra,
  };
}

/** A direct message from the asker to the bot. */
export function directMessage(content: string) {
  const { guild_id: _guild, member: _member, ...message } = channelMessage(content, []);
  return { ...message, channel_id: DM_CHANNEL_ID, channel_type: 1 };
}
