/**
 * Every command of the `statusmark` bin, in the order its help lists them. Each is imported when
 * it runs, so `statusmark check` never loads the GitHub client or the mailer.
 */
import type { BinCommands, BinIo } from './bin-io.ts';

const authoring = (name: string) => async (argv: readonly string[], io: BinIo) =>
  (await import('./status.ts')).runStatus([name, ...argv], io);

export const COMMANDS: BinCommands = {
  init: {
    group: 'project',
    summary: 'start a status repository: config, an example incident, workflows',
    run: async (argv, io) => (await import('./project.ts')).runInitCommand(argv, io),
  },
  upgrade: {
    group: 'project',
    summary: 'bring the workflows and templates up to the installed version',
    run: async (argv, io) => (await import('./project.ts')).runUpgradeCommand(argv, io),
  },
  check: {
    group: 'content',
    summary: 'validate the content and lint it against the policy and style rules',
    run: async (argv) => (await import('./check.ts')).runCheck(argv, (await import('./check.ts')).BIN_CHECK),
  },
  new: { group: 'content', summary: 'write a new incident', run: authoring('new') },
  update: { group: 'content', summary: "add an update to an incident's timeline", run: authoring('update') },
  resolve: { group: 'content', summary: 'add the Resolved update; components go back to operational', run: authoring('resolve') },
  maintenance: {
    group: 'content',
    summary: 'schedule maintenance, or add to it (maintenance update|complete <id>)',
    run: authoring('maintenance'),
  },
  report: { group: 'content', summary: 'add a post-incident report skeleton', run: authoring('report') },
  list: { group: 'content', summary: 'open incidents and upcoming maintenance at a glance', run: authoring('list') },
  'deploy-plan': {
    group: 'ci',
    summary: 'before a deploy: write the fingerprint, skip a deploy that changes nothing',
    run: async (argv, io) => (await import('./deploy-plan.ts')).runDeployPlan(argv, io.env),
  },
  notify: {
    group: 'ci',
    summary: 'after a deploy: announce new updates to the channels the config turns on',
    run: async (argv, io) => (await import('./notify.ts')).runNotify(argv, io.env),
  },
  'step-times': {
    group: 'ci',
    summary: 'at the end of a job: how long each of its steps took, in the job summary',
    run: async (argv, io) => (await import('./step-times.ts')).runStepTimes(argv, io.env),
  },
  'pr-comment': {
    group: 'ci',
    summary: 'on a pull request: comment with what it changes on the page',
    run: async (argv, io) => (await import('./pr-comment.ts')).runPrComment(argv, io.env),
  },
  watchdog: {
    group: 'ci',
    summary: 'open an issue when an update is 5 minutes overdue',
    run: async (argv, io) => (await import('./watchdog.ts')).runWatchdog(argv, io.env),
  },
  'next-change': {
    group: 'ci',
    summary: 'when the clock alone next changes the page, and what changes',
    run: async (argv, io) => (await import('./timekeeper.ts')).runNextChange(argv, io.env),
  },
  wait: {
    group: 'ci',
    summary: 'in the timekeeper workflow: wait for the next change, then start the deploy or the watchdog',
    run: async (argv, io) => (await import('./timekeeper.ts')).runWait(argv, io.env),
  },
  dispatch: {
    group: 'ci',
    summary: 'start the deploy, watchdog or timekeeper workflow now (actions: write)',
    run: async (argv, io) => (await import('./timekeeper.ts')).runDispatch(argv, io.env),
  },
};
