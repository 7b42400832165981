import { POLICY_RULES } from '../policy-rules.ts';
import { entry } from '../entry.ts';

const ruleHint = (id: keyof typeof POLICY_RULES) => () => POLICY_RULES[id].hint;
const quotedList = (names: readonly string[]) => names.map((m) => `“${m}”`).join(', ');

/** Findings of the communication policy (`policy-*`); times arrive formatted, durations in words. */
export const POLICY_MESSAGES = {
  firstUpdateLate: entry('policy-first-update', {
    message: ({ delay, started, minutes }: { delay: string; started: string; minutes: number }) =>
      `the first update came ${delay} after the incident started (${started}); the policy asks for one within ${minutes} min`,
    hint: ruleHint('policy-first-update'),
  }),
  updateGap: entry('policy-update-gap', {
    message: ({ gap, before, after, minutes, count }: { gap: string; before: string; after: string; minutes: number; count: number }) =>
      `${count > 1 ? `${count} gaps between updates were longer than` : 'one gap between updates was longer than'} the policy’s ${minutes} min while the incident was open; the longest, ${gap}, was between the updates at ${before} and ${after} UTC`,
    hint: ruleHint('policy-update-gap'),
  }),
  updateOverdue: entry('policy-update-overdue', {
    message: ({ age, due, promised }: { age: string; due: string; promised: boolean; id: string }) =>
      `overdue: this incident is open and its latest update is ${age} old; the next one was due by ${due}${promised ? ', as that update promised' : ''}`,
    hint: ({ id }) => `post an update now: \`npm run status -- update ${id} --message "…"\``,
  }),
  noNextUpdate: entry('policy-next-update', {
    message: (_: { due: string }) =>
      'this incident is open, but its latest update gives no ETA and does not say when the next update comes',
    hint: ({ due }) => `end the update with “Next update by ${due} UTC.”, or set \`eta\` in the frontmatter`,
  }),
  promiseLate: entry('policy-promise-kept', {
    message: ({ by, came, late }: { by: string; came: string; late: string }) =>
      `this update promised the next one by ${by}; it came at ${came}, ${late} late`,
    hint: ruleHint('policy-promise-kept'),
  }),
  promiseOpen: entry('policy-promise-kept', {
    message: ({ by, late }: { by: string; late: string }) => `this update promised the next one by ${by}, and none has come (${late} late)`,
    hint: ruleHint('policy-promise-kept'),
  }),
  noResolvedUpdate: entry('policy-resolved-update', {
    message: ({ resolved }: { resolved: string; id: string }) => `this incident ended (${resolved}) but has no Resolved update`,
    hint: ({ id, resolved }) => `add a final update: \`npm run status -- resolve ${id} --at "${resolved}"\``,
  }),
  noCompletedUpdate: entry('policy-resolved-update', {
    message: ({ end }: { end: string; id: string }) => `this maintenance window ended (${end}) but there is no Completed update`,
    hint: ({ id }) =>
      `say that the work is done and whether anything changed for customers: \`npm run status -- maintenance complete ${id}\``,
  }),
  reportDue: entry('policy-report-due', {
    message: ({ impact, due, minutes }: { impact: string; due: string; minutes: number; id: string }) =>
      `this ${impact} incident needs a post-incident report; it was due by ${due}, ${minutes} min after it was resolved`,
    hint: ({ id }) => `add one with \`npm run status -- report ${id}\` and fill in its sections`,
  }),
  reportSectionsMissing: entry('policy-report-sections', {
    message: ({ missing }: { missing: readonly string[]; sections: readonly string[] }) =>
      `the post-incident report has no ${quotedList(missing)} section${missing.length > 1 ? 's' : ''}`,
    hint: ({ missing, sections }) =>
      `say it in the report, in a paragraph or under ${missing.map((m) => `\`### ${m}\``).join(', ')}; the handbook’s sections are: ${sections.join(', ')}`,
  }),
  reportSectionsEmpty: entry('policy-report-sections', {
    message: ({ empty }: { empty: readonly string[] }) =>
      `the post-incident report’s ${quotedList(empty)} section${empty.length > 1 ? 's are' : ' is'} still empty`,
    hint: () => 'write each section in plain language before publishing the report',
  }),
  noticeShort: entry('policy-maintenance-notice', {
    message: ({ notice, start, hours }: Notice & { notice: string }) =>
      `this maintenance was announced only ${notice} before its window (${start}); the policy asks for at least ${hours} h notice`,
    hint: ({ scheduled }) => `announce planned work earlier, with a \`${scheduled}\` update; customers need time to prepare`,
  }),
  noticeAtStart: entry('policy-maintenance-notice', {
    message: ({ start, hours }: Notice) =>
      `this maintenance was first announced as its window started (${start}); the policy asks for at least ${hours} h notice`,
    hint: ({ scheduled }) => `announce planned work earlier, with a \`${scheduled}\` update; customers need time to prepare`,
  }),
  noticeAfterStart: entry('policy-maintenance-notice', {
    message: ({ after, start, hours }: Notice & { after: string }) =>
      `this maintenance was first announced ${after} after its window started (${start}); the policy asks for at least ${hours} h notice`,
    hint: ({ scheduled }) => `announce planned work earlier, with a \`${scheduled}\` update; customers need time to prepare`,
  }),
};

export interface Notice {
  /** When the window starts. */
  start: string;
  hours: number;
  /** The label of the status that announces maintenance. */
  scheduled: string;
}
