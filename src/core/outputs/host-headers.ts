import { existsSync, readFileSync } from 'node:fs';
import { parseAllHeaders, type Header, type MinimalHeader } from '@netlify/headers-parser';
import { CATALOG } from '../diagnostics/catalog/catalog.ts';
import { diagnose, type Diagnostic } from '../diagnostics/diagnostics.ts';
import type { LoadedConfig } from '../content/config/config.ts';
import type { SiteModel } from '../site/site.ts';
import { CALENDAR_PATH, COMPONENT_FEED_FILES, FEED_FORMATS, feedPaths } from '../site/published-files.ts';
import { siteRoot } from '../site/site-links.ts';
import { API_DOCUMENTS, apiPath } from './api/statuspage.ts';
import { API_INCIDENT_INDEX, apiIncidentFiles, apiIncidentPath } from './api/incident-files.ts';

/**
 * The `_headers` file that Netlify and Cloudflare Pages read from the root of the output: every
 * file another site's code reads (the API, the feeds, the calendar, the badges, `embed.js` and its `embed.json`) may
 * be read from any origin, as GitHub Pages allows for every file. A team's own `public/_headers`
 * is kept, rule for rule, after these; a rule of it that sets a header ours set for the same file
 * is refused, since hosts would send both values joined by a comma (`*, *`), which browsers reject.
 */

export const HEADERS_FILE = '_headers';

/**
 * A minute: a client polling more often is answered from its cache, a new update (which takes a
 * deploy, minutes) reaches every client within a minute of it, and while the host fails a cache may
 * keep serving the last good state for a day rather than an error on the day that matters.
 */
export const API_CACHE_CONTROL = 'public, max-age=60, stale-if-error=86400';

const ANY_ORIGIN = { 'Access-Control-Allow-Origin': '*' };

/** Files at the site's root that other sites read; `embed.js`, the banner in teams' own apps, fetches `embed.json`. */
const SITE_FILES = [
  ...(['history', 'maintenance'] as const).flatMap((kind) => FEED_FORMATS.map((f) => feedPaths({ kind })[f])),
  CALENDAR_PATH,
  'badge.svg',
  'embed.js',
  'embed.json',
];
/** A component's own, under `components/<id>/`. */
const COMPONENT_FILES = [...FEED_FORMATS.map((f) => COMPONENT_FEED_FILES[f]), 'badge.svg'];

/** The site's base path as the host serves it: `/` or `/status/`. */
function basePath(site: LoadedConfig): string {
  return new URL(siteRoot(site)).pathname;
}

/** The build's own rules, in the shape of Netlify's parser (`for` a path, its header values). */
export function hostHeaderRules(site: LoadedConfig): MinimalHeader[] {
  const base = basePath(site);
  return [
    { for: `${base}api/*`, values: { ...ANY_ORIGIN, 'Cache-Control': API_CACHE_CONTROL } },
    ...SITE_FILES.map((file) => ({ for: `${base}${file}`, values: ANY_ORIGIN })),
    ...COMPONENT_FILES.map((file) => ({ for: `${base}components/:id/${file}`, values: ANY_ORIGIN })),
  ];
}

/** Every published file the build's rules are for, as the host serves it (`/status/api/v2/summary.json`). */
export function hostHeaderPaths(model: SiteModel): string[] {
  const base = basePath(model.site);
  const files = [
    ...API_DOCUMENTS.map(apiPath),
    API_INCIDENT_INDEX,
    ...apiIncidentFiles(model).map(({ state }) => apiIncidentPath(model, state)),
    ...SITE_FILES,
    ...model.site.config.components.flatMap((c) => COMPONENT_FILES.map((file) => `components/${encodeURIComponent(c.id)}/${file}`)),
  ];
  return files.map((file) => `${base}${file}`);
}

function renderRules(rules: readonly MinimalHeader[]): string {
  return rules.map((r) => [r.for, ...Object.entries(r.values).map(([name, value]) => `  ${name}: ${value}`)].join('\n')).join('\n');
}

const PREAMBLE =
  '# Written by the Statusmark build for Netlify and Cloudflare Pages: other sites may read the API,\n' +
  '# the feeds, the calendar, the badges and the embed banner (GitHub Pages allows it for every file).\n';

/** `_headers`, or why the team's own cannot be merged with it. `shown` names the team's file in findings (`public/_headers`). */
export async function hostHeadersFile(
  model: SiteModel,
  teamFile: string,
  shown: string,
): Promise<{ text: string } | { findings: Diagnostic[] }> {
  const ours = hostHeaderRules(model.site);
  const generated = `${PREAMBLE}\n${renderRules(ours)}\n`;
  if (!existsSync(teamFile)) return { text: generated };
  const text = readFileSync(teamFile, 'utf8');
  const team = await parseAllHeaders({ headersFiles: [teamFile], configHeaders: undefined, minimal: false });
  const findings = team.errors.map((error) => unreadable(error, shown));
  const rules = await parseAllHeaders({ headersFiles: undefined, configHeaders: ours, minimal: false });
  findings.push(...clashes(hostHeaderPaths(model), rules.headers as Header[], team.headers as Header[], shown, text.split('\n')));
  if (findings.length) return { findings };
  return { text: `${generated}\n# The rules of ${shown}, as written:\n${text.endsWith('\n') ? text : `${text}\n`}` };
}

/** Each header a team's rule sets for a file that one of ours sets it for too, once per rule and header. */
function clashes(paths: string[], ours: Header[], team: Header[], shown: string, lines: string[]): Diagnostic[] {
  const found = new Map<string, Diagnostic>();
  for (const path of paths) {
    const set = new Map<string, string>();
    for (const rule of ours)
      if (rule.forRegExp.test(path)) for (const [name, value] of Object.entries(rule.values)) set.set(name.toLowerCase(), value);
    for (const rule of team) {
      if (!rule.forRegExp.test(path)) continue;
      for (const name of Object.keys(rule.values)) {
        const value = set.get(name.toLowerCase());
        const key = `${rule.for}\0${name.toLowerCase()}`;
        if (value === undefined || found.has(key)) continue;
        const line = lines.findIndex((l) => l.trim() === rule.for) + 1;
        found.set(
          key,
          diagnose(CATALOG.headersClash, shown, { line, column: line ? 1 : 0 }, { header: name, pattern: rule.for, path, ours: value }),
        );
      }
    }
  }
  return [...found.values()];
}

/** Netlify's parser says "Could not parse header line 3:\n  <line>\n<why>"; the finding keeps the line and the why. */
function unreadable(error: Error, shown: string): Diagnostic {
  const [first = '', , ...why] = error.message.split('\n');
  const line = Number(/line (\d+)/.exec(first)?.[1] ?? 0);
  const problem = line ? why.join(' ').trim() : error.message;
  return diagnose(CATALOG.headersUnreadable, shown, { line, column: line ? 1 : 0 }, { problem });
}
