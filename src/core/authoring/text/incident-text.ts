/**
 * Pure functions that write incident Markdown in exactly the documented format. Edits insert
 * text at line boundaries and never touch the rest of the file: comments, ordering, line
 * endings and the author's own formatting stay byte-for-byte as they were.
 */
import type { ComponentChange, Incident, Update } from '../../content/model.ts';
import { STATUS_LABELS, type ComponentStatus, type UpdateStatus } from '../../content/statuses.ts';
import { formatUtc } from '../../shared/time.ts';
import { frontmatterBlock, type FrontmatterField } from './frontmatter.ts';

export function detectEol(text: string): '\n' | '\r\n' {
  return /\r\n/.test(text) ? '\r\n' : '\n';
}

/** "Elevated error rates on the REST API" → "elevated-error-rates-on-the-rest-api" (at most 50 characters, cut at a dash). */
export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= 50) return slug || 'incident';
  const cut = slug.slice(0, 51);
  return cut.slice(0, cut.lastIndexOf('-') > 20 ? cut.lastIndexOf('-') : 50).replace(/-+$/, '');
}

/** Message text as written by a person: newlines normalised, leading and trailing blank lines dropped. */
export function normaliseMessage(message: string): string {
  return message
    .replace(/\r\n?/g, '\n')
    .replace(/^(?:[ \t]*\n)+/, '')
    .replace(/\s+$/, '');
}

export function componentsLine(changes: readonly ComponentChange[]): string {
  return `Components: ${changes.map((c) => `${c.component} = ${c.status}`).join(', ')}`;
}

export interface NewUpdate {
  at: Date;
  status: UpdateStatus;
  /** Component status changes, written as the update's `Components:` line. */
  changes: readonly ComponentChange[];
  message: string;
}

/** `## 2026-11-20 14:05 UTC · Monitoring`, the optional `Components:` line, a blank line, the message. Ends with a line break. */
export function updateBlock(update: NewUpdate, eol = '\n', separator = '·'): string {
  const lines = [`## ${formatUtc(update.at)} ${separator} ${STATUS_LABELS[update.status]}`];
  if (update.changes.length) lines.push(componentsLine(update.changes), '');
  lines.push(...normaliseMessage(update.message).split('\n'));
  return lines.join(eol) + eol;
}

/** Offset of the start of 1-based `line` in `text`. */
function lineOffset(text: string, line: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const next = text.indexOf('\n', offset);
    if (next === -1) return text.length;
    offset = next + 1;
  }
  return offset;
}

function lineAt(text: string, line: number): string {
  const start = lineOffset(text, line);
  const end = text.indexOf('\n', start);
  return text.slice(start, end === -1 ? text.length : end).replace(/\r$/, '');
}

/** The separator the file's own update headings use, so a new heading looks like its neighbours. */
export function headingSeparator(text: string, incident: Incident): string {
  const first = incident.updates[0];
  if (!first) return '·';
  // The parser's own separator pattern, on the heading's text.
  const m = /\s+-\s+|\s*[·–—|]\s*/.exec(lineAt(text, first.line).replace(/^\s*##\s*/, ''));
  const sep = m?.[0].trim();
  return sep && ['·', '-', '–', '—', '|'].includes(sep) ? sep : '·';
}

/**
 * Inserts an update into an incident's timeline where its time belongs: at the top in the usual
 * newest-first file, at the bottom of the updates in an oldest-first one. `incident` is the
 * file's parsed form (it gives each update's line and time).
 */
export function insertUpdate(text: string, incident: Incident, update: NewUpdate): string {
  const eol = detectEol(text);
  const block = updateBlock(update, eol, headingSeparator(text, incident));
  const byLine = [...incident.updates].sort((a, b) => a.line - b.line);
  const firstU = byLine[0];
  const lastU = byLine[byLine.length - 1];
  const newestFirst = !firstU || !lastU || firstU.at.getTime() >= lastU.at.getTime();
  const target: Update | undefined = newestFirst ? byLine.find((u) => u.at <= update.at) : byLine.find((u) => u.at > update.at);
  if (target) return insertBeforeLine(text, target.line, block + eol);
  if (incident.report) return insertBeforeLine(text, incident.report.line, block + eol);
  return appendBlock(text, block, eol);
}

function insertBeforeLine(text: string, line: number, insert: string): string {
  const offset = lineOffset(text, line);
  return text.slice(0, offset) + insert + text.slice(offset);
}

/** Appends a block after a blank line, adding the final line break the file may lack. */
export function appendBlock(text: string, block: string, eol = detectEol(text)): string {
  let out = text;
  if (out.length && !out.endsWith('\n')) out += eol;
  if (out.length && !/(?:\r?\n){2}$/.test(out)) out += eol;
  return out + block;
}

export interface ComponentEntry {
  id: string;
  status: ComponentStatus;
}

export interface NewIncidentText {
  title: string;
  impact?: string;
  /** Written as a list of ids when `asList`, else as a map of id → status. */
  components: readonly ComponentEntry[];
  asList: boolean;
  started?: Date;
  eta?: Date;
  workaround?: string;
  update: NewUpdate;
}

function componentsField(components: readonly ComponentEntry[], asList: boolean): FrontmatterField[] {
  if (components.length === 0) return [];
  const value = asList ? components.map((c) => c.id) : Object.fromEntries(components.map((c) => [c.id, c.status]));
  return [{ key: 'components', value }];
}

/** A new incident file: frontmatter, a blank line, the first update. */
export function newIncidentText(input: NewIncidentText): string {
  const fields: FrontmatterField[] = [{ key: 'title', value: input.title }];
  if (input.impact) fields.push({ key: 'impact', value: input.impact });
  if (input.started) fields.push({ key: 'started', value: formatUtc(input.started) });
  fields.push(...componentsField(input.components, input.asList));
  if (input.eta) fields.push({ key: 'eta', value: formatUtc(input.eta) });
  if (input.workaround) fields.push({ key: 'workaround', value: input.workaround });
  return `${frontmatterBlock(fields)}\n${updateBlock(input.update)}`;
}

export interface NewMaintenanceText {
  title: string;
  window: { start: Date; end: Date };
  components: readonly ComponentEntry[];
  asList: boolean;
  update: NewUpdate;
}

export function newMaintenanceText(input: NewMaintenanceText): string {
  const fields: FrontmatterField[] = [
    { key: 'title', value: input.title },
    { key: 'kind', value: 'maintenance' },
    { key: 'window', value: { start: formatUtc(input.window.start), end: formatUtc(input.window.end) }, flow: true },
    ...componentsField(input.components, input.asList),
  ];
  return `${frontmatterBlock(fields)}\n${updateBlock(input.update)}`;
}
