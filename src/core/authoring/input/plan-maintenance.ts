/** `maintenance`, `maintenance update` and `maintenance complete`: their input gathered from flags and questions, then their plan. */
import { MAINTENANCE_STATUSES, STATUS_LABELS, type UpdateStatus } from '../../content/statuses.ts';
import { deriveState } from '../../status/timeline.ts';
import { str } from '../cli/cli-options.ts';
import { missing, UsageError } from '../cli/cli-io.ts';
import type { Plan } from '../plan/context.ts';
import { parseAt, parseComponents, parseDuration, parseMaintenanceStatus } from '../plan/flag-values.ts';
import { planUpdate, type UpdateOptions } from '../plan/incident-plans.ts';
import { planMaintenance, planMaintenanceComplete, type MaintenanceOptions } from '../plan/maintenance-plans.ts';
import { affectedComponents, checked, messageWithNext, notEmpty, optionalMessage, pickIncident, type PlanInput } from './plan-input.ts';

/** The window's end: --end, or the start plus --duration (asked for in a terminal). */
async function windowEnd(input: PlanInput, start: Date): Promise<Date> {
  const { ask, values, ctx } = input;
  if (str(values, 'end') !== undefined && str(values, 'duration') !== undefined) throw new UsageError('give --end or --duration, not both');
  if (str(values, 'end') !== undefined) return parseAt(str(values, 'end'), ctx.now, '--end');
  const duration =
    str(values, 'duration') ??
    (ask
      ? await ask.text({ message: 'How long? (e.g. 2h, 90m)', initial: '1h', validate: checked(parseDuration) })
      : missing('--end or --duration'));
  return new Date(start.getTime() + parseDuration(duration));
}

async function maintenanceOptions(input: PlanInput): Promise<MaintenanceOptions> {
  const { ask, values, ctx, at } = input;
  const title =
    str(values, 'title') ??
    (ask
      ? await ask.text({ message: 'Title: what is the work?', placeholder: 'Database upgrade', validate: notEmpty('the title') })
      : missing('--title'));
  const startText =
    str(values, 'start') ??
    (ask
      ? await ask.text({ message: 'Window start (e.g. 2026-11-28 02:00 UTC)', validate: checked((v) => parseAt(v, ctx.now, 'the start')) })
      : missing('--start'));
  const start = parseAt(startText, ctx.now, '--start');
  const end = await windowEnd(input, start);
  const components = await affectedComponents(input);
  const message = await optionalMessage(input, 'Announcement (empty: a sentence with the window and components)');
  return { title, start, end, components, ...message, at, ...(str(values, 'slug') ? { slug: str(values, 'slug')! } : {}) };
}

async function maintenanceUpdateOptions(input: PlanInput): Promise<UpdateOptions> {
  const { ask, values, ctx, at } = input;
  let status: UpdateStatus | undefined = str(values, 'status') !== undefined ? parseMaintenanceStatus(str(values, 'status')!) : undefined;
  if (!status && ask) {
    status = await ask.select<UpdateStatus>({
      message: 'Status',
      options: MAINTENANCE_STATUSES.filter((s) => s !== 'completed').map((s) => ({ value: s, label: STATUS_LABELS[s] })),
      initial: 'in_progress',
    });
  }
  const flag = values.components as string[] | undefined;
  const components = flag ? parseComponents(flag, ctx.loaded) : [];
  const message = await messageWithNext(input, 'Update: how is the work going?');
  return { ...(status ? { status } : {}), message, at, components };
}

export async function planNewMaintenance(input: PlanInput): Promise<Plan> {
  return planMaintenance(input.ctx, await maintenanceOptions(input));
}

export async function planMaintenanceUpdate(input: PlanInput): Promise<Plan> {
  const { now } = input.ctx;
  const id = await pickIncident(
    input,
    (i) => i.kind === 'maintenance' && !['completed', 'cancelled'].includes(deriveState(i, now).maintenance ?? ''),
    'scheduled maintenance',
  );
  return planUpdate(input.ctx, id, await maintenanceUpdateOptions(input), 'maintenance update');
}

export async function planMaintenanceCompletion(input: PlanInput): Promise<Plan> {
  const id = await pickIncident(
    input,
    (i) => i.kind === 'maintenance' && !i.updates.some((u) => u.status === 'completed' || u.status === 'cancelled'),
    'scheduled maintenance',
  );
  return planMaintenanceComplete(input.ctx, id, {
    ...(await optionalMessage(input, 'Final update (empty: the default text)')),
    at: input.at,
  });
}
