import type { SiteModel } from '../../../site/site.ts';

export const CHANNELS = ['slack', 'teams', 'discord', 'webhook', 'email'] as const;
export type Channel = (typeof CHANNELS)[number];

/** The environment variable that holds each channel's secret. */
export const CHANNEL_SECRETS: Record<Channel, string> = {
  slack: 'SLACK_WEBHOOK_URL',
  teams: 'TEAMS_WEBHOOK_URL',
  discord: 'DISCORD_WEBHOOK_URL',
  webhook: 'STATUS_WEBHOOK_URL',
  email: 'SMTP_URL',
};

/** The channels `status.config.yaml` turns on. */
export function enabledChannels(model: SiteModel): Channel[] {
  const n = model.site.config.notifications ?? {};
  return CHANNELS.filter((c) => Boolean(n[c]));
}
