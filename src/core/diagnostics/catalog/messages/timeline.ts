import { entry } from '../entry.ts';

/** The order of an incident's times: its updates, start, end and maintenance window. */
export const TIMELINE_MESSAGES = {
  updateInFuture: entry('update-in-future', {
    message: ({ now }: { now: string }) => `this update is dated after now (${now})`,
    hint: () => 'check the date, the hour and the time zone of the heading',
  }),
  startedInFuture: entry('time-in-future', {
    message: () => '`started` is after now',
    hint: () => 'an incident cannot start in the future; schedule planned work as `kind: maintenance`',
  }),
  resolvedInFuture: entry('time-in-future', {
    message: () => '`resolved` is after now',
    hint: () => 'set `resolved` when the incident has actually ended, or leave it out',
  }),
  updateBeforeStart: entry('update-before-start', {
    message: () => 'this update is dated before the incident `started`',
    hint: () => 'correct the update time or `started`',
  }),
  endsBeforeStart: entry('resolved-before-started', {
    message: ({ ended, start }: { ended: string; start: string }) => `the incident ends (${ended}) before it starts (${start})`,
    hint: () => 'check the dates and time zones of `started`, `resolved` and the updates',
  }),
  windowOrder: entry('window-order', {
    message: () => 'the maintenance window ends before it starts',
    hint: () => 'make `window.end` later than `window.start`',
  }),
};
