/**
 * What every plan starts from and what it produces: the workspace with its parsed config and
 * `now`, the plan of one file's new text, and the incident a command changes. Nothing here
 * writes a file or calls GitHub.
 */
import { parseConfig, type LoadedConfig } from '../../content/config/config.ts';
import type { Incident } from '../../content/model.ts';
import { parseIncidentAt } from '../../checks/in-future.ts';
import { COMPONENT_STATUS_LABELS } from '../../content/statuses.ts';
import { incidentIdOf } from '../../shared/content-layout.ts';
import { didYouMean } from '../../shared/suggest.ts';
import type { ComponentEntry, NewUpdate } from '../text/incident-text.ts';
import { AuthoringError } from './authoring-error.ts';
import { findIncidentFile, folderFor, type Workspace } from './workspace.ts';

export interface Context {
  ws: Workspace;
  loaded: LoadedConfig;
  now: Date;
}

export function openContext(ws: Workspace, now: Date): Context {
  if (ws.configText === undefined) {
    throw new AuthoringError(`there is no status.config.yaml in ${ws.label}; set STATUS_DIR to your content root`);
  }
  const { loaded, diagnostics } = parseConfig(ws.configText);
  if (!loaded) throw new AuthoringError('status.config.yaml has errors; fix them first (npm run check)', diagnostics);
  return { ws, loaded, now };
}

export interface Plan {
  command: string;
  /** Path relative to the content root. */
  file: string;
  /** The file's text before the change; undefined for a new file. */
  before?: string;
  after: string;
  id: string;
  title: string;
  kind: 'incident' | 'maintenance';
  /** The update written, if any (the report adds none). */
  update?: NewUpdate;
  /** Components named by the change, with the status they get. */
  components: ComponentEntry[];
  /** "a Monitoring update", "an Identified update": what the change adds, for messages. */
  what: string;
  /** Pull request title. */
  prTitle: string;
}

export async function openIncident(ctx: Context, id: string): Promise<{ file: string; text: string; incident: Incident }> {
  const file = findIncidentFile(ctx.ws.files, id);
  if (!file) {
    const ids = ctx.ws.files.map(incidentIdOf);
    throw new AuthoringError(`there is no incident "${id}" in ${ctx.ws.label}${didYouMean(id, ids)}`);
  }
  const text = await ctx.ws.read(file);
  const { incident, diagnostics } = parseIncidentAt(file, text, { components: ctx.loaded.componentsById }, ctx.now);
  if (!incident) throw new AuthoringError(`${file} has errors; fix them first (npm run check)`, diagnostics);
  return { file, text, incident };
}

/** The components' names, as the config writes them, for sentences. */
export function componentNames(ctx: Context, entries: readonly { id: string }[]): string {
  return entries.map((e) => ctx.loaded.componentsById.get(e.id)?.name ?? e.id).join(', ');
}

/** Where a new file goes (`folderFor`), named `<date>-<slug>.md`, with `-2`, `-3`… when that id is taken. */
export function newFileName(ctx: Context, date: Date, slug: string): string {
  const base = `${date.toISOString().slice(0, 10)}-${slug}`;
  const taken = new Set(ctx.ws.files.map(incidentIdOf));
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return `${folderFor(ctx.ws.files, date)}/${id}.md`;
}

export function describeComponents(ctx: Context, entries: readonly ComponentEntry[]): { name: string; status: string }[] {
  return entries.map((e) => ({ name: ctx.loaded.componentsById.get(e.id)?.name ?? e.id, status: COMPONENT_STATUS_LABELS[e.status] }));
}
