import { MessageFlags, type ButtonInteraction, type ChatInputCommandInteraction } from 'discord.js';
import type { Reply } from '../../app/asker.js';
import type { DiscordMessage } from './render.js';

/**
 * How an interaction's answer is delivered: as a new message (visible to all or only to the asker),
 * or in place of the message whose button was clicked.
 */
export type Delivery =
  | { mode: 'reply'; interaction: ChatInputCommandInteraction | ButtonInteraction; ephemeral: boolean }
  | { mode: 'update'; interaction: ButtonInteraction };

const LATE = Symbol('late');

function flags(ephemeral: boolean): { flags?: MessageFlags.Ephemeral } {
  return ephemeral ? { flags: MessageFlags.Ephemeral } : {};
}

/**
 * Answers an interaction within Discord's 3-second window. A reply that is ready within
 * `deferAfterMs` is sent at once; otherwise the interaction is deferred ("thinking…") and the
 * message edited in when the reply arrives. Warnings and apologies are shown only to the asker.
 */
export async function respondInTime(
  delivery: Delivery,
  pending: Promise<Reply>,
  render: (reply: Reply) => DiscordMessage | null,
  deferAfterMs: number,
): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<typeof LATE>((resolve) => {
    timer = setTimeout(() => resolve(LATE), deferAfterMs);
  });
  const early = await Promise.race([pending, late]).finally(() => clearTimeout(timer));
  if (early !== LATE) {
    await sendNow(delivery, early, render(early));
    return;
  }
  const { interaction } = delivery;
  if (delivery.mode === 'update') await delivery.interaction.deferUpdate();
  else await interaction.deferReply(flags(delivery.ephemeral));
  const reply = await pending;
  const message = render(reply);
  if (delivery.mode === 'update') {
    if (message && reply.kind === 'answer') await interaction.editReply(message);
    else if (message) await interaction.followUp({ ...message, ...flags(true) });
  } else if (message) {
    await interaction.editReply(message);
  } else {
    await interaction.deleteReply();
  }
}

async function sendNow(delivery: Delivery, reply: Reply, message: DiscordMessage | null): Promise<void> {
  // Silence (a rate-limited asker) leaves the interaction unanswered: Discord shows its own failure note.
  if (!message) return;
  if (reply.kind !== 'answer') {
    await delivery.interaction.reply({ ...message, ...flags(true) });
  } else if (delivery.mode === 'update') {
    await delivery.interaction.update(message);
  } else {
    await delivery.interaction.reply({ ...message, ...flags(delivery.ephemeral) });
  }
}
