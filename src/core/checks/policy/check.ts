import type { Policy } from '../../content/config/config-schema.ts';
import { markdownToText } from '../../content/markdown/markdown.ts';
import type { Incident, Update } from '../../content/model.ts';
import { isOverdue, nextUpdateDue, promisedBy, toldNextBy, type NextUpdateDue } from '../../status/next-update.ts';
import { REPORT_SECTIONS } from '../../content/markdown/report-sections.ts';
import { reportGaps } from './report-content.ts';
import { statedEndBy } from './stated-end.ts';
import { STATUS_LABELS } from '../../content/statuses.ts';
import { deriveState } from '../../status/timeline.ts';
import { DAY, formatDuration, formatUtc, HOUR, MINUTE } from '../../shared/time.ts';
import type { PolicyRuleId } from '../../diagnostics/catalog/policy-rules.ts';
import { CATALOG } from '../../diagnostics/catalog/catalog.ts';
import { render, type MessageEntry, type ParamsOf } from '../../diagnostics/catalog/entry.ts';

/** A policy finding before its severity is applied. */
export interface PolicyFinding {
  rule: PolicyRuleId;
  line: number;
  column: number;
  message: string;
  hint: string;
}

export interface PolicyContext {
  policy: Policy;
  now: Date;
  /** The file's text, to point at frontmatter fields. */
  text: string;
  enabled: (rule: PolicyRuleId) => boolean;
}

type Check = (incident: Incident, ctx: PolicyContext) => PolicyFinding[];

const chronological = (incident: Incident): Update[] => [...incident.updates].reverse();
const clock = (date: Date) => formatUtc(date).slice(11, 16);
/** A time as the update that promised it wrote it: the time alone within a day, else with its date. */
const promised = (date: Date, from: Date) => (date.getTime() - from.getTime() < DAY ? `${clock(date)} UTC` : formatUtc(date));
const at = (u: Update) => ({ line: u.line, column: 4 });

function finding<P>(entry: MessageEntry<P, PolicyRuleId>, where: { line: number; column: number }, ...params: ParamsOf<P>): PolicyFinding {
  const { message, hint } = render(entry, ...params);
  return { rule: entry.code, line: where.line, column: where.column, message, hint: hint ?? '' };
}

/** Line and column of a top-level frontmatter field, for findings about it. */
export function frontmatterPosition(text: string, key: string): { line: number; column: number } {
  const lines = text.split('\n');
  for (let i = 1; i < lines.length; i++) {
    if (/^---\s*$/.test(lines[i]!)) break;
    if (new RegExp(`^${key}\\s*:`).test(lines[i]!)) return { line: i + 1, column: 1 };
  }
  return { line: 1, column: 1 };
}

/** "Next update by 14:35 UTC", "we will post another update within 30 minutes", an ETA. */
const NEXT_UPDATE = [
  /\bnext (?:update|post)\b/i,
  /\b(?:update|updates|news)\b[^.!?]*\b(?:by|at|in|within|before|around|after)\s+(?:\d|about|around|one|two|three|an?\b|half)/i,
  /\b(?:expect|expected|estimate|estimated|eta)\b[^.!?]*\b(?:by|at|in|within|around|before)\s+(?:\d|about|around|one|two|three|an?\b|half)/i,
];

export function saysWhenNext(markdown: string): boolean {
  const text = markdownToText(markdown);
  return NEXT_UPDATE.some((re) => re.test(text));
}

const firstUpdate: Check = (incident, { policy }) => {
  if (incident.kind !== 'incident') return [];
  const first = chronological(incident)[0];
  if (!first) return [];
  const delay = first.at.getTime() - incident.started.getTime();
  if (delay <= policy.first_update_minutes * MINUTE) return [];
  return [
    finding(CATALOG.firstUpdateLate, at(first), {
      delay: formatDuration(delay),
      started: formatUtc(incident.started),
      minutes: policy.first_update_minutes,
    }),
  ];
};

/**
 * One finding per incident, at the longest gap: a flood of one warning per gap teaches responders to
 * skip the rule. A gap up to the time an update gave (a promised update, a stated ETA, `eta`) is kept.
 */
const updateGap: Check = (incident, { policy }) => {
  if (incident.kind !== 'incident') return [];
  const list = chronological(incident);
  const interval = policy.update_interval_minutes * MINUTE;
  let longest: { gap: number; before: Update; after: Update } | undefined;
  let count = 0;
  for (let i = 1; i < list.length; i++) {
    const before = list[i - 1]!;
    const after = list[i]!;
    if (before.effectiveStatus === 'resolved') continue;
    const gap = after.at.getTime() - before.at.getTime();
    if (gap <= allowedGap(incident, before, interval)) continue;
    count++;
    if (!longest || gap > longest.gap) longest = { gap, before, after };
  }
  if (!longest) return [];
  return [
    finding(CATALOG.updateGap, at(longest.after), {
      gap: formatDuration(longest.gap),
      before: clock(longest.before.at),
      after: clock(longest.after.at),
      minutes: policy.update_interval_minutes,
      count,
    }),
  ];
};

/** How long customers may wait after `update`: the interval, or longer when the update (or `eta`) told them when. */
function allowedGap(incident: Incident, update: Update, interval: number): number {
  const told = [toldNextBy(update), statedEndBy(update), incident.eta].filter((d): d is Date => d !== undefined && d > update.at);
  // "by 14:35" holds until 14:35:59, as policy-promise-kept reads it.
  return Math.max(interval, ...told.map((d) => d.getTime() - update.at.getTime() + MINUTE - 1));
}

/** When the next update of the incident is due at `now`, if it is an open incident then. */
const dueAt = (incident: Incident, { policy, now }: PolicyContext): NextUpdateDue | undefined =>
  nextUpdateDue(deriveState(incident, now), policy, now);

const updateOverdue: Check = (incident, ctx) => {
  const due = dueAt(incident, ctx);
  if (!due || !isOverdue(due, ctx.now)) return [];
  // "by 14:35" holds until 14:35:59, as policy-promise-kept reads a promise.
  if (due.why === 'promised' && ctx.now.getTime() - due.at.getTime() < MINUTE) return [];
  // Customers told when it ends (a stated end, an ETA, \`eta\`) know when to expect news, as policy-update-gap reads it.
  const told = [toldNextBy(due.latest), statedEndBy(due.latest), incident.eta];
  if (told.some((d) => d !== undefined && ctx.now.getTime() - d.getTime() < MINUTE)) return [];
  const age = ctx.now.getTime() - due.latest.at.getTime();
  return [
    finding(CATALOG.updateOverdue, at(due.latest), {
      age: formatDuration(age),
      due: formatUtc(due.at),
      promised: due.why === 'promised',
      id: incident.id,
    }),
  ];
};

const nextUpdate: Check = (incident, ctx) => {
  const due = dueAt(incident, ctx);
  if (!due || incident.eta || saysWhenNext(due.latest.markdown) || statedEndBy(due.latest)) return [];
  return [finding(CATALOG.noNextUpdate, at(due.latest), { due: clock(due.at) })];
};

const promiseKept: Check = (incident, { now, enabled }) => {
  if (incident.kind !== 'incident') return [];
  const list = chronological(incident).filter((u) => u.at <= now);
  const out: PolicyFinding[] = [];
  list.forEach((u, i) => {
    if (u.effectiveStatus === 'resolved') return;
    const promise = promisedBy(u);
    if (!promise) return;
    const next = list[i + 1];
    // The latest update of an open incident: policy-update-overdue reports that lapse, once.
    if (!next && enabled('policy-update-overdue')) return;
    const late = next ? next.at.getTime() - promise.getTime() : now.getTime() - promise.getTime();
    if (late < MINUTE) return; // "by 14:35" holds until 14:35:59
    out.push(
      next
        ? finding(CATALOG.promiseLate, at(u), { by: promised(promise, u.at), came: promised(next.at, u.at), late: formatDuration(late) })
        : finding(CATALOG.promiseOpen, at(u), { by: promised(promise, u.at), late: formatDuration(late) }),
    );
  });
  return out;
};

const resolvedUpdate: Check = (incident, { now, text }) => {
  if (incident.kind === 'incident') {
    // `opened_in_error: true` is what ends it.
    if (incident.openedInError || !incident.resolved || incident.updates.some((u) => u.status === 'resolved')) return [];
    return [
      finding(CATALOG.noResolvedUpdate, frontmatterPosition(text, 'resolved'), { resolved: formatUtc(incident.resolved), id: incident.id }),
    ];
  }
  const state = deriveState(incident, now);
  if (state.maintenance !== 'completed' || incident.updates.some((u) => u.status === 'completed')) return [];
  return [
    finding(CATALOG.noCompletedUpdate, frontmatterPosition(text, 'window'), {
      end: formatUtc(state.end ?? incident.window!.end),
      id: incident.id,
    }),
  ];
};

const reportDue: Check = (incident, { policy, now }) => {
  if (incident.kind !== 'incident' || incident.report || incident.openedInError) return [];
  if (incident.impact !== 'major' && incident.impact !== 'critical') return [];
  if (!incident.resolved) return [];
  const due = new Date(incident.resolved.getTime() + policy.report_due_minutes * MINUTE);
  if (now < due) return [];
  const resolvedBy = incident.updates.find((u) => u.status === 'resolved');
  return [
    finding(CATALOG.reportDue, resolvedBy ? at(resolvedBy) : { line: 1, column: 1 }, {
      impact: incident.impact,
      due: formatUtc(due),
      minutes: policy.report_due_minutes,
      id: incident.id,
    }),
  ];
};

const reportSectionsCheck: Check = (incident) => {
  if (!incident.report || incident.openedInError) return [];
  const { missing, empty } = reportGaps(incident.report.markdown);
  const out: PolicyFinding[] = [];
  const where = { line: incident.report.line, column: 1 };
  if (missing.length) {
    out.push(finding(CATALOG.reportSectionsMissing, where, { missing, sections: REPORT_SECTIONS.map((s) => s.name) }));
  }
  if (empty.length) {
    out.push(finding(CATALOG.reportSectionsEmpty, where, { empty }));
  }
  return out;
};

const maintenanceNotice: Check = (incident, { policy }) => {
  if (incident.kind !== 'maintenance' || !incident.window) return [];
  const first = chronological(incident)[0];
  if (!first) return [];
  const notice = incident.window.start.getTime() - first.at.getTime();
  const wanted = policy.maintenance_notice_hours * HOUR;
  if (notice >= wanted && notice >= 0) return [];
  const said = { start: formatUtc(incident.window.start), hours: policy.maintenance_notice_hours, scheduled: STATUS_LABELS.scheduled };
  if (notice === 0) return [finding(CATALOG.noticeAtStart, at(first), said)];
  if (notice < 0) return [finding(CATALOG.noticeAfterStart, at(first), { ...said, after: formatDuration(-notice) })];
  return [finding(CATALOG.noticeShort, at(first), { ...said, notice: formatDuration(notice) })];
};

const CHECKS: Record<PolicyRuleId, Check> = {
  'policy-first-update': firstUpdate,
  'policy-update-gap': updateGap,
  'policy-update-overdue': updateOverdue,
  'policy-next-update': nextUpdate,
  'policy-promise-kept': promiseKept,
  'policy-resolved-update': resolvedUpdate,
  'policy-report-due': reportDue,
  'policy-report-sections': reportSectionsCheck,
  'policy-maintenance-notice': maintenanceNotice,
};

/** The policy findings about one incident that read without errors. */
export function checkPolicy(incident: Incident, ctx: PolicyContext): PolicyFinding[] {
  const out: PolicyFinding[] = [];
  for (const [rule, check] of Object.entries(CHECKS) as [PolicyRuleId, Check][]) {
    if (ctx.enabled(rule)) out.push(...check(incident, ctx));
  }
  return out;
}
