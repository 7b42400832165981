import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { parse as parseDiscord } from 'discord-markdown-parser';
import type { Root, RootContent } from 'mdast';
import remarkParse from 'remark-parse';
import { toHTML as slackToHtml } from 'slack-markdown';
import { unified } from 'unified';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildFeed, renderJsonFeed } from '../src/core/outputs/feeds/index.ts';
import { DEPLOY_STATE_FILE, deployState } from '../src/core/publish/deploy-state.ts';
import { discordUsername } from '../src/core/publish/notify/index.ts';
import { readSiteModel } from '../src/core/pipeline.ts';
import { BASE_CONFIG, makeContentRoot } from './helpers/content-root.ts';
import { deployFixture, FILE, NOW, V2 } from './helpers/notify-fixture.ts';
import { Receiver, runScript } from './helpers/run-script.ts';

const CONFIG = `${BASE_CONFIG}notifications: { slack: true, teams: true, discord: true, webhook: true }\n`;
let hooks: Receiver;
let root: string;
let previousFeed: string;
const secrets = () => ({
  SLACK_WEBHOOK_URL: `${hooks.url}/slack/T000/B000/secret`,
  TEAMS_WEBHOOK_URL: `${hooks.url}/teams`,
  DISCORD_WEBHOOK_URL: `${hooks.url}/discord`,
  STATUS_WEBHOOK_URL: `${hooks.url}/hook`,
  STATUS_NOW: NOW,
});
const notify = (env: Record<string, string> = secrets()) =>
  runScript('notify.ts', ['--previous-feed', previousFeed, '--ledger', join(root, '.statusmark/notified.json')], env, root);

beforeEach(async () => {
  // The previous deploy served the feed of V1; this deploy publishes V2.
  ({ root, previousFeed } = deployFixture(CONFIG));
  hooks = new Receiver();
  await hooks.start();
});

afterEach(async () => {
  await hooks.stop();
});

describe('scripts/notify.ts', () => {
  it('posts each update new since the previous deploy to every channel, once', async () => {
    const run = await notify();
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('1 new update(s)');
    for (const path of ['/slack/T000/B000/secret', '/teams', '/discord', '/hook']) expect(hooks.on(path)).toHaveLength(1);
    const url = 'https://status.test.example/incidents/2026-11-20-api-errors/#update-2026-11-20-14-30';

    const slack = hooks.on('/slack/T000/B000/secret')[0]!.body;
    expect(slack.text).toContain('Elevated error rates on the REST API — Monitoring');
    expect(slack.blocks[0].text.text).toContain(`*<${url}|Elevated error rates on the REST API — Monitoring>*`);
    expect(slack.blocks[0].text.text).toContain('A fix is out &amp; we are watching errors &lt; 5%');
    expect(slack.blocks[1].elements[0].text).toContain('REST API: Partial outage → Degraded performance');

    const teams = hooks.on('/teams')[0]!.body;
    expect(teams.type).toBe('message');
    const card = teams.attachments[0];
    expect(card.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(card.content.type).toBe('AdaptiveCard');
    expect(card.content.actions[0].url).toBe(url);
    expect(card.content.body[2].facts).toContainEqual({ title: 'Status', value: 'Monitoring' });
    // A plain time: Adaptive Cards' {{DATE()}} and {{TIME()}} work only in a TextBlock, so a FactSet would show them as typed.
    expect(card.content.body[2].facts).toContainEqual({ title: 'Posted', value: '2026-11-20 14:30 UTC' });
    expect(JSON.stringify(teams)).not.toMatch(/\{\{|DATE\(|TIME\(/);

    const discord = hooks.on('/discord')[0]!.body;
    expect(discord.allowed_mentions).toEqual({ parse: [] });
    expect(discord.embeds[0]).toMatchObject({
      title: 'Elevated error rates on the REST API — Monitoring',
      url,
      timestamp: '2026-11-20T14:30:00.000Z',
    });

    const hook = hooks.on('/hook')[0]!.body;
    // The page's status is what its one affected component shows now, as on the page itself.
    expect(hook.page).toMatchObject({ status_indicator: 'minor', status_description: 'Degraded performance' });
    expect(hook.page.id).toMatch(/^[0-9a-z]{12}$/);
    expect(hook.incident.name).toBe('Elevated error rates on the REST API');
    expect(hook.incident.status).toBe('monitoring');
    expect(hook.incident.incident_updates).toHaveLength(2);
    expect(hook.statusmark.id).toBe(url);

    // A rerun (same previous feed, ledger from the cache) sends nothing new.
    const rerun = await notify();
    expect(rerun.code).toBe(0);
    expect(hooks.requests).toHaveLength(4);
  });

  it('reports a failed channel without failing, and retries only it on the next run', async () => {
    hooks.status['/discord'] = 500;
    const env = { ...secrets(), TEAMS_WEBHOOK_URL: '' };
    const run = await notify(env);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/::warning::notifications: discord \(127\.0\.0\.1:\d+\) refused/);
    expect(run.stdout).not.toContain('/discord'); // never print a webhook's secret path
    expect(run.stdout).toContain('TEAMS_WEBHOOK_URL secret is not set');
    const ledger = JSON.parse(readFileSync(join(root, '.statusmark/notified.json'), 'utf8'));
    expect(Object.keys(ledger.pending).sort()).toEqual(['discord', 'teams']);

    // The next deploy: the live feed now has the update, so nothing is new, but the failures are retried.
    writeFileSync(previousFeed, renderJsonFeed(buildFeed(readSiteModel(root, new Date(NOW)), { kind: 'history' })));
    hooks.status = {};
    const next = await notify(secrets());
    expect(next.stdout).toContain('0 new update(s)');
    expect(hooks.on('/discord')).toHaveLength(2);
    expect(hooks.on('/teams')).toHaveLength(1);
    expect(hooks.on('/hook')).toHaveLength(1);
    expect(hooks.on('/slack/T000/B000/secret')).toHaveLength(1);
    const after = JSON.parse(readFileSync(join(root, '.statusmark/notified.json'), 'utf8'));
    expect(after.pending).toEqual({});
  });

  it('announces nothing when the previous feed is unavailable (a first deploy)', async () => {
    writeFileSync(previousFeed, JSON.stringify({ unavailable: '404 Not Found' }));
    const run = await notify();
    expect(run.code).toBe(0);
    expect(hooks.requests).toHaveLength(0);
    expect(run.stdout).toContain('nothing new is announced');
  });

  it('does nothing without channels turned on', async () => {
    const plain = makeContentRoot({ [FILE]: V2 });
    const run = await runScript('notify.ts', ['--previous-feed', previousFeed, '--ledger', join(plain, 'l.json')], secrets(), plain);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('no notification channels');
    expect(hooks.requests).toHaveLength(0);
    expect(existsSync(join(plain, 'l.json'))).toBe(false);
  });
});

describe('scripts/notify.ts with a title that tries to ping, link and format, in each channel', () => {
  const TEXT = 'A fix is out & we are watching errors < 5%. Next update by 15:00 UTC.';
  const URL = 'https://status.test.example/incidents/2026-11-20-api-errors/#update-2026-11-20-14-30';

  /** Deploys V2 under `title` and returns what each channel's server received. */
  async function received(title: string) {
    writeFileSync(join(root, FILE), V2.replace('title: Elevated error rates on the REST API', `title: ${JSON.stringify(title)}`));
    expect((await notify()).code).toBe(0);
    return {
      slack: hooks.on('/slack/T000/B000/secret')[0]!.body,
      teams: hooks.on('/teams')[0]!.body,
      discord: hooks.on('/discord')[0]!.body,
    };
  }

  it('Slack: writes &, < and > as entities and asks Slack to parse nothing else, so nobody is pinged', async () => {
    const hostile =
      'Outage <!channel> <!here> <!everyone> <@U024BE7LH> <#C024BE7LR> <!subteam^SAZ94GDB8> <https://evil.example|log in> @channel & more';
    const title = `${hostile} — Monitoring`;
    const { slack } = await received(hostile);
    const entities = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    expect(slack).toEqual({
      text: entities(`${title}: ${TEXT}`),
      unfurl_links: false,
      blocks: [
        { type: 'section', text: { type: 'mrkdwn', text: `*<${URL}|${entities(title)}>*\n${entities(TEXT)}`, verbatim: true } },
        {
          type: 'context',
          elements: [
            {
              type: 'mrkdwn',
              text: 'Status: Monitoring · Impact: Major · Affected: REST API · 2026-11-20 14:30 UTC\n• REST API: Partial outage → Degraded performance',
              verbatim: true,
            },
          ],
        },
      ],
    });
    // Read as Slack reads mrkdwn: no mention of anyone, and the only link is the update's.
    for (const text of [slack.text, slack.blocks[0].text.text]) {
      const mentions: string[] = [];
      const record = (kind: string) => () => (mentions.push(kind), '');
      const html = slackToHtml(text, {
        slackCallbacks: {
          user: record('user'),
          channel: record('channel'),
          usergroup: record('usergroup'),
          atHere: record('here'),
          atChannel: record('channel'),
          atEveryone: record('everyone'),
          date: record('date'),
        },
      });
      expect(mentions).toEqual([]);
      // htmlparser2 keeps an address slack-markdown links inside the label where it stands (an
      // HTML5 parser would close the outer link there).
      const $ = load(html, { xml: { xmlMode: false, decodeEntities: true } });
      const disguised = $('a').filter((_, a) => $(a).attr('href') !== URL && $(a).text() !== $(a).attr('href'));
      expect(disguised.length).toBe(0);
    }
    const $ = load(slackToHtml(slack.blocks[0].text.text), { xml: { xmlMode: false, decodeEntities: true } });
    // slack-markdown leaves Slack's three entities as text; Slack shows them as the characters.
    const update = $('a').filter((_, a) => $(a).attr('href') === URL);
    expect(update.text().replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')).toBe(title);
  });

  it('Discord: a backslash before its Markdown, links and mentions, no mention allowed, and none parsed', async () => {
    const hostile =
      'Outage @everyone @here <@123456789012345678> <@&123456789012345678> <#123456789012345678> <t:1700000000:R> [log in](https://evil.example) **all** ||s|| `c` ~~x~~ _y_';
    const { discord } = await received(hostile);
    expect(discord.allowed_mentions).toEqual({ parse: [] });
    expect(discord.embeds[0].title).toBe(
      'Outage \\@everyone \\@here \\<\\@123456789012345678\\> \\<\\@&123456789012345678\\> \\<#123456789012345678\\> \\<t:1700000000:R\\> \\[log in\\](https://evil.example) \\*\\*all\\*\\* \\|\\|s\\|\\| \\`c\\` \\~\\~x\\~\\~ \\_y\\_ — Monitoring',
    );
    expect(discord.embeds[0].description).toBe('A fix is out & we are watching errors \\< 5%. Next update by 15:00 UTC.');
    // The footer shows no Markdown, so it is not escaped.
    expect(discord.embeds[0].footer.text).toMatch(/^Test Status · [^\\]+$/);
    // Read as Discord reads an embed: text, and a bare address that shows as itself; no mention,
    // masked link, time, emphasis, spoiler or code.
    const flat = (nodes: any[]): any[] => nodes.flatMap((n) => [n, ...(Array.isArray(n.content) ? flat(n.content) : [])]);
    const words = (nodes: any[]): string =>
      nodes.map((n) => (Array.isArray(n.content) ? words(n.content) : typeof n.content === 'string' ? n.content : '')).join('');
    const title = parseDiscord(discord.embeds[0].title, 'extended');
    expect(flat(title).filter((n) => n.type !== 'text' && !(n.type === 'url' && words(n.content) === n.target))).toEqual([]);
    expect(words(title)).toBe(`${hostile} — Monitoring`);
    const description = parseDiscord(discord.embeds[0].description, 'extended');
    expect(flat(description).every((n) => n.type === 'text')).toBe(true);
    expect(words(description)).toBe(TEXT);
  });

  it('Teams: a backslash before the Adaptive Card Markdown of bold, italic, links and lists', async () => {
    const hostile = '- [log in](https://evil.example) **all** _now_ *here*';
    const { teams } = await received(hostile);
    const [title, text] = teams.attachments[0].content.body;
    expect(title).toEqual({
      type: 'TextBlock',
      text: '\\- \\[log in\\](https://evil.example) \\*\\*all\\*\\* \\_now\\_ \\*here\\* — Monitoring',
      weight: 'Bolder',
      size: 'Medium',
      wrap: true,
    });
    expect(text).toEqual({ type: 'TextBlock', text: TEXT, wrap: true });
    // Read as CommonMark, whose subset Adaptive Cards render: one paragraph of the title's words.
    const tree: Root = unified().use(remarkParse).parse(title.text);
    expect(tree.children.map((n) => n.type)).toEqual(['paragraph']);
    const paragraph = tree.children[0] as Extract<RootContent, { type: 'paragraph' }>;
    expect(paragraph.children.map((n) => n.type)).toEqual(['text']);
    expect((paragraph.children[0] as { value: string }).value).toBe(`${hostile} — Monitoring`);
  });
});

describe('scripts/deploy-plan.ts', () => {
  let live: Receiver;
  beforeEach(async () => {
    live = new Receiver();
    await live.start();
    mkdirSync(join(root, 'dist'), { recursive: true });
  });
  afterEach(async () => {
    await live.stop();
  });
  const plan = async (event: string, now = NOW) => {
    const output = join(root, `out-${Math.random()}`);
    writeFileSync(output, '');
    const run = await runScript(
      'deploy-plan.ts',
      ['--dist', 'dist', '--previous-feed', '.statusmark/prev.json'],
      { GITHUB_EVENT_NAME: event, GITHUB_SHA: 'abc', GITHUB_OUTPUT: output, STATUS_LIVE_URL: `${live.url}/status/`, STATUS_NOW: now },
      root,
    );
    return { ...run, output: readFileSync(output, 'utf8') };
  };

  it('skips a scheduled deploy of a quiet page that says the same, and saves the live feed', async () => {
    const resolved = V2.replace(
      '\n## 2026-11-20 14:30',
      '\n## 2026-11-20 14:38 UTC · Resolved\nError rates are back to normal.\n\n## 2026-11-20 14:30',
    );
    writeFileSync(join(root, FILE), resolved);
    const state = deployState(readSiteModel(root, new Date(NOW)), 'abc');
    live.files[`/status/${DEPLOY_STATE_FILE}`] = { ...state, built_at: '2026-11-20T14:40:00Z' };
    live.files['/status/feed.json'] = { version: 'https://jsonfeed.org/version/1.1', items: [{ id: 'x' }] };
    const same = await plan('schedule', '2026-11-20T14:55:00Z');
    expect(same.code).toBe(0);
    expect(same.output).toBe('deploy=false\n');
    expect(JSON.parse(readFileSync(join(root, '.statusmark/prev.json'), 'utf8')).items[0].id).toBe('x');
    expect(JSON.parse(readFileSync(join(root, 'dist', DEPLOY_STATE_FILE), 'utf8')).fingerprint).toBe(state.fingerprint);

    expect((await plan('push')).output).toBe('deploy=true\n');
    // A new hour keeps "Last updated" within the hour.
    expect((await plan('schedule', '2026-11-20T15:05:00Z')).output).toBe('deploy=true\n');
  });

  it('deploys every scheduled run while an incident is open, so "ongoing for" stays current', async () => {
    const state = deployState(readSiteModel(root, new Date(NOW)), 'abc');
    live.files[`/status/${DEPLOY_STATE_FILE}`] = { ...state, built_at: NOW };
    expect((await plan('schedule', NOW)).output).toBe('deploy=false\n');
    expect((await plan('schedule', '2026-11-20T14:50:00Z')).output).toBe('deploy=true\n');
  });

  it('deploys when the live site cannot be reached, and records that there is no previous feed', async () => {
    await live.stop();
    const run = await plan('schedule');
    expect(run.code).toBe(0);
    expect(run.output).toBe('deploy=true\n');
    expect(run.stdout).toContain('::notice::could not read the live feed');
    expect(JSON.parse(readFileSync(join(root, '.statusmark/prev.json'), 'utf8')).unavailable).toBeTruthy();
  });
});

describe('the Discord message’s author', () => {
  it.each([
    ['Acme Status', 'Acme Status'],
    ['  Acme Status  ', 'Acme Status'],
    ['Discord Status', undefined],
    ['Acme: Status', undefined],
    ['Acme #1', undefined],
    ['@acme', undefined],
    ['here', undefined],
    ['Everyone', undefined],
    ['Clyde Status', undefined],
    ['', undefined],
  ])(
    'for a page named %j is %j (Discord refuses the whole message for some names; then the webhook’s own name shows)',
    (name, username) => {
      expect(discordUsername(name)).toBe(username);
    },
  );

  it('is cut to Discord’s 80 characters', () => {
    expect(discordUsername('A'.repeat(100))).toBe('A'.repeat(80));
  });
});
