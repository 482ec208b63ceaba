import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import type { Asker, Question, Reply } from '../../app/index.js';
import type { SlackConfig } from '../../config/index.js';
import { reasonOf } from '../../errors/index.js';
import { messages } from '../../i18n/index.js';
import type { Logger } from '../../log/index.js';
import { questionText } from './parse.js';
import { ACTIONS, renderAnswer, renderNotice, type SlackMessage } from './render.js';
import { decodeValue, pageOf, type ButtonValue } from './values.js';
import { askOptions, type PageRef } from '../../present/index.js';
import type { Claims } from '../../shared-state/index.js';

export interface HandlerDeps {
  asker: Pick<Asker, 'ask' | 'feedback'>;
  logger: Logger;
  /** Who sees a slash command's first answer: the asker alone, or the whole channel. */
  response: SlackConfig['response'];
  /** Claims event ids, so a retried event is answered once, whichever instance it reaches. */
  claims: Claims;
}

/**
 * Wires Slack's inputs to the asker: the slash command, mentions, direct messages and the
 * buttons of our answers. Every listener acknowledges first (Slack waits 3 s at most), then asks,
 * then sends what render.ts made of the reply.
 */
export function registerHandlers(app: App, deps: HandlerDeps): void {
  const { asker, logger } = deps;

  const ask = async (question: Question): Promise<Reply> => {
    try {
      return await asker.ask(question);
    } catch (error) {
      logger.error({ event: 'slack_ask_failed', reason: reasonOf(error) }, 'question failed');
      return { kind: 'error', lang: 'en' };
    }
  };

  const render = (reply: Reply, share: boolean, page?: PageRef): SlackMessage | undefined => {
    switch (reply.kind) {
      case 'answer':
        try {
          return renderAnswer(reply.answer, { share, page });
        } catch (error) {
          logger.error({ event: 'slack_render_failed', intent: reply.answer.intent, reason: reasonOf(error) }, 'answer not rendered');
          return renderNotice(messages(reply.answer.lang).error);
        }
      case 'slow-down':
        return renderNotice(messages(reply.lang).slowDown);
      case 'error':
        return renderNotice(messages(reply.lang).error);
      case 'ignored':
        return undefined;
    }
  };

  // Slack re-sends an event it saw no acknowledgement for, possibly to another instance: the first
  // delivery claims the event id and the others are dropped. (Bolt has acknowledged events before
  // this runs; commands and clicks carry no event id and are never re-sent.)
  app.use(async ({ body, context, next }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId !== 'string') return next();
    const key = `slack:event:${eventId}`;
    if (!(await deps.claims.claim(key))) {
      logger.info({ event: 'slack_duplicate_event', retryNum: context.retryNum }, 'duplicate event ignored');
      return;
    }
    await next();
    await deps.claims.answered(key);
  });

  // The app receives only the commands its manifest declares, so whatever name the workspace
  // gave the command, it is ours.
  app.command(/^\//, async ({ command, ack, respond }) => {
    await ack();
    const reply = await ask({
      surface: 'slack',
      user: command.user_id,
      channel: command.channel_id,
      text: questionText(command.text),
      options: askOptions(),
    });
    const inChannel = deps.response === 'in_channel' && reply.kind === 'answer';
    const message = render(reply, !inChannel && !isDirect(command.channel_id));
    if (message) await respond({ response_type: inChannel ? 'in_channel' : 'ephemeral', ...message });
  });

  app.event('app_mention', async ({ event, context, client }) => {
    // A mention inside a DM also arrives as a message; the DM listener answers that one.
    if (isDirect(event.channel) || event.bot_id !== undefined) return;
    const user = event.user ?? '';
    const reply = await ask({
      surface: 'slack',
      user,
      channel: event.channel,
      text: questionText(event.text, context.botUserId),
      options: askOptions(),
    });
    const message = render(reply, false);
    if (!message) return;
    const thread_ts = event.thread_ts ?? event.ts;
    if (reply.kind === 'slow-down') await client.chat.postEphemeral({ channel: event.channel, user, thread_ts, ...message });
    else await client.chat.postMessage({ channel: event.channel, thread_ts, ...message });
  });

  app.message(async ({ message: event, context, client }) => {
    // Edits, joins and other bots' posts are not questions (a bot answering a bot could loop).
    if (event.channel_type !== 'im' || event.subtype !== undefined || event.bot_id !== undefined) return;
    const reply = await ask({
      surface: 'slack',
      user: event.user,
      channel: event.channel,
      text: questionText(event.text ?? '', context.botUserId),
      options: askOptions(),
    });
    const message = render(reply, false);
    if (message) await client.chat.postMessage({ channel: event.channel, thread_ts: event.thread_ts, ...message });
  });

  app.action<BlockAction<ButtonAction>>({ type: 'block_actions', action_id: ACTIONS.more }, async ({ ack, body, action, respond }) => {
    await ack();
    const asked = await askFromButton(body, action);
    if (!asked) return;
    const { reply, where, page } = asked;
    const message = render(reply, !where.direct, page);
    if (!message) return;
    // The next page takes the place of the one clicked when only the clicker sees it (a replaced
    // message keeps its visibility); on a message the channel shares, it comes as a new message
    // for the clicker alone.
    if (reply.kind === 'answer' && (where.ephemeral || where.direct)) await respond({ replace_original: true, ...message });
    else await respond({ response_type: 'ephemeral', replace_original: false, ...message });
  });

  app.action<BlockAction<ButtonAction>>({ type: 'block_actions', action_id: ACTIONS.share }, async ({ ack, body, action, respond }) => {
    await ack();
    const asked = await askFromButton(body, action);
    if (!asked) return;
    const { reply, where, page } = asked;
    if (reply.kind !== 'answer') {
      const notice = render(reply, false);
      if (notice) await respond({ response_type: 'ephemeral', replace_original: false, ...notice });
      return;
    }
    // An ephemeral message cannot become public: post the answer anew, then remove the private copy.
    await respond({ response_type: 'in_channel', replace_original: false, ...renderAnswer(reply.answer, { share: false, page }) });
    if (where.ephemeral) await respond({ delete_original: true });
  });

  app.action<BlockAction<ButtonAction>>({ type: 'block_actions', action_id: /^feedback_(up|down)$/ }, async ({ ack, body, action, respond }) => {
    await ack();
    const value = buttonValue(action);
    if (!value) return;
    asker.feedback({ surface: 'slack', user: body.user.id, query: value.q, vote: action.action_id === ACTIONS.up ? 'up' : 'down' });
    await respond({ response_type: 'ephemeral', replace_original: false, ...renderNotice(messages(value.l).thanks) });
  });

  app.error(async (error) => {
    logger.error({ event: 'slack_handler_failed', code: error.code, reason: reasonOf(error) }, 'slack handler failed');
  });

  /** Asks again, as the clicker, the question and page a "More results" or "Share in channel" button carries. */
  async function askFromButton(body: BlockAction<ButtonAction>, action: ButtonAction): Promise<{ reply: Reply; where: Clicked; page: PageRef } | undefined> {
    const value = buttonValue(action);
    if (!value) return undefined;
    const where = clicked(body);
    const page = pageOf(value);
    const reply = await ask({
      surface: 'slack',
      user: body.user.id,
      channel: where.channel,
      text: value.q,
      options: askOptions(page),
    });
    return { reply, where, page };
  }

  function buttonValue(action: ButtonAction): ButtonValue | undefined {
    const value = decodeValue(action.value);
    if (!value) logger.warn({ event: 'slack_bad_button', actionId: action.action_id }, 'button value not understood');
    return value;
  }
}

interface Clicked {
  channel: string;
  /** The clicked message is seen by the clicker alone. */
  ephemeral: boolean;
  /** It sits in a direct conversation with the bot. */
  direct: boolean;
}

function clicked(body: BlockAction<ButtonAction>): Clicked {
  const channel = body.channel?.id ?? String(body.container['channel_id'] ?? body.user.id);
  return { channel, ephemeral: body.container['is_ephemeral'] === true, direct: isDirect(channel) };
}

/** Direct-message conversation ids start with D; sharing there would only talk to the same person. */
function isDirect(channel: string): boolean {
  return channel.startsWith('D');
}
