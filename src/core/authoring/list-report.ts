/** `list`: open incidents and maintenance in progress or upcoming, for a person or as JSON. */
import { checkContentRoot } from '../checks/check.ts';
import type { Policy } from '../content/config/config-schema.ts';
import type { Incident } from '../content/model.ts';
import { isOverdue, nextUpdateDue } from '../status/next-update.ts';
import { formatHuman } from '../diagnostics/reporters/human.ts';
import { COMPONENT_STATUS_LABELS, STATUS_LABELS } from '../content/statuses.ts';
import { deriveState } from '../status/timeline.ts';
import { formatDuration, formatUtc } from '../shared/time.ts';
import { str, type Values } from './cli/cli-options.ts';
import { contentRoot, now, UsageError, type CliIo } from './cli/cli-io.ts';

interface ListedIncident {
  id: string;
  file: string;
  title: string;
  kind: 'incident' | 'maintenance';
  status: string;
  impact: string;
  since: string;
  lastUpdate: string;
  nextUpdateDue?: string;
  overdue?: boolean;
  window?: { start: string; end: string };
  state?: string;
  /** "1 h 5 min" */
  duration: string;
  components: { id: string; status: string }[];
}

export function list(values: Values, io: CliIo): number {
  const format = str(values, 'format') ?? 'human';
  if (format !== 'human' && format !== 'json') throw new UsageError(`--format must be human or json, not "${format}"`);
  const at = now(io);
  const root = contentRoot(io);
  const content = checkContentRoot(root, { now: at, errorsOnly: true });
  if (!content.loaded) {
    io.stderr(formatHuman(content.diagnostics, { color: Boolean(io.color) }));
    return 1;
  }
  const listing = listedIncidents(content.incidents, content.loaded.config.policy, at);
  const errors = content.diagnostics.filter((d) => d.severity === 'error').length;
  io.stdout(format === 'json' ? JSON.stringify({ now: at.toISOString(), ...listing, errors }, null, 2) : listingText(listing, errors));
  return 0;
}

interface Listing {
  open: ListedIncident[];
  maintenance: ListedIncident[];
}

function listedIncidents(incidents: readonly Incident[], policy: Policy, at: Date): Listing {
  const open: ListedIncident[] = [];
  const maintenance: ListedIncident[] = [];
  for (const incident of incidents) {
    const state = deriveState(incident, at);
    const latest = incident.updates.find((u) => u.at <= at);
    const base = {
      id: incident.id,
      file: incident.file,
      title: incident.title,
      kind: incident.kind,
      status: STATUS_LABELS[state.status],
      impact: incident.impact,
      since: formatUtc(state.start),
      lastUpdate: latest ? formatUtc(latest.at) : '',
      duration: formatDuration(state.durationMs),
      components: [...state.current].filter(([, s]) => s !== 'operational').map(([id, s]) => ({ id, status: s })),
    };
    if (incident.kind === 'incident' && state.open) {
      const due = nextUpdateDue(state, policy, at);
      open.push({ ...base, ...(due ? { nextUpdateDue: formatUtc(due.at), overdue: isOverdue(due, at) } : {}) });
    } else if (incident.kind === 'maintenance' && (state.maintenance === 'upcoming' || state.maintenance === 'in_progress')) {
      maintenance.push({
        ...base,
        state: state.maintenance,
        window: { start: formatUtc(incident.window!.start), end: formatUtc(incident.window!.end) },
      });
    }
  }
  maintenance.sort((a, b) => a.window!.start.localeCompare(b.window!.start));
  return { open, maintenance };
}

function listingText({ open, maintenance }: Listing, errors: number): string {
  const out: string[] = [];
  if (open.length === 0) out.push('No open incidents.');
  else {
    out.push(`Open incidents (${open.length}):`);
    for (const i of open) {
      out.push(`  ${i.id}  ${i.status} · ${i.impact} · since ${i.since} (${i.duration})`);
      out.push(`    ${i.title}`);
      const comps = i.components
        .map((c) => `${c.id}: ${COMPONENT_STATUS_LABELS[c.status as keyof typeof COMPONENT_STATUS_LABELS]}`)
        .join(', ');
      if (comps) out.push(`    ${comps}`);
      if (i.nextUpdateDue) out.push(`    last update ${i.lastUpdate}; next due by ${i.nextUpdateDue}${i.overdue ? '  ← OVERDUE' : ''}`);
    }
  }
  out.push('');
  if (maintenance.length === 0) out.push('No maintenance in progress or upcoming.');
  else {
    out.push(`Maintenance (${maintenance.length}):`);
    for (const m of maintenance) {
      out.push(`  ${m.id}  ${m.state === 'in_progress' ? 'in progress' : 'upcoming'} · ${m.window!.start} – ${m.window!.end}`);
      out.push(`    ${m.title}`);
    }
  }
  if (errors)
    out.push(
      '',
      `(${errors} file${errors === 1 ? ' has' : 's have'} errors and ${errors === 1 ? 'is' : 'are'} not listed; run npm run check)`,
    );
  return out.join('\n');
}
