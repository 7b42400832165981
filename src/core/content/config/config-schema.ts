import { z } from 'zod';
import { CONTENT_CONTRACT, CONTRACT_KEY } from './contract.ts';
import { LOGO_PATTERN, logoProblem, SITE_URL_PATTERN, siteUrlProblem, type AddressProblem } from './config-addresses.ts';
import { ALL_RULES } from '../../diagnostics/catalog/all-rules.ts';
import { CATALOG } from '../../diagnostics/catalog/catalog.ts';
import { wordsOf } from '../../diagnostics/catalog/entry.ts';
import { RULE_SEVERITIES, type RuleInfo } from '../../diagnostics/catalog/rule-info.ts';

/**
 * The schema of `status.config.yaml`. `npm run schema` turns it into
 * `status.config.schema.json` for editors, so the two can never disagree.
 */
const httpUrl = z
  .url({ protocol: /^https?$/, error: wordsOf(CATALOG.urlNotAbsolute, { guess: undefined }) })
  .describe('An absolute http(s) URL');

/** A text field whose value `problem` judges; its message and hint become the diagnostic. */
const address = (problem: (text: string) => AddressProblem | undefined, meta: { pattern: string; description: string; format?: string }) =>
  z
    .string()
    .check((ctx) => {
      const found = problem(ctx.value);
      if (found) ctx.issues.push({ code: 'custom', message: found.message, input: ctx.value, params: { hint: found.hint } });
    })
    .meta(meta);

/** How pages print a time of day: `24h` (16:12), or `12h` (4:12 PM, never 04:12 PM). */
export const TIME_FORMATS = ['24h', '12h'] as const;
export type TimeFormat = (typeof TIME_FORMATS)[number];

const componentId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]*$/, {
    error: wordsOf(CATALOG.componentIdForm),
  })
  .describe('A short, stable identifier used in incident files and URLs, e.g. `api`');

export const ComponentSchema = z
  .strictObject({
    id: componentId,
    name: z.string().min(1).describe('The name customers read, e.g. "REST API"'),
    group: z.string().min(1).optional().describe('Components with the same group are shown together'),
    description: z.string().optional().describe('One line shown under the name'),
  })
  .describe('A part of your service customers can tell apart');

export const PolicySchema = z
  .strictObject({
    first_update_minutes: z
      .int()
      .positive()
      .default(15)
      .describe('The first public update is due this many minutes after an incident starts'),
    update_interval_minutes: z
      .int()
      .positive()
      .default(30)
      .describe('While an incident is open, the next update is due this many minutes after the last'),
    report_due_minutes: z
      .int()
      .positive()
      .default(60)
      .describe('A post-incident report for major and critical incidents is due this many minutes after resolution'),
    maintenance_notice_hours: z
      .number()
      .nonnegative()
      .default(24)
      .describe('Scheduled maintenance is announced at least this many hours before its window starts'),
  })
  .describe('The communication policy `npm run check` holds incidents to');

const ruleSeverity = (rule: RuleInfo) =>
  z
    .enum(RULE_SEVERITIES)
    .optional()
    .describe(`${rule.summary.replace(/`/g, '')} (default: ${rule.defaultSeverity}; error, warning or off)`);

export const RulesSchema = z
  .strictObject(Object.fromEntries(ALL_RULES.map((r) => [r.id, ruleSeverity(r)])))
  .describe('Severity of each policy and style rule of `npm run check`: error, warning or off, e.g. `policy-update-overdue: error`');

export const StyleSchema = z
  .strictObject({
    audience: z
      .enum(['developers', 'general'])
      .default('general')
      .describe(
        'Who reads the page: `developers` know terms such as “failover” or “5xx”, so only the shorter jargon list applies; `general` (the default) uses the full list',
      ),
    jargon: z
      .record(z.string().min(1), z.union([z.string().min(1), z.literal(false)]))
      .optional()
      .describe(
        'Internal terms customers won’t know, each with a plain alternative (e.g. `OOM: ran out of memory`); `false` allows one of the built-in terms',
      ),
    max_sentence_words: z.int().positive().default(35).describe('Sentences with more words than this are flagged as too long'),
  })
  .describe('The plain-language style `npm run check` holds public text to');

export const FeedsSchema = z
  .strictObject({
    max_items: z.int().positive().default(100).describe('At most this many items (the newest) in each RSS, Atom and JSON feed'),
    max_days: z
      .int()
      .positive()
      .optional()
      .describe('Leave out feed items older than this many days; by default only `max_items` limits the feeds'),
  })
  .describe('How much history the feeds carry, so they stay small');

const channelSwitch = (what: string, secret: string) =>
  z
    .boolean()
    .default(false)
    .describe(`Post every new update to ${what}; the webhook address comes from the ${secret} secret, never from this file`);

export const NotificationsSchema = z
  .strictObject({
    slack: channelSwitch('a Slack channel (incoming webhook)', 'SLACK_WEBHOOK_URL'),
    teams: channelSwitch('a Microsoft Teams channel (Workflows webhook)', 'TEAMS_WEBHOOK_URL'),
    discord: channelSwitch('a Discord channel (webhook)', 'DISCORD_WEBHOOK_URL'),
    webhook: channelSwitch('any URL as Statuspage-style JSON', 'STATUS_WEBHOOK_URL'),
    email: z
      .boolean()
      .default(false)
      .describe(
        'Email every new update: the server comes from the SMTP_URL secret (smtps://user:password@host:465), the addresses from EMAIL_FROM and EMAIL_TO (comma-separated), never from this file',
      ),
  })
  .describe('Where the deploy workflow announces every update published since the previous deploy. Secrets stay in the environment');

/** GitHub ends a job after 6 hours; the timekeeper's job waits at most this long for one change. */
export const MAX_HORIZON_MINUTES = 300;

/** A relay keeps a runner on for its whole window: a week is the most that makes sense to pay for. */
export const MAX_RELAY_HOURS = 168;

export const TimekeeperSchema = z
  .strictObject({
    horizon_minutes: z
      .int()
      .min(0)
      .max(MAX_HORIZON_MINUTES)
      .default(60)
      .describe(
        `When the next time-based change (maintenance starting or ending, an update falling due) is at most this many minutes away, the timekeeper workflow waits for it and then rebuilds the page or runs the watchdog; 0 turns the waiting off. Each minute waited is a runner minute, billed in a private repository (at most ${MAX_HORIZON_MINUTES})`,
      ),
    relay: z
      .enum(['auto', 'on', 'off'])
      .default('auto')
      .describe(
        'When the next change is beyond the horizon but within `relay_hours`, a timekeeper run waits and then starts the next run itself, so a chain of runs carries the change and one run anywhere in that window is enough. The chain keeps a runner on for the whole window, billed in a private repository: `auto` relays only in a public repository, `on` always, `off` never',
      ),
    relay_hours: z
      .int()
      .min(0)
      .max(MAX_RELAY_HOURS)
      .default(24)
      .describe(
        `How far ahead of a change (in hours) the timekeeper starts relaying to it; 0 turns relaying off (at most ${MAX_RELAY_HOURS})`,
      ),
  })
  .describe('The timekeeper workflow, which makes time-based changes reach the page on time without relying on GitHub’s schedules');

export const StaleAfterSchema = z
  .strictObject({
    open_minutes: z
      .int()
      .positive()
      .default(30)
      .describe('While an incident or maintenance is open, a page built more than this many minutes ago says it may be out of date'),
    quiet_minutes: z
      .int()
      .positive()
      .default(1440)
      .describe('With nothing open, a page built more than this many minutes ago (default: a day) says it may be out of date'),
  })
  .describe('When a reader’s browser says the page may be out of date (with JavaScript; counted from the build)');

const languageTag = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { error: wordsOf(CATALOG.languageTag) });

/** Whether `zone` is a time zone this runtime's Intl knows, such as "UTC" or "Europe/Berlin". */
function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone.length > 0;
  } catch {
    return false;
  }
}

export const ConfigSchema = z
  .strictObject({
    [CONTRACT_KEY]: z
      .int()
      .positive()
      .optional()
      .describe(
        `The content contract this file and incidents/ follow (${CONTENT_CONTRACT} today); without it, the current one. \`statusmark upgrade\` moves it forward`,
      ),
    name: z.string().min(1).describe('The page title, e.g. "Acme Status"'),
    url: address(siteUrlProblem, {
      format: 'uri',
      pattern: SITE_URL_PATTERN,
      description:
        'Where the page is published, as an absolute http(s) URL; it may include a base path of plain parts (letters, digits, "-", "_", ".", "~") such as https://acme.github.io/status/',
    }),
    description: z.string().optional().describe('One sentence for search engines and feed readers'),
    locale: languageTag
      .optional()
      .describe(
        'The language of the pages, feeds, calendar, badges and API (BCP 47), e.g. "en", "de" or "pt-BR": every fixed text comes from its messages. Default "en"',
      ),
    language: languageTag.optional().describe('The older name of `locale`; `statusmark upgrade` renames it'),
    time_zone: z
      .string()
      .refine(isTimeZone, { error: wordsOf(CATALOG.timeZoneName) })
      .default('UTC')
      .describe(
        'The IANA time zone pages print times in without JavaScript (with it, in the reader’s own zone), and the API’s page.time_zone, e.g. "Europe/Berlin". Default "UTC"',
      ),
    messages: z
      .record(z.string(), z.string())
      .optional()
      .describe(
        'Your own wording of any fixed text of the page, by its key in the English catalog (src/core/i18n/messages/en.json), in ICU MessageFormat with the same placeholders, e.g. `overall.none: All systems go`',
      ),
    time_format: z
      .enum(TIME_FORMATS)
      .default('24h')
      .describe('How pages print times: "24h" (16:12) or "12h" (4:12 PM); with JavaScript, in the reader’s own time zone'),
    logo: address(logoProblem, {
      pattern: LOGO_PATTERN,
      description:
        'Path of a logo file under public/ (e.g. /logo.svg), or an https: URL, which every reader’s browser then fetches from that host',
    }).optional(),
    support: z
      .strictObject({
        email: z
          .email({ error: wordsOf(CATALOG.notAnEmail) })
          .optional()
          .describe('Where customers write for help'),
        url: httpUrl.optional().describe('Your help centre or contact page, as an absolute http(s) URL such as https://acme.example/help'),
        phone: z.string().optional().describe('A phone number for urgent help'),
      })
      .optional()
      .describe('How customers reach you; shown on every page and in reports'),
    links: z
      .array(
        z.strictObject({
          label: z.string().min(1),
          url: httpUrl.describe('Where the link leads, as an absolute http(s) URL such as https://acme.example'),
        }),
      )
      .optional()
      .describe('Extra links in the page header, e.g. your home page or documentation'),
    theme: z
      .strictObject({
        accent: z
          .string()
          .regex(/^#[0-9a-fA-F]{6}$/, { error: wordsOf(CATALOG.notAColour) })
          .optional()
          .describe('Brand colour for links and the header'),
      })
      .optional()
      .describe('Colours of the page'),
    components: z.array(ComponentSchema).min(1, { error: 'list at least one component' }).describe('What your status page reports on'),
    policy: PolicySchema.prefault({}),
    rules: RulesSchema.prefault({}),
    style: StyleSchema.prefault({}),
    feeds: FeedsSchema.prefault({}),
    notifications: NotificationsSchema.prefault({}),
    timekeeper: TimekeeperSchema.prefault({}),
    stale_after: StaleAfterSchema.prefault({}),
    opened_in_error: z
      .enum(['list', 'hide'])
      .default('list')
      .describe(
        'Incidents with `opened_in_error: true`: `list` keeps them in the history (marked “Opened in error”), the feeds, the API and search; `hide` leaves them out of every list, feed, API file and the search (their page stays, for links already shared, and says why)',
      ),
  })
  .describe('Statusmark site configuration');

export type SiteConfig = z.output<typeof ConfigSchema>;
export type ComponentConfig = z.output<typeof ComponentSchema>;
export type Policy = z.output<typeof PolicySchema>;
export type StyleConfig = z.output<typeof StyleSchema>;
export type RulesConfig = z.output<typeof RulesSchema>;
export type FeedsConfig = z.output<typeof FeedsSchema>;
export type NotificationsConfig = z.output<typeof NotificationsSchema>;
export type TimekeeperConfig = z.output<typeof TimekeeperSchema>;
export type StaleAfterConfig = z.output<typeof StaleAfterSchema>;
