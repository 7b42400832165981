/** Which command builds its plan how, after saying at once every flag that a run without a terminal lacks. */
import type { Values } from '../cli/cli-options.ts';
import { UsageError } from '../cli/cli-io.ts';
import type { Plan } from '../plan/context.ts';
import { planIncidentReport, planIncidentResolve, planIncidentUpdate, planNewIncident } from './plan-incident.ts';
import type { PlanInput } from './plan-input.ts';
import { planMaintenanceCompletion, planMaintenanceUpdate, planNewMaintenance } from './plan-maintenance.ts';

const PLANNERS: Record<string, (input: PlanInput) => Promise<Plan>> = {
  new: planNewIncident,
  update: planIncidentUpdate,
  resolve: planIncidentResolve,
  maintenance: planNewMaintenance,
  'maintenance update': planMaintenanceUpdate,
  'maintenance complete': planMaintenanceCompletion,
  report: planIncidentReport,
};

export async function makePlan(command: string, input: PlanInput): Promise<Plan> {
  if (!input.ask) requireFlags(command, input.values, input.positionals);
  const planner = PLANNERS[command];
  if (!planner) throw new UsageError(`unknown command "${command}"`);
  return planner(input);
}

// One message for everything missing, rather than one run per flag.
function requireFlags(command: string, values: Values, positionals: string[]): void {
  const has = (k: string) => values[k] !== undefined;
  const hasMessage = has('message') || has('message-file');
  const componentFlag = values.components as string[] | undefined;
  const need: string[] = [];
  if ((command === 'new' || command === 'maintenance') && !has('title')) need.push('--title');
  if (command === 'new' && !has('impact') && !(componentFlag ?? []).join(',').includes('=')) need.push('--impact');
  if ((command === 'new' || command === 'update' || command === 'maintenance update') && !hasMessage) need.push('--message');
  if (command === 'maintenance' && !has('start')) need.push('--start');
  if (command === 'maintenance' && !has('end') && !has('duration')) need.push('--end or --duration');
  if (command !== 'new' && command !== 'maintenance' && !positionals[0]) need.unshift('the id');
  if (need.length)
    throw new UsageError(`missing: ${need.join(', ')} (run it in a terminal to be asked, or pass ${need.length > 1 ? 'them' : 'it'})`);
}
