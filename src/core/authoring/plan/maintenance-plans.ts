/** `maintenance` and `maintenance complete`: the plan of each, from checked values (`maintenance update` is planUpdate's). */
import { incidentIdOf } from '../../shared/content-layout.ts';
import { formatUtc } from '../../shared/time.ts';
import { clockLabel, clockTime } from '../text/clock.ts';
import { insertUpdate, newMaintenanceText, slugify, type ComponentEntry, type NewUpdate } from '../text/incident-text.ts';
import { longDate } from '../text/report-skeleton.ts';
import { AuthoringError } from './authoring-error.ts';
import { componentNames, newFileName, openIncident, type Context, type Plan } from './context.ts';
import { requireMessage, requireTitle, type ComponentSpec } from './flag-values.ts';
import type { ResolveOptions } from './incident-plans.ts';

export interface MaintenanceOptions {
  title: string;
  start: Date;
  end: Date;
  components: ComponentSpec[];
  message?: string;
  at: Date;
  slug?: string;
}

export function planMaintenance(ctx: Context, o: MaintenanceOptions): Plan {
  const title = requireTitle(o.title, 'what the work is, e.g. "Database upgrade"');
  if (o.end <= o.start) throw new AuthoringError(`the window ends (${formatUtc(o.end)}) before it starts (${formatUtc(o.start)})`);
  if (o.components.some((c) => c.status === 'operational'))
    throw new AuthoringError('--components: maintenance cannot set a component to operational');
  const asList = o.components.every((c) => !c.status || c.status === 'under_maintenance');
  const components: ComponentEntry[] = o.components.map((c) => ({ id: c.id, status: c.status ?? 'under_maintenance' }));
  const names = componentNames(ctx, components);
  const sameDay = o.start.toISOString().slice(0, 10) === o.end.toISOString().slice(0, 10);
  const clock = ctx.loaded.config.time_format;
  const window = sameDay
    ? `on ${longDate(o.start)}, from ${clockTime(o.start, clock)} to ${clockLabel(o.end, clock)}`
    : `from ${longDate(o.start)}, ${clockLabel(o.start, clock)} to ${longDate(o.end)}, ${clockLabel(o.end, clock)}`;
  const message = o.message?.trim()
    ? requireMessage(o.message)
    : `We will carry out planned maintenance ${window}.${names ? ` Affected: ${names}.` : ''} We will post here when the work starts.`;
  const file = newFileName(ctx, o.start, slugify(o.slug ?? title));
  const update: NewUpdate = { at: o.at, status: 'scheduled', changes: [], message };
  return {
    command: 'maintenance',
    file,
    after: newMaintenanceText({ title, window: { start: o.start, end: o.end }, components, asList, update }),
    id: incidentIdOf(file),
    title,
    kind: 'maintenance',
    update,
    components,
    what: 'new scheduled maintenance',
    prTitle: `Maintenance: ${title} (${formatUtc(o.start)})`,
  };
}

export async function planMaintenanceComplete(ctx: Context, id: string, o: ResolveOptions): Promise<Plan> {
  const { file, text, incident } = await openIncident(ctx, id);
  if (incident.kind !== 'maintenance')
    throw new AuthoringError(`${incident.id} is an incident, not maintenance; use \`resolve ${incident.id}\``);
  if (incident.updates.some((u) => u.status === 'completed')) throw new AuthoringError(`${incident.id} already has a Completed update`);
  if (incident.updates[0]?.effectiveStatus === 'cancelled')
    throw new AuthoringError(`${incident.id} was cancelled; there is nothing to complete`);
  const message = o.message?.trim() ? requireMessage(o.message) : 'The maintenance is complete. All services work normally.';
  const update: NewUpdate = { at: o.at, status: 'completed', changes: [], message };
  return {
    command: 'maintenance complete',
    file,
    before: text,
    after: insertUpdate(text, incident, update),
    id: incident.id,
    title: incident.title,
    kind: 'maintenance',
    update,
    components: incident.components.map((c) => ({ id: c.component, status: 'operational' })),
    what: 'the Completed update',
    prTitle: `Completed: ${incident.title}`,
  };
}
