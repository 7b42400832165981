import { readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildFeed, renderJsonFeed } from '../src/core/outputs/feeds/index.ts';
import { readSiteModel } from '../src/core/pipeline.ts';
import { BASE_CONFIG } from './helpers/content-root.ts';
import { deployFixture, NOW } from './helpers/notify-fixture.ts';
import { runScript } from './helpers/run-script.ts';

/** A real SMTP server on 127.0.0.1 that checks the login and keeps every message, parsed. */
class Mailbox {
  readonly mails: ParsedMail[] = [];
  readonly envelopes: { from: string; to: string[] }[] = [];
  rejectLogin = false;
  private server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    onAuth: (auth, _session, done) => {
      if (this.rejectLogin || auth.username !== 'mailer' || auth.password !== 's3cret')
        return done(new Error('Invalid username or password'));
      done(null, { user: auth.username });
    },
    onData: (stream, session, done) => {
      simpleParser(stream)
        .then((mail) => {
          this.mails.push(mail);
          this.envelopes.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
          });
          done();
        })
        .catch(done);
    },
  });
  port = 0;
  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.server.address() as AddressInfo).port;
  }
  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

let mailbox: Mailbox;
let root: string;
let previousFeed: string;
const env = (extra: Record<string, string> = {}) => ({
  SMTP_URL: `smtp://mailer:s3cret@127.0.0.1:${mailbox.port}`,
  EMAIL_FROM: 'Parcelport Status <status@test.example>',
  EMAIL_TO: 'ops@test.example, customers@test.example',
  STATUS_NOW: NOW,
  ...extra,
});
const notify = (e = env()) =>
  runScript('notify.ts', ['--previous-feed', previousFeed, '--ledger', join(root, '.statusmark/notified.json')], e, root);

beforeEach(async () => {
  ({ root, previousFeed } = deployFixture(`${BASE_CONFIG}notifications: { email: true }\n`));
  mailbox = new Mailbox();
  await mailbox.start();
});

afterEach(async () => {
  await mailbox.stop();
});

describe('email notifications through SMTP', () => {
  it('mails each new update once, as text and escaped HTML, threaded per incident', async () => {
    const run = await notify();
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('email: 1 sent');
    expect(mailbox.mails).toHaveLength(1);
    const mail = mailbox.mails[0]!;
    expect(mailbox.envelopes[0]).toEqual({ from: 'status@test.example', to: ['ops@test.example', 'customers@test.example'] });
    expect(mail.subject).toBe('[Test Status] Elevated error rates on the REST API — Monitoring');
    expect(mail.text).toContain('A fix is out & we are watching errors < 5%. Next update by 15:00 UTC.');
    expect(mail.text).toContain('Changed: REST API: Partial outage → Degraded performance');
    expect(mail.text).toContain('https://status.test.example/incidents/2026-11-20-api-errors/#update-2026-11-20-14-30');
    expect(mail.html).toContain('A fix is out &#x26; we are watching errors &#x3C; 5%');
    expect(mail.html).toContain('href="https://status.test.example/incidents/2026-11-20-api-errors/#update-2026-11-20-14-30"');
    expect(mail.messageId).toMatch(/^<[0-9a-z]{12}\.update-2026-11-20-14-30@status\.test\.example>$/);
    expect(mail.references).toBe('<incidents.2026-11-20-api-errors@status.test.example>');

    const rerun = await notify();
    expect(rerun.code).toBe(0);
    expect(mailbox.mails).toHaveLength(1);
  });

  it('reports a refused login as a warning without the password, and retries next time', async () => {
    mailbox.rejectLogin = true;
    const run = await notify();
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/::warning::notifications: email \(127\.0\.0\.1:\d+\) refused/);
    expect(run.stdout + run.stderr).not.toContain('s3cret');
    const ledger = JSON.parse(readFileSync(join(root, '.statusmark/notified.json'), 'utf8'));
    expect(ledger.pending.email).toHaveLength(1);

    mailbox.rejectLogin = false;
    writeFileSync(previousFeed, renderJsonFeed(buildFeed(readSiteModel(root, new Date(NOW)), { kind: 'history' })));
    await notify();
    expect(mailbox.mails).toHaveLength(1);
  });

  it('says what is missing when the addresses are not set', async () => {
    const run = await notify(env({ EMAIL_TO: '' }));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('EMAIL_FROM and EMAIL_TO must be set');
    expect(mailbox.mails).toHaveLength(0);
  });
});
