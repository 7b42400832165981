import type { RuleInfo } from './rule-info.ts';

/** The communication policy of the handbook (PRODUCT.md), as rules. Metadata only: the checks live in `check.ts`. */
export const POLICY_RULE_IDS = [
  'policy-first-update',
  'policy-update-gap',
  'policy-update-overdue',
  'policy-next-update',
  'policy-promise-kept',
  'policy-resolved-update',
  'policy-report-due',
  'policy-report-sections',
  'policy-maintenance-notice',
] as const;
export type PolicyRuleId = (typeof POLICY_RULE_IDS)[number];

export const POLICY_RULES: Record<PolicyRuleId, RuleInfo<PolicyRuleId>> = {
  'policy-first-update': {
    id: 'policy-first-update',
    defaultSeverity: 'warning',
    summary: 'The first update comes within `policy.first_update_minutes` of the incident’s start',
    hint: 'post a first update as soon as you know customers are affected, even if you know little yet: what they see, and when the next update comes',
  },
  'policy-update-gap': {
    id: 'policy-update-gap',
    defaultSeverity: 'warning',
    summary:
      'While an incident is open, no more than `policy.update_interval_minutes` pass between two updates, or than the time an update gave (next update, ETA)',
    hint: 'post an update at least every interval while the incident is open, even when there is no news: say what you are doing and when the next update comes',
  },
  'policy-update-overdue': {
    id: 'policy-update-overdue',
    defaultSeverity: 'warning',
    summary: 'An open incident’s latest update is not older than `policy.update_interval_minutes` (at STATUS_NOW or the clock)',
    hint: 'post an update now, e.g. `npm run status -- update <id> --message "…"`',
    usesNow: true,
  },
  'policy-next-update': {
    id: 'policy-next-update',
    defaultSeverity: 'warning',
    summary: 'The latest update of an open incident gives an ETA or says when the next update comes',
    hint: 'end the update with “Next update by 14:35 UTC.”, or set `eta` in the frontmatter',
    usesNow: true,
  },
  'policy-promise-kept': {
    id: 'policy-promise-kept',
    defaultSeverity: 'warning',
    summary: 'An update that says when the next one comes (“Next update by 14:35 UTC”, “within 30 minutes”) is followed by one in time',
    hint: 'post the next update by the time you gave, even if there is no news; promise a later time when you need one',
    usesNow: true,
  },
  'policy-resolved-update': {
    id: 'policy-resolved-update',
    defaultSeverity: 'warning',
    summary: 'Every ended incident has a Resolved update, every ended maintenance a Completed update',
    hint: 'add a final update saying it is over, what customers may still need to do, and whether a report follows: `npm run status -- resolve <id>`',
    usesNow: true,
  },
  'policy-report-due': {
    id: 'policy-report-due',
    defaultSeverity: 'warning',
    summary: 'A major or critical incident has a post-incident report within `policy.report_due_minutes` of its resolution',
    hint: 'add one with `npm run status -- report <id>` and fill in its sections',
    usesNow: true,
  },
  'policy-report-sections': {
    id: 'policy-report-sections',
    defaultSeverity: 'warning',
    summary: 'A post-incident report covers the handbook’s sections, by heading or in its prose, none of them empty',
    hint: 'the sections are: Summary, Timeline, Root cause, Impact, Resolution, Next steps, Further updates, Support',
  },
  'policy-maintenance-notice': {
    id: 'policy-maintenance-notice',
    defaultSeverity: 'warning',
    summary: 'Maintenance is announced at least `policy.maintenance_notice_hours` before its window starts',
    hint: 'announce planned work early so customers can prepare: `npm run status -- maintenance --start … --duration …`',
  },
};
