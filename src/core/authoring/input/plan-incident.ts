/** `new`, `update`, `resolve` and `report`: their input gathered from flags and questions, then their plan. */
import type { Incident } from '../../content/model.ts';
import { INCIDENT_STATUSES, STATUS_LABELS, type Impact, type IncidentStatus, type UpdateStatus } from '../../content/statuses.ts';
import { deriveState } from '../../status/timeline.ts';
import { str } from '../cli/cli-options.ts';
import { missing } from '../cli/cli-io.ts';
import type { Plan } from '../plan/context.ts';
import { parseAt, parseComponents, parseImpact, parseIncidentStatus, type ComponentSpec } from '../plan/flag-values.ts';
import { planNew, planReport, planResolve, planUpdate, type NewOptions, type UpdateOptions } from '../plan/incident-plans.ts';
import { affectedComponents, checked, messageWithNext, notEmpty, optionalMessage, pickIncident, type PlanInput } from './plan-input.ts';

const IMPACT_CHOICES = [
  { value: 'minor', label: 'Minor', hint: 'degraded performance' },
  { value: 'major', label: 'Major', hint: 'partial outage' },
  { value: 'critical', label: 'Critical', hint: 'major outage' },
  { value: 'none', label: 'None', hint: 'no change of component status' },
] as const;

const isOpenIncident = (now: Date) => (i: Incident) => i.kind === 'incident' && deriveState(i, now).open;

async function newIncidentOptions(input: PlanInput): Promise<NewOptions> {
  const { ask, values, ctx, at } = input;
  const title =
    str(values, 'title') ??
    (ask
      ? await ask.text({
          message: 'Title: what do customers see?',
          placeholder: 'Elevated error rates on the REST API',
          validate: notEmpty('the title'),
        })
      : missing('--title'));
  const components = await affectedComponents(input);
  let impact: Impact | undefined = str(values, 'impact') !== undefined ? parseImpact(str(values, 'impact')!) : undefined;
  // Statuses for every component say the impact already.
  if (!impact && !(components.length && components.every((c) => c.status))) {
    impact = ask ? await ask.select<Impact>({ message: 'Impact', options: [...IMPACT_CHOICES], initial: 'minor' }) : missing('--impact');
  }
  const status: IncidentStatus =
    str(values, 'status') !== undefined
      ? parseIncidentStatus(str(values, 'status')!)
      : ask
        ? await ask.select({
            message: 'Status',
            options: INCIDENT_STATUSES.filter((s) => s !== 'update').map((s) => ({ value: s, label: STATUS_LABELS[s] })),
            initial: 'investigating',
          })
        : 'investigating';
  const message = await messageWithNext(input, 'First update: what do customers see, and what are you doing?');
  return {
    title,
    ...(impact ? { impact } : {}),
    components,
    status,
    message,
    at,
    ...(str(values, 'started') ? { started: parseAt(str(values, 'started'), ctx.now, '--started') } : {}),
    ...(str(values, 'eta') ? { eta: parseAt(str(values, 'eta'), ctx.now, '--eta') } : {}),
    ...(str(values, 'workaround') ? { workaround: str(values, 'workaround')! } : {}),
    ...(str(values, 'slug') ? { slug: str(values, 'slug')! } : {}),
  };
}

async function updateOptions(input: PlanInput): Promise<UpdateOptions> {
  const { ask, values, ctx, at } = input;
  let status: UpdateStatus | undefined = str(values, 'status') !== undefined ? parseIncidentStatus(str(values, 'status')!) : undefined;
  if (!status && ask) {
    status = await ask.select<UpdateStatus>({
      message: 'Status',
      options: INCIDENT_STATUSES.filter((s) => s !== 'resolved').map((s) => ({
        value: s,
        label: STATUS_LABELS[s],
        ...(s === 'update' ? { hint: 'no change of status' } : {}),
      })),
      initial: 'update',
    });
  }
  const flag = values.components as string[] | undefined;
  let components: ComponentSpec[] = flag ? parseComponents(flag, ctx.loaded) : [];
  if (!flag && ask) {
    const answer = await ask.text({
      message: 'Component changes (e.g. api=operational; empty: none)',
      initial: '',
      validate: checked((v) => parseComponents(v, ctx.loaded)),
    });
    components = parseComponents(answer, ctx.loaded);
  }
  const message = await messageWithNext(input, 'Update: what changed, and what are you doing?');
  return {
    ...(status ? { status } : {}),
    message,
    at,
    components,
    ...(str(values, 'eta') ? { eta: parseAt(str(values, 'eta'), ctx.now, '--eta') } : {}),
    ...(str(values, 'workaround') ? { workaround: str(values, 'workaround')! } : {}),
  };
}

export async function planNewIncident(input: PlanInput): Promise<Plan> {
  return planNew(input.ctx, await newIncidentOptions(input));
}

export async function planIncidentUpdate(input: PlanInput): Promise<Plan> {
  const id = await pickIncident(input, isOpenIncident(input.ctx.now), 'open incident');
  return planUpdate(input.ctx, id, await updateOptions(input));
}

export async function planIncidentResolve(input: PlanInput): Promise<Plan> {
  const id = await pickIncident(input, isOpenIncident(input.ctx.now), 'open incident');
  const inError = input.values['in-error'] === true;
  const question = inError ? 'Final update: what happened instead (empty: the default text)' : 'Final update (empty: the default text)';
  return planResolve(input.ctx, id, { ...(await optionalMessage(input, question)), at: input.at, ...(inError ? { inError } : {}) });
}

export async function planIncidentReport(input: PlanInput): Promise<Plan> {
  const id = await pickIncident(
    input,
    (i) => i.kind === 'incident' && !i.report && Boolean(i.resolved),
    'resolved incident without a report',
  );
  return planReport(input.ctx, id);
}
