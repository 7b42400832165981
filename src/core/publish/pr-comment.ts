/**
 * The pull-request comment: what a PR does to the status page, in the words and HTML customers
 * will read. Pure: it takes the base and head content (already loaded) and the check's findings.
 */
import type { Diagnostic } from '../diagnostics/diagnostics.ts';
import { countBySeverity } from '../diagnostics/diagnostics.ts';
import type { Incident, Update } from '../content/model.ts';
import type { OverallStatus } from '../status/overall.ts';
import { updateHtml } from '../content/rendered-html.ts';
import { summaryLine } from '../diagnostics/reporters/human.ts';
import type { SiteModel } from '../site/site.ts';
import { incidentUrl } from '../site/site-links.ts';
import { COMPONENT_STATUS_LABELS, IMPACT_LABELS, STATUS_LABELS } from '../content/statuses.ts';
import { formatUtc } from '../shared/time.ts';
import { codeSpan, defuseMentions, escapeMarkdown } from './github.ts';

/** Marks the one comment the script keeps updating, so each push edits it instead of adding one. */
export const PR_COMMENT_MARKER = '<!-- statusmark:pr-comment -->';
/** GitHub refuses comments longer than 65,536 characters. */
export const MAX_COMMENT_LENGTH = 65_000;

export interface IncidentChange {
  kind: 'added' | 'changed' | 'removed';
  id: string;
  file: string;
  title: string;
  /** Updates the base did not have, newest first. */
  newUpdates: Update[];
  /** Updates the base had, with different text, status or component changes. */
  editedUpdates: Update[];
  /** Frontmatter, summary or report changed (not only updates). */
  detailsChanged: boolean;
  reportAdded: boolean;
}

const updateKey = (u: Update) => JSON.stringify([u.status, u.markdown, u.changes]);
const detailsKey = (i: Incident) =>
  JSON.stringify([
    i.kind,
    i.title,
    i.impact,
    i.components,
    i.started,
    i.resolved,
    i.eta,
    i.workaround,
    i.window,
    i.owners,
    i.summary,
    i.report?.markdown,
    i.file,
  ]);

/** Which incidents the head adds, changes or removes compared with the base. */
export function diffIncidents(base: readonly Incident[], head: readonly Incident[]): IncidentChange[] {
  const before = new Map(base.map((i) => [i.id, i]));
  const after = new Set(head.map((i) => i.id));
  const out: IncidentChange[] = [];
  for (const incident of head) {
    const old = before.get(incident.id);
    if (!old) {
      out.push({
        kind: 'added',
        id: incident.id,
        file: incident.file,
        title: incident.title,
        newUpdates: incident.updates,
        editedUpdates: [],
        detailsChanged: true,
        reportAdded: Boolean(incident.report),
      });
      continue;
    }
    const oldUpdates = new Map(old.updates.map((u) => [u.anchor, updateKey(u)]));
    const newUpdates = incident.updates.filter((u) => !oldUpdates.has(u.anchor));
    const editedUpdates = incident.updates.filter((u) => oldUpdates.has(u.anchor) && oldUpdates.get(u.anchor) !== updateKey(u));
    const removed = old.updates.length + newUpdates.length !== incident.updates.length;
    const detailsChanged = detailsKey(old) !== detailsKey(incident) || removed;
    if (!newUpdates.length && !editedUpdates.length && !detailsChanged) continue;
    out.push({
      kind: 'changed',
      id: incident.id,
      file: incident.file,
      title: incident.title,
      newUpdates,
      editedUpdates,
      detailsChanged,
      reportAdded: Boolean(incident.report && !old.report),
    });
  }
  for (const old of base) {
    if (!after.has(old.id))
      out.push({
        kind: 'removed',
        id: old.id,
        file: old.file,
        title: old.title,
        newUpdates: [],
        editedUpdates: [],
        detailsChanged: true,
        reportAdded: false,
      });
  }
  return out;
}

export interface PrCommentInput {
  /** The page as `main` has it now, when it loads (undefined for a new page or broken base). */
  base?: SiteModel;
  /** The page after the PR, when the content has no errors. */
  head?: SiteModel;
  /** Incidents after the PR that read cleanly (even if others have errors). */
  headIncidents: readonly Incident[];
  baseIncidents: readonly Incident[];
  /** `npm run check --changed` findings (paths relative to the content root). */
  diagnostics: readonly Diagnostic[];
  files: number;
  /** Repository path of the content root, for links (e.g. `status/`). */
  pathPrefix?: string;
  /** The outcome of the build step, when known. */
  build?: 'success' | 'failure' | 'skipped';
}

/** The comment's Markdown (with its marker), capped at GitHub's size limit. */
export function renderPrComment(input: PrCommentInput): string {
  const lines: string[] = [PR_COMMENT_MARKER, '## Status page preview', ''];
  const { errors } = countBySeverity(input.diagnostics);
  lines.push(`${errors ? '❌' : '✅'} **Check:** ${summaryLine(input.diagnostics, input.files)}.`);
  if (input.build === 'failure') lines.push('❌ **Build:** failed; see the workflow log. Nothing would be published.');
  else if (input.build === 'success') lines.push('✅ **Build:** the site builds.');
  lines.push('');

  const changes = diffIncidents(input.baseIncidents, input.headIncidents);
  if (input.head) lines.push(...statusSection(input.base?.overall, input.head));
  else
    lines.push('The content has errors, so the page would not be built. Fix the findings below; this comment updates with each push.', '');

  if (!changes.length) lines.push('This pull request changes no incident or maintenance.', '');
  const byId = new Map(input.headIncidents.map((i) => [i.id, i]));
  for (const change of changes) lines.push(...changeSection(change, byId.get(change.id), input));
  const readable = new Set(input.headIncidents.map((i) => i.file));
  const broken = [
    ...new Set(
      input.diagnostics.filter((d) => d.severity === 'error' && d.file.endsWith('.md') && !readable.has(d.file)).map((d) => d.file),
    ),
  ];
  for (const file of broken) {
    lines.push(
      `### Not published: ${codeSpan((input.pathPrefix ?? '') + file)}`,
      '',
      'This file has errors, so it cannot be shown; see the findings below.',
      '',
    );
  }

  if (input.diagnostics.length) lines.push(...findingsSection(input.diagnostics, input.pathPrefix ?? ''));
  lines.push('<sub>Written by `scripts/pr-comment.ts`; it is updated in place on every push.</sub>');
  return cap(lines.join('\n'));
}

function statusSection(before: OverallStatus | undefined, head: SiteModel): string[] {
  const after = head.overall;
  const out: string[] = [];
  const was = before && before.description !== after.description ? ` (now: ${before.description})` : before ? ' (unchanged)' : '';
  out.push(`**After merging, the page says:** ${after.description}${was}`, '');
  out.push('| Component | Now | After merging |', '|---|---|---|');
  for (const c of head.site.config.components) {
    const now = before?.components.get(c.id);
    const next = after.components.get(c.id) ?? 'operational';
    const nowLabel = now ? COMPONENT_STATUS_LABELS[now] : '—';
    const nextLabel = COMPONENT_STATUS_LABELS[next];
    const mark = now !== next ? `**${nextLabel}**` : nextLabel;
    out.push(`| ${escapeMarkdown(c.name)} | ${nowLabel} | ${mark} |`);
  }
  out.push('');
  return out;
}

function changeSection(change: IncidentChange, incident: Incident | undefined, input: PrCommentInput): string[] {
  const verb = { added: 'New', changed: 'Changed', removed: 'Removed' }[change.kind];
  const kind = incident?.kind === 'maintenance' ? 'maintenance' : 'incident';
  const out = [`### ${verb} ${kind}: ${escapeMarkdown(change.title)}`, ''];
  const file = codeSpan((input.pathPrefix ?? '') + change.file);
  if (change.kind === 'removed' || !incident) {
    out.push(`${file} is deleted: the incident disappears from the page, the feeds and the API.`, '');
    return out;
  }
  const state = input.head?.byId.get(incident.id);
  const facts = [file];
  if (state) facts.push(`status **${STATUS_LABELS[state.status]}**`);
  facts.push(
    incident.kind === 'maintenance' && incident.window
      ? `window ${formatUtc(incident.window.start)} to ${formatUtc(incident.window.end)}`
      : `impact ${IMPACT_LABELS[incident.impact]}`,
  );
  if (input.head) facts.push(`[page](${incidentUrl(input.head.site, incident.id)})`);
  out.push(facts.join(' · '), '');
  const shown = [...change.newUpdates.map((u) => ({ u, label: 'new' })), ...change.editedUpdates.map((u) => ({ u, label: 'edited' }))];
  shown.sort((a, b) => b.u.at.getTime() - a.u.at.getTime());
  for (const { u, label } of shown) {
    out.push(`#### ${formatUtc(u.at)} · ${STATUS_LABELS[u.status]} (${label})`, '');
    out.push(`<blockquote>${defuseMentions(updateHtml(u))}</blockquote>`, '');
    if (u.affected.length) {
      out.push(
        `Components: ${u.affected
          .map(
            (a) =>
              `${escapeMarkdown(input.head?.site.componentsById.get(a.component)?.name ?? a.component)} ${COMPONENT_STATUS_LABELS[a.old_status]} → ${COMPONENT_STATUS_LABELS[a.new_status]}`,
          )
          .join('; ')}`,
        '',
      );
    }
  }
  if (!shown.length && change.detailsChanged)
    out.push('The details change (title, impact, components, times, summary or report); no update is added.', '');
  if (change.reportAdded) out.push('Adds the post-incident report.', '');
  return out;
}

function findingsSection(diagnostics: readonly Diagnostic[], prefix: string): string[] {
  const out = ['### Findings', ''];
  for (const d of diagnostics) {
    const where = d.line > 0 ? `${prefix}${d.file}:${d.line}:${d.column}` : `${prefix}${d.file}`;
    const hint = d.hint ? ` — ${escapeMarkdown(d.hint)}` : '';
    out.push(
      `- ${d.severity === 'error' ? '❌ error' : '⚠️ warning'} ${codeSpan(where)} ${codeSpan(d.code)}: ${escapeMarkdown(d.message)}${hint}`,
    );
  }
  out.push('');
  return out;
}

function cap(text: string): string {
  if (text.length <= MAX_COMMENT_LENGTH) return text;
  return `${text.slice(0, MAX_COMMENT_LENGTH - 200)}\n\n…the rest is cut: the comment is too long for GitHub. See the workflow log for every finding.`;
}
