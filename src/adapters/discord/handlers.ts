import {
  Events,
  MessageFlags,
  type ApplicationCommandOptionChoiceData,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Client,
  type Interaction,
  type Message,
} from 'discord.js';
import { InFlight, type Asker, type Reply } from '../../app/index.js';
import type { DiscordConfig } from '../../config/index.js';
import { reasonOf } from '../../errors/index.js';
import type { Logger } from '../../log/index.js';
import type { Lang } from '../../model/index.js';
import type { AnswerOptions } from '../../answer/index.js';
import { COMMAND_NAME, OPTION } from './commands.js';
import { decodeButton } from './custom-id.js';
import { LIMITS, clipText } from './fit.js';
import { renderReply, type RenderContext } from './render.js';
import { respondInTime } from './respond.js';
import type { Claims } from '../../shared-state/index.js';
import { askOptions, type PageRef } from '../../present/index.js';

/** What the adapter needs of the app's Asker (any object that asks and lists events will do). */
export type QuestionAsker = Pick<Asker, 'ask' | 'eventNames'>;

export interface HandlerOptions {
  config: DiscordConfig;
  asker: QuestionAsker;
  logger: Logger;
  /** How long an interaction waits for its reply before it is deferred. */
  deferAfterMs: number;
  /** Today, for relative dates. */
  now: () => Date;
  /** Who answers each interaction and message when several instances share the bot's token. */
  claims: Claims;
}

/** The handlers attached to a client: they can stop taking events and wait for the answers under way. */
export interface AttachedHandlers {
  /** Stops taking new events, then waits up to `timeoutMs` for answers still being sent. */
  drain(timeoutMs: number): Promise<void>;
}

/** Listens for the slash command, its autocomplete, the answer buttons, mentions and DMs. */
export function attachHandlers(client: Client, options: HandlerOptions): AttachedHandlers {
  const working = new InFlight();
  let accepting = true;
  const track = (kind: string, handle: () => Promise<void>): void => {
    if (accepting) void working.track(guard(options.logger, kind, handle));
  };
  client.on(Events.InteractionCreate, (interaction) =>
    track('interaction', async () => {
      const claim = await claimFor(options, 'interaction', interaction.id);
      if (claim === undefined) return;
      await onInteraction(interaction, options);
      await options.claims.answered(claim);
    }),
  );
  client.on(Events.MessageCreate, (message) => track('message', () => onMessage(message, client, options)));
  return {
    async drain(timeoutMs) {
      accepting = false;
      await working.settled(timeoutMs);
    },
  };
}

/**
 * The claim's key when this instance takes the event; undefined when another instance (or an
 * earlier delivery, such as a replay after a resume) claimed it first and answers it.
 */
async function claimFor(options: HandlerOptions, kind: 'interaction' | 'message', id: string): Promise<string | undefined> {
  const key = `discord:${kind}:${id}`;
  if (await options.claims.claim(key)) return key;
  options.logger.debug({ event: 'discord_claimed_elsewhere', kind }, 'another instance answers this one');
  return undefined;
}

/** A failed send (an expired interaction, a missing permission) is logged, never thrown at discord.js. */
async function guard(logger: Logger, kind: string, handle: () => Promise<void>): Promise<void> {
  try {
    await handle();
  } catch (error) {
    logger.error({ event: 'discord_reply_failed', kind, reason: reasonOf(error) }, 'could not answer on Discord');
  }
}

async function onInteraction(interaction: Interaction, options: HandlerOptions): Promise<void> {
  if (interaction.isChatInputCommand() && interaction.commandName === COMMAND_NAME) {
    await onCommand(interaction, options);
  } else if (interaction.isAutocomplete() && interaction.commandName === COMMAND_NAME) {
    await onAutocomplete(interaction, options);
  } else if (interaction.isButton()) {
    await onButton(interaction, options);
  }
}

function langOption(value: string | null): Lang | undefined {
  return value === 'en' || value === 'zh' ? value : undefined;
}

function ask(options: HandlerOptions, user: string, channel: string, text: string, answerOptions: AnswerOptions, page?: PageRef): Promise<Reply> {
  return options.asker.ask({ surface: 'discord', user, channel, text, options: { ...answerOptions, ...askOptions(page) } });
}

async function onCommand(interaction: ChatInputCommandInteraction, options: HandlerOptions): Promise<void> {
  const text = interaction.options.getString(OPTION.query, true);
  const lang = langOption(interaction.options.getString(OPTION.lang));
  const event = interaction.options.getString(OPTION.event)?.trim() || undefined;
  const ephemeral = options.config.response === 'ephemeral';
  const pending = ask(options, interaction.user.id, interaction.channelId, text, { lang, event });
  const context: RenderContext = { ephemeral, lang, event, now: options.now() };
  await respondInTime({ mode: 'reply', interaction, ephemeral }, pending, (reply) => renderReply(reply, context), options.deferAfterMs);
}

/** Events whose name contains what was typed, as Discord autocomplete choices. */
function eventChoices(names: readonly string[], typed: string): ApplicationCommandOptionChoiceData<string>[] {
  const needle = typed.trim().toLowerCase();
  return names
    .filter((name) => name.toLowerCase().includes(needle))
    .slice(0, LIMITS.choices)
    // A name cut to 100 characters still selects its event: the filter matches a part of the name.
    .map((name) => ({ name: clipText(name, LIMITS.choiceName), value: name.slice(0, LIMITS.choiceValue) }));
}

async function onAutocomplete(interaction: AutocompleteInteraction, options: HandlerOptions): Promise<void> {
  const focused = interaction.options.getFocused(true);
  const choices = focused.name === OPTION.event ? eventChoices(options.asker.eventNames(), String(focused.value)) : [];
  await interaction.respond(choices);
}

/**
 * "More" pages in place on an answer only the clicker sees; on a public answer it shows the next page
 * to the clicker alone, so one reader's click never changes what the channel sees.
 * "Post here" shows the same page to the channel.
 */
async function onButton(interaction: ButtonInteraction, options: HandlerOptions): Promise<void> {
  const state = decodeButton(interaction.customId);
  // A button this version did not make (another bot's, or an old format) is not ours to answer.
  if (!state) return;
  const { query, lang, event } = state;
  const page: PageRef = { list: state.list, offset: state.offset };
  const pending = ask(options, interaction.user.id, interaction.channelId, query, { lang, event }, page);
  const now = options.now();
  if (state.action === 'post') {
    const context: RenderContext = { ephemeral: false, lang, event, page, now };
    await respondInTime({ mode: 'reply', interaction, ephemeral: false }, pending, (reply) => renderReply(reply, context), options.deferAfterMs);
    return;
  }
  const context: RenderContext = { ephemeral: true, lang, event, page, now };
  const delivery = interaction.message.flags.has(MessageFlags.Ephemeral)
    ? ({ mode: 'update', interaction } as const)
    : ({ mode: 'reply', interaction, ephemeral: true } as const);
  await respondInTime(delivery, pending, (reply) => renderReply(reply, context), options.deferAfterMs);
}

/** The question in a message: its text without the mentions of the bot. */
function questionText(content: string, botId: string): string {
  return content.replace(new RegExp(`<@!?${botId}>`, 'g'), ' ').replace(/\s+/g, ' ').trim();
}

/** Answers a DM to the bot, or a message that mentions the bot by name (not @everyone or a role). */
async function onMessage(message: Message, client: Client, options: HandlerOptions): Promise<void> {
  const bot = client.user;
  if (!bot || message.author.bot || message.system) return;
  if (message.inGuild() && !message.mentions.users.has(bot.id)) return;
  const claim = await claimFor(options, 'message', message.id);
  if (claim === undefined) return;
  const reply = await ask(options, message.author.id, message.channelId, questionText(message.content, bot.id), {});
  const rendered = renderReply(reply, { ephemeral: false, now: options.now() });
  if (rendered) await message.reply(rendered);
  await options.claims.answered(claim);
}
