import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  type RESTPutAPIApplicationCommandsJSONBody,
} from 'discord.js';

export const COMMAND_NAME = 'istio-events';

/** Names of the slash command's options, shared by the definition and the handler that reads them. */
export const OPTION = { query: 'query', lang: 'lang', event: 'event' } as const;

/**
 * The application's commands exactly as `discord:register` PUTs them. A PUT replaces the whole set,
 * so registering again with the same data changes nothing: registration is idempotent.
 */
export const COMMANDS = [
  {
    type: ApplicationCommandType.ChatInput,
    name: COMMAND_NAME,
    description: 'Ask about Istio community events: talks, videos, slides, speakers',
    description_localizations: { 'zh-CN': '查询 Istio 社区活动：演讲、视频、幻灯片、演讲者' },
    // Usable in servers that installed the bot and in a DM with the bot.
    integration_types: [ApplicationIntegrationType.GuildInstall],
    contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: OPTION.query,
        description: 'A question or a few words, or "help"',
        description_localizations: { 'zh-CN': '一个问题或几个词，或 "help"' },
        required: true,
      },
      {
        type: ApplicationCommandOptionType.String,
        name: OPTION.lang,
        description: 'Language of the posts and of the answer',
        description_localizations: { 'zh-CN': '文章和回答的语言' },
        required: false,
        choices: [
          { name: 'English', value: 'en' },
          { name: '中文', value: 'zh' },
        ],
      },
      {
        type: ApplicationCommandOptionType.String,
        name: OPTION.event,
        description: 'Only this event',
        description_localizations: { 'zh-CN': '只看这个活动' },
        required: false,
        autocomplete: true,
      },
    ],
  },
] as const satisfies RESTPutAPIApplicationCommandsJSONBody;
