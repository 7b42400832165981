/**
 * The update-cadence watchdog: which open incidents are overdue for an update, and what to do
 * with the one GitHub issue each of them gets. Pure and deterministic: the issue text depends
 * only on the content, never on when the watchdog runs, so running it twice changes nothing.
 */
import type { SiteModel } from '../site/site.ts';
import { incidentUrl } from '../site/site-links.ts';
import { STATUS_LABELS } from '../content/statuses.ts';
import { nextUpdateDue, type NextUpdateDue } from '../status/next-update.ts';
import { WATCHDOG_GRACE_MINUTES } from '../status/time-changes.ts';
import { formatUtc, MINUTE } from '../shared/time.ts';
import type { IncidentState } from '../status/timeline.ts';
import { oneLine, showInvisible } from '../shared/text-safety.ts';
import { codeSpan, escapeMarkdown } from './github.ts';

export const WATCHDOG_LABEL = 'statusmark-watchdog';
const markerFor = (id: string) => `<!-- statusmark:watchdog ${id} -->`;
const MARKER = /<!-- statusmark:watchdog (\S+) -->/;

/** An issue the watchdog wrote earlier (found by its label and marker). */
export interface WatchdogIssue {
  number: number;
  state: 'open' | 'closed';
  title: string;
  body: string;
}

export interface Overdue {
  state: IncidentState;
  due: NextUpdateDue;
}

export type WatchdogAction =
  | { kind: 'create'; incident: string; title: string; body: string }
  | { kind: 'update'; incident: string; issue: number; title: string; body: string; reopen: boolean }
  | { kind: 'close'; incident: string; issue: number; comment: string };

export interface WatchdogContext {
  /** `owner/repo`, for the edit link. */
  repository: string;
  /** https://github.com by default. */
  serverUrl?: string;
  /** The branch the page is published from. */
  branch: string;
  /** The content root's path in the repository (`repositoryPrefix`). */
  pathPrefix?: string;
}

/** The incident a watchdog issue belongs to, from the marker in its body. */
export function issueIncident(body: string | null | undefined): string | undefined {
  return MARKER.exec(body ?? '')?.[1];
}

/**
 * Open incidents (not maintenance) whose next update is overdue: more than WATCHDOG_GRACE_MINUTES past the time the
 * page gives for it, so a responder who is writing the update as it falls due is not pinged for it.
 */
export function overdueIncidents(model: SiteModel): Overdue[] {
  const out: Overdue[] = [];
  for (const state of model.openIncidents) {
    const due = nextUpdateDue(state, model.site.config.policy, model.now);
    if (due && due.at.getTime() + WATCHDOG_GRACE_MINUTES * MINUTE < model.now.getTime()) out.push({ state, due });
  }
  return out.sort((a, b) => a.state.incident.id.localeCompare(b.state.incident.id));
}

export function issueTitle(o: Overdue): string {
  return `Status page: update overdue for "${showInvisible(oneLine(o.state.incident.title))}"`;
}

export function issueBody(model: SiteModel, o: Overdue, ctx: WatchdogContext): string {
  const { incident } = o.state;
  const server = (ctx.serverUrl ?? 'https://github.com').replace(/\/+$/, '');
  const path = `${ctx.pathPrefix ?? ''}${incident.file}`;
  const owners = incident.owners.map((h) => (h.startsWith('@') ? h : `@${h}`));
  const who = owners.length
    ? `${owners.join(' ')}: please post an update.`
    : `Nobody is named as owner. Add \`owner: "@your-handle"\` to the incident's frontmatter so the watchdog can mention you.`;
  const when =
    o.due.why === 'promised'
      ? `That update promised the next one by ${formatUtc(o.due.at)}.`
      : `The policy asks for an update at least every ${model.site.config.policy.update_interval_minutes} minutes, so the next one was due by ${formatUtc(o.due.at)}.`;
  return [
    markerFor(incident.id),
    `The open incident **${escapeMarkdown(incident.title)}** (\`${incident.id}\`, status ${STATUS_LABELS[o.state.status]}) was last updated at ${formatUtc(o.due.latest.at)}.`,
    when,
    '',
    who,
    '',
    'Post an update from a clone of the repository:',
    '',
    '```sh',
    `npm run status -- update ${incident.id} --status update --message "What customers see now, and what we are doing." --next 30 --pr`,
    '```',
    '',
    `Or edit [${codeSpan(path)}](${server}/${ctx.repository}/edit/${ctx.branch}/${urlPath(path)}) in the GitHub web editor and add a \`## <time> · <status>\` update at the top.`,
    '',
    `The incident page: ${incidentUrl(model.site, incident.id)}`,
    '',
    '<sub>Opened by the watchdog workflow (`scripts/watchdog.ts`). It closes this issue when the incident is resolved or back on schedule.</sub>',
  ].join('\n');
}

/** A repository path for a URL: each segment encoded, brackets too, so a folder name cannot end the Markdown link. */
const urlPath = (path: string) =>
  path
    .split('/')
    .map((part) => encodeURIComponent(part).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
    .join('/');

/** What to do so each overdue incident has exactly one open, up-to-date issue and no other watchdog issue is open. */
export function planWatchdog(model: SiteModel, existing: readonly WatchdogIssue[], ctx: WatchdogContext): WatchdogAction[] {
  const overdue = new Map(overdueIncidents(model).map((o) => [o.state.incident.id, o]));
  // One issue per incident: the open one if any, else the newest.
  const byIncident = new Map<string, WatchdogIssue>();
  const extra: { issue: WatchdogIssue; id: string }[] = [];
  for (const issue of [...existing].sort((a, b) => (a.state === b.state ? b.number - a.number : a.state === 'open' ? -1 : 1))) {
    const id = issueIncident(issue.body);
    if (!id) continue;
    if (byIncident.has(id)) extra.push({ issue, id });
    else byIncident.set(id, issue);
  }
  const actions: WatchdogAction[] = [];
  for (const [id, o] of overdue) {
    const title = issueTitle(o);
    const body = issueBody(model, o, ctx);
    const issue = byIncident.get(id);
    if (!issue) actions.push({ kind: 'create', incident: id, title, body });
    else if (issue.state === 'closed' || issue.title !== title || issue.body.trim() !== body.trim()) {
      actions.push({ kind: 'update', incident: id, issue: issue.number, title, body, reopen: issue.state === 'closed' });
    }
  }
  for (const [id, issue] of byIncident) {
    if (overdue.has(id) || issue.state !== 'open') continue;
    const state = model.byId.get(id);
    const why = !state
      ? `The incident \`${id}\` is no longer on the page.`
      : !state.open
        ? `The incident is resolved${state.end ? ` (${formatUtc(state.end)})` : ''}.`
        : `The incident has a new update and is back on schedule.`;
    actions.push({ kind: 'close', incident: id, issue: issue.number, comment: `${why} Closing.` });
  }
  for (const { issue, id } of extra) {
    if (issue.state === 'open')
      actions.push({
        kind: 'close',
        incident: id,
        issue: issue.number,
        comment: 'A duplicate of the newer watchdog issue for this incident. Closing.',
      });
  }
  return actions;
}
