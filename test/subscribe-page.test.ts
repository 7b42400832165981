/**
 * `/subscribe/` (issue 16): the view that says every way to follow the page, and a real build in
 * which every page links to it and every feed, calendar and API address it gives is a built file
 * that its own kind of reader parses.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readSiteModel } from '../src/core/pipeline.ts';
import type { SiteModel } from '../src/core/site/site.ts';
import { subscribeView, type SubscribeView } from '../src/core/views/subscribe.ts';
import { buildSite, type BuiltSite } from './helpers/build.ts';
import { assertJsonFeed, assertStatuspageDef, readCalendar, readFeed } from './helpers/outputs.ts';
import { fixtureConfig, HOSTILE_COMPONENT, makeStatusFixture, NOW, SITE } from './helpers/status-fixture.ts';

let model: SiteModel;
beforeAll(() => {
  model = readSiteModel(makeStatusFixture(), new Date(NOW));
});

describe('the subscribe view', () => {
  it('offers the three feeds of the whole history, of maintenance and of each component, by their full addresses', () => {
    const { feeds } = subscribeView(model);
    const rows = [...feeds.site, ...feeds.components].map((r) => [r.title, ...r.links.map((l) => l.url)]);
    expect(rows).toEqual([
      ['Everything: incidents, maintenance and post-incident reports', `${SITE}history.rss`, `${SITE}history.atom`, `${SITE}feed.json`],
      ['Scheduled maintenance only', `${SITE}maintenance.rss`, `${SITE}maintenance.atom`, `${SITE}maintenance.json`],
      ['Platform: REST API', ...['history.rss', 'history.atom', 'feed.json'].map((f) => `${SITE}components/api/${f}`)],
      ['Platform: Dashboard', ...['history.rss', 'history.atom', 'feed.json'].map((f) => `${SITE}components/dashboard/${f}`)],
      [HOSTILE_COMPONENT, ...['history.rss', 'history.atom', 'feed.json'].map((f) => `${SITE}components/email/${f}`)],
    ]);
    expect(feeds.components[0]!.links.map((l) => [l.format, l.label])).toEqual([
      ['RSS', 'RSS feed of Platform: REST API'],
      ['Atom', 'Atom feed of Platform: REST API'],
      ['JSON Feed', 'JSON Feed of Platform: REST API'],
    ]);
  });

  it('gives the calendar as a webcal:// link and its https address, and the API’s entry files', () => {
    const view = subscribeView(model);
    expect(view.calendar.webcal).toEqual({
      label: 'Subscribe in your calendar app',
      url: 'webcal://acme.github.io/status/maintenance.ics',
    });
    expect(view.calendar.intro).toBe(
      'Every maintenance window as a calendar that updates itself. Apple Calendar and Outlook subscribe when you open the calendar link; in Google Calendar choose “Other calendars”, then “From URL”, and paste the address.',
    );
    expect(view.calendar.https.url).toBe(`${SITE}maintenance.ics`);
    expect(view.api.links.map((l) => l.url)).toEqual([`${SITE}api/v2/summary.json`, `${SITE}api/v2/incidents/all.json`]);
  });

  it('says how each chat app follows the feed with its own means, with the feed’s address filled in', () => {
    const apps = subscribeView(model).chat.apps;
    expect(apps.map((a) => [a.name, a.command])).toEqual([
      ['Slack', `/feed subscribe ${SITE}history.rss`],
      ['Microsoft Teams', `${SITE}history.rss`],
      ['Discord', `${SITE}history.rss`],
    ]);
    expect(apps[1]!.steps[0]).toBe(
      'Microsoft has retired the Office 365 connectors of Teams, the RSS connector among them; the Workflows app replaces them.',
    );
    expect(apps[2]!.steps[0]).toBe(
      'Discord has no feed reader of its own. It gives each channel webhooks: Edit Channel, then Integrations, then Webhooks.',
    );
  });

  it('says in English what the page is for, with the site’s name', () => {
    const view = subscribeView(model);
    expect([view.title, view.intro]).toEqual([
      'Subscribe to updates',
      'Every way to follow Acme Status: each new update of an incident or a maintenance reaches you the way you choose. None needs an account with us.',
    ]);
    expect(view.chat.apps[0]!.steps).toEqual([
      'Add Slack’s RSS app to your workspace (Apps, then search for “RSS”).',
      'In the channel that should get the updates, send:',
    ]);
  });

  it('speaks the site’s language, with the names and addresses filled in', () => {
    const german = subscribeView(readSiteModel(makeStatusFixture({ config: fixtureConfig('locale: de\n') }), new Date(NOW)));
    expect(german.title).toBe('Aktualisierungen abonnieren');
    expect(german.intro).toBe(
      'Alle Wege, Acme Status zu verfolgen: Jede neue Meldung zu einer Störung oder Wartung erreicht Sie auf dem Weg, den Sie wählen. Für keinen brauchen Sie ein Konto bei uns.',
    );
    expect(german.feeds.site[0]!.links.map((l) => l.label)).toEqual([
      'RSS-Feed von Acme Status',
      'Atom-Feed von Acme Status',
      'JSON Feed von Acme Status',
    ]);
    expect(german.chat.apps.map((a) => [a.name, a.steps[1], a.command])).toEqual([
      ['Slack', 'Senden Sie in dem Kanal, der die Meldungen erhalten soll:', `/feed subscribe ${SITE}history.rss`],
      [
        'Microsoft Teams',
        'Erstellen Sie in der Workflows-App (Power Automate) einen Flow, der mit dem RSS-Trigger „When a feed item is published“ beginnt, mit dieser Adresse:',
        `${SITE}history.rss`,
      ],
      [
        'Discord',
        'Ein Werkzeug, das Ihr Team bereits betreibt (ein geplanter Job, ein Automatisierungsdienst oder ein Feed-Bot, dem Sie vertrauen), kann diesen Feed lesen und jeden neuen Eintrag an diesen Webhook senden:',
        `${SITE}history.rss`,
      ],
    ]);
  });

  it.each(['de', 'fr', 'es', 'pt-BR', 'it', 'nl', 'pl', 'sv', 'da', 'nb', 'fi', 'cs'])(
    'in %s, says every sentence in that language and keeps the names and commands as they are',
    (locale) => {
      const english = subscribeView(model);
      const view = subscribeView(readSiteModel(makeStatusFixture({ config: fixtureConfig(`locale: ${locale}\n`) }), new Date(NOW)));
      const sentences = (v: SubscribeView) => [
        v.title,
        v.intro,
        v.feeds.intro,
        v.feeds.componentsIntro,
        v.calendar.intro,
        v.calendar.webcal.label,
        v.api.intro,
        v.chat.intro,
        ...v.chat.apps.flatMap((a) => [...a.steps, a.after]),
      ];
      const translated = sentences(view);
      sentences(english).forEach((sentence, n) => expect(translated[n], sentence).not.toBe(sentence));
      expect(view.intro).toContain('Acme Status');
      expect(view.chat.apps.map((a) => [a.name, a.command])).toEqual(english.chat.apps.map((a) => [a.name, a.command]));
      expect(view.feeds.site[0]!.links.map((l) => l.format)).toEqual(['RSS', 'Atom', 'JSON Feed']);
    },
  );

  it('has no email sign-up until the config names a mailing service', () => {
    expect(subscribeView(model).email).toBeNull();
  });
});

describe('astro build: /subscribe/', () => {
  let site: BuiltSite;
  beforeAll(() => {
    site = buildSite(makeStatusFixture(), NOW);
  });

  /** The built file an absolute address of the site names. */
  const fileOf = (url: string) => {
    expect(url.startsWith(SITE), url).toBe(true);
    return url.slice(SITE.length);
  };

  it('every feed, calendar and API address on the page is a built file that parses as what it is', () => {
    const $ = site.html('subscribe/index.html');
    const hrefs = [
      ...new Set(
        $('main a[href]')
          .map((_, a) => $(a).attr('href')!)
          .get(),
      ),
    ];
    const files = hrefs.filter((h) => h.startsWith('https:')).map(fileOf);
    expect(files.length).toBe(3 * 5 + 1 + 2);
    for (const file of files) {
      const text = site.text(file);
      if (file.endsWith('.rss') || file.endsWith('.atom')) expect(readFeed(text).title, file).toBeTruthy();
      else if (file.endsWith('.ics')) expect(readCalendar(text).events.length, file).toBeGreaterThan(0);
      else if (file === 'api/v2/summary.json') assertStatuspageDef('summary', JSON.parse(text), file);
      else if (file === 'api/v2/incidents/all.json') assertStatuspageDef('incidentIndexDocument', JSON.parse(text), file);
      else assertJsonFeed(JSON.parse(text));
    }
    expect(hrefs).toContain('webcal://acme.github.io/status/maintenance.ics');
    // What a chat app is told to read is a feed too.
    expect($('#slack pre').text()).toBe(`/feed subscribe ${SITE}history.rss`);
  });

  it('is linked from the footer of every page', () => {
    const pages = filesIn(site.dir).filter((p) => p.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(10);
    for (const page of pages) expect(site.html(page)('footer a[href="/status/subscribe/"]').text(), page).toBe('All ways to subscribe');
  });

  it('a component page offers its JSON Feed with its RSS and Atom', () => {
    const $ = site.html('components/api/index.html');
    expect(
      $('link[rel="alternate"][type="application/feed+json"]')
        .map((_, l) => $(l).attr('href'))
        .get(),
    ).toEqual(['/status/feed.json', '/status/components/api/feed.json']);
    expect(existsSync(join(site.dir, 'components/api/feed.json'))).toBe(true);
    assertJsonFeed(JSON.parse(readFileSync(join(site.dir, 'components/api/feed.json'), 'utf8')));
  });
});

function filesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)));
}
