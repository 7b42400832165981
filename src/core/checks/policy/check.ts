import type { Policy } from '../../content/config/config-schema.ts';
import { markdownToText } from '../../content/markdown/markdown.ts';
import type { Incident, Update } from '../../content/model.ts';
import { isOverdue, nextUpdateDue, promisedBy, type NextUpdateDue } from '../../status/next-update.ts';
import { missingReportSections, REPORT_SECTIONS } from '../../content/markdown/report-sections.ts';
import { STATUS_LABELS } from '../../content/statuses.ts';
import { deriveState } from '../../status/timeline.ts';
import { DAY, formatDuration, formatUtc, HOUR, MINUTE } from '../../shared/time.ts';
import { POLICY_RULES, type PolicyRuleId } from '../../diagnostics/catalog/policy-rules.ts';

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

function finding(rule: PolicyRuleId, where: { line: number; column: number }, message: string, hint?: string): PolicyFinding {
  return { rule, line: where.line, column: where.column, message, hint: hint ?? POLICY_RULES[rule].hint };
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
    finding(
      'policy-first-update',
      at(first),
      `the first update came ${formatDuration(delay)} after the incident started (${formatUtc(incident.started)}); the policy asks for one within ${policy.first_update_minutes} min`,
    ),
  ];
};

const updateGap: Check = (incident, { policy }) => {
  if (incident.kind !== 'incident') return [];
  const list = chronological(incident);
  const out: PolicyFinding[] = [];
  for (let i = 1; i < list.length; i++) {
    const before = list[i - 1]!;
    const after = list[i]!;
    if (before.effectiveStatus === 'resolved') continue;
    const gap = after.at.getTime() - before.at.getTime();
    if (gap <= policy.update_interval_minutes * MINUTE) continue;
    out.push(
      finding(
        'policy-update-gap',
        at(after),
        `${formatDuration(gap)} passed between the updates at ${clock(before.at)} and ${clock(after.at)} UTC; while an incident is open the policy asks for an update at least every ${policy.update_interval_minutes} min`,
      ),
    );
  }
  return out;
};

/** When the next update of the incident is due at `now`, if it is an open incident then. */
const dueAt = (incident: Incident, { policy, now }: PolicyContext): NextUpdateDue | undefined => nextUpdateDue(deriveState(incident, now), policy, now);

const updateOverdue: Check = (incident, ctx) => {
  const due = dueAt(incident, ctx);
  if (!due || !isOverdue(due, ctx.now)) return [];
  const age = ctx.now.getTime() - due.latest.at.getTime();
  return [
    finding(
      'policy-update-overdue',
      at(due.latest),
      `overdue: this incident is open and its latest update is ${formatDuration(age)} old; the next one was due by ${formatUtc(due.at)}${due.why === 'promised' ? ', as that update promised' : ''}`,
      `post an update now: \`npm run status -- update ${incident.id} --message "…"\``,
    ),
  ];
};

const nextUpdate: Check = (incident, ctx) => {
  const due = dueAt(incident, ctx);
  if (!due || incident.eta || saysWhenNext(due.latest.markdown)) return [];
  return [
    finding(
      'policy-next-update',
      at(due.latest),
      'this incident is open, but its latest update gives no ETA and does not say when the next update comes',
      `end the update with “Next update by ${clock(due.at)} UTC.”, or set \`eta\` in the frontmatter`,
    ),
  ];
};

const promiseKept: Check = (incident, { now }) => {
  if (incident.kind !== 'incident') return [];
  const list = chronological(incident).filter((u) => u.at <= now);
  const out: PolicyFinding[] = [];
  list.forEach((u, i) => {
    if (u.effectiveStatus === 'resolved') return;
    const promise = promisedBy(u);
    if (!promise) return;
    const next = list[i + 1];
    const late = next ? next.at.getTime() - promise.getTime() : now.getTime() - promise.getTime();
    if (late < MINUTE) return; // "by 14:35" holds until 14:35:59
    out.push(
      finding(
        'policy-promise-kept',
        at(u),
        next
          ? `this update promised the next one by ${promised(promise, u.at)}; it came at ${promised(next.at, u.at)}, ${formatDuration(late)} late`
          : `this update promised the next one by ${promised(promise, u.at)}, and none has come (${formatDuration(late)} late)`,
      ),
    );
  });
  return out;
};

const resolvedUpdate: Check = (incident, { now, text }) => {
  if (incident.kind === 'incident') {
    if (!incident.resolved || incident.updates.some((u) => u.status === 'resolved')) return [];
    return [
      finding(
        'policy-resolved-update',
        frontmatterPosition(text, 'resolved'),
        `this incident ended (${formatUtc(incident.resolved)}) but has no Resolved update`,
        `add a final update: \`npm run status -- resolve ${incident.id} --at "${formatUtc(incident.resolved)}"\``,
      ),
    ];
  }
  const state = deriveState(incident, now);
  if (state.maintenance !== 'completed' || incident.updates.some((u) => u.status === 'completed')) return [];
  return [
    finding(
      'policy-resolved-update',
      frontmatterPosition(text, 'window'),
      `this maintenance window ended (${formatUtc(state.end ?? incident.window!.end)}) but there is no Completed update`,
      `say that the work is done and whether anything changed for customers: \`npm run status -- maintenance complete ${incident.id}\``,
    ),
  ];
};

const reportDue: Check = (incident, { policy, now }) => {
  if (incident.kind !== 'incident' || incident.report) return [];
  if (incident.impact !== 'major' && incident.impact !== 'critical') return [];
  if (!incident.resolved) return [];
  const due = new Date(incident.resolved.getTime() + policy.report_due_minutes * MINUTE);
  if (now < due) return [];
  const resolvedBy = incident.updates.find((u) => u.status === 'resolved');
  return [
    finding(
      'policy-report-due',
      resolvedBy ? at(resolvedBy) : { line: 1, column: 1 },
      `this ${incident.impact} incident needs a post-incident report; it was due by ${formatUtc(due)}, ${policy.report_due_minutes} min after it was resolved`,
      `add one with \`npm run status -- report ${incident.id}\` and fill in its sections`,
    ),
  ];
};

const reportSectionsCheck: Check = (incident) => {
  if (!incident.report) return [];
  const { missing, empty } = missingReportSections(incident.report.markdown);
  const out: PolicyFinding[] = [];
  const where = { line: incident.report.line, column: 1 };
  if (missing.length) {
    out.push(
      finding(
        'policy-report-sections',
        where,
        `the post-incident report has no ${missing.map((m) => `“${m}”`).join(', ')} section${missing.length > 1 ? 's' : ''}`,
        `add ${missing.map((m) => `\`### ${m}\``).join(', ')}; the handbook’s sections are: ${REPORT_SECTIONS.map((s) => s.name).join(', ')}`,
      ),
    );
  }
  if (empty.length) {
    out.push(
      finding(
        'policy-report-sections',
        where,
        `the post-incident report’s ${empty.map((m) => `“${m}”`).join(', ')} section${empty.length > 1 ? 's are' : ' is'} still empty`,
        'write each section in plain language before publishing the report',
      ),
    );
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
  const what =
    notice <= 0
      ? `was first announced ${notice === 0 ? 'as its window started' : `${formatDuration(-notice)} after its window started`} (${formatUtc(incident.window.start)})`
      : `was announced only ${formatDuration(notice)} before its window (${formatUtc(incident.window.start)})`;
  return [
    finding(
      'policy-maintenance-notice',
      at(first),
      `this maintenance ${what}; the policy asks for at least ${policy.maintenance_notice_hours} h notice`,
      `announce planned work earlier, with a \`${STATUS_LABELS.scheduled}\` update; customers need time to prepare`,
    ),
  ];
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
