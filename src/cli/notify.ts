/**
 * Announces every update published since the previous deploy to the channels `status.config.yaml`
 * turns on (`notifications:`), after the deploy succeeded. Each update is sent once: the previous
 * deploy's feed (saved by `statusmark deploy-plan`) says what is new, and the ledger file (kept in
 * an Actions cache between runs) says what each channel already got and what to retry.
 * A failed channel is reported (a warning) and never fails the workflow.
 *
 * Env: SLACK_WEBHOOK_URL, TEAMS_WEBHOOK_URL, DISCORD_WEBHOOK_URL, STATUS_WEBHOOK_URL, SMTP_URL (secrets),
 * EMAIL_FROM, EMAIL_TO (comma-separated),
 * STATUS_DIR, STATUS_NOW, GITHUB_STEP_SUMMARY.
 * Options: --previous-feed <file> (default .statusmark/previous-feed.json),
 * --ledger <file> (default .statusmark/notified.json), --dry-run.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { createTransport } from 'nodemailer';
import { contentRootFromEnv, nowFromEnv } from '../core/shared/env.ts';
import { announcement, currentItems, feedItemIds, newSince, type Announcement } from '../core/publish/notify/announcements.ts';
import { dueFor, parseLedger, recordRun } from '../core/publish/notify/ledger.ts';
import {
  CHANNEL_SECRETS,
  discordPayload,
  emailMessage,
  enabledChannels,
  slackPayload,
  teamsPayload,
  webhookPayload,
  type Channel,
} from '../core/publish/notify/index.ts';
import { readSiteModel } from '../core/pipeline.ts';
import { addSummary, annotate, print } from './workflow.ts';

const PAYLOADS: Record<Exclude<Channel, 'email'>, (a: Announcement) => object> = {
  slack: slackPayload,
  teams: teamsPayload,
  discord: discordPayload,
  webhook: webhookPayload,
};

async function send(channel: Channel, url: string, a: Announcement, env: NodeJS.ProcessEnv): Promise<void> {
  if (channel !== 'email') return post(url, PAYLOADS[channel](a));
  const from = env.EMAIL_FROM?.trim();
  const to =
    env.EMAIL_TO?.split(',')
      .map((t) => t.trim())
      .filter(Boolean) ?? [];
  if (!from || to.length === 0) throw new Error('EMAIL_FROM and EMAIL_TO must be set');
  const message = emailMessage(a);
  const transport = createTransport(url);
  try {
    await transport.sendMail({
      from,
      to,
      subject: message.subject,
      text: message.text,
      html: message.html,
      messageId: message.messageId,
      references: message.references,
      inReplyTo: message.references,
    });
  } finally {
    transport.close();
  }
}

async function post(url: string, payload: object): Promise<void> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'user-agent': 'statusmark-notify' },
    body: JSON.stringify(payload),
    signal: AbortSignal.timeout(15_000),
  });
  if (!res.ok) throw new Error(`${res.status} ${res.statusText}: ${(await res.text()).slice(0, 200)}`);
}

/** A webhook address as it may be printed: host only, never the secret path. */
const host = (url: string) => {
  try {
    return new URL(url).host;
  } catch {
    return 'an invalid URL';
  }
};

async function notify(argv: readonly string[], env: NodeJS.ProcessEnv): Promise<number> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      'previous-feed': { type: 'string', default: '.statusmark/previous-feed.json' },
      ledger: { type: 'string', default: '.statusmark/notified.json' },
      'dry-run': { type: 'boolean', default: false },
    },
  });
  const model = readSiteModel(contentRootFromEnv(env), nowFromEnv(env));
  const channels = enabledChannels(model);
  if (!channels.length) {
    print('no notification channels are turned on in status.config.yaml (notifications:)');
    return 0;
  }
  let previous: Set<string> | undefined;
  let previousOldest: Date | undefined;
  try {
    const data = JSON.parse(readFileSync(values['previous-feed'], 'utf8')) as { items?: { date_published?: string }[] };
    previous = feedItemIds(data);
    const dates = (data.items ?? []).map((i) => Date.parse(i.date_published ?? '')).filter(Number.isFinite);
    if (dates.length >= model.site.config.feeds.max_items) previousOldest = new Date(Math.min(...dates));
  } catch {
    previous = undefined;
  }
  const ledgerPath = values.ledger;
  const ledger = parseLedger(existsSync(ledgerPath) ? readFileSync(ledgerPath, 'utf8') : undefined);
  // What was announced before, or failed to be: an incident hidden since still gets its last words out.
  const items = currentItems(model, new Set([...(previous ?? []), ...Object.values(ledger.pending).flat()]));
  const fresh = previous ? newSince(items, previous, previousOldest) : [];
  if (!previous)
    print("the previous deploy's feed is unavailable (a first deploy?): only earlier failures are retried, nothing new is announced");

  const results: Partial<Record<Channel, { sent: string[]; failed: string[] }>> = {};
  const report: string[] = [];
  for (const channel of channels) {
    const due = dueFor(channel, fresh, items, ledger);
    const r = { sent: [] as string[], failed: [] as string[] };
    results[channel] = r;
    if (!due.length) {
      report.push(`${channel}: nothing new`);
      continue;
    }
    const url = env[CHANNEL_SECRETS[channel]]?.trim();
    if (!url) {
      r.failed.push(...due.map((i) => i.id));
      report.push(`${channel}: not sent, ${CHANNEL_SECRETS[channel]} is not set`);
      annotate(
        'warning',
        `notifications: ${channel} is turned on in status.config.yaml, but the ${CHANNEL_SECRETS[channel]} secret is not set; ${due.length} update(s) not sent`,
      );
      continue;
    }
    for (const item of due) {
      if (values['dry-run']) {
        print(`would send to ${channel}: ${item.title}`);
        continue;
      }
      try {
        await send(channel, url, announcement(model, item), env);
        r.sent.push(item.id);
      } catch (error) {
        r.failed.push(item.id);
        annotate('warning', `notifications: ${channel} (${host(url)}) refused "${item.title}": ${(error as Error).message}`);
      }
    }
    report.push(`${channel}: ${r.sent.length} sent${r.failed.length ? `, ${r.failed.length} failed (retried on the next run)` : ''}`);
  }
  if (!values['dry-run']) {
    mkdirSync(dirname(ledgerPath), { recursive: true });
    writeFileSync(ledgerPath, `${JSON.stringify(recordRun(ledger, results, items), null, 2)}\n`);
  }
  print(`${fresh.length} new update(s) since the previous deploy\n${report.join('\n')}`);
  addSummary(
    env,
    `### Notifications\n${fresh.length} new update(s) since the previous deploy.\n\n${report.map((l) => `- ${l}`).join('\n')}`,
  );
  return 0;
}

export async function runNotify(argv: readonly string[], env: NodeJS.ProcessEnv): Promise<number> {
  try {
    return await notify(argv, env);
  } catch (error) {
    // Notifications never fail the deploy: it is already live.
    annotate('warning', `notifications were not sent: ${(error as Error).message}`);
    return 0;
  }
}
