/**
 * Notifications on deploy: the channels, and what each is sent. `announcements.ts` says which
 * updates are new and tells each one; `ledger.ts` says who has been told already; each channel's
 * formatter and its escaping live in `channels/`. Pure; `scripts/notify.ts` does the sending.
 */
export { CHANNEL_SECRETS, CHANNELS, enabledChannels, type Channel } from './channels/list.ts';
export { discordPayload, discordUsername } from './channels/discord.ts';
export { emailMessage, type EmailMessage } from './channels/email.ts';
export { slackPayload } from './channels/slack.ts';
export { teamsPayload } from './channels/teams.ts';
export { webhookPayload } from './channels/webhook.ts';
