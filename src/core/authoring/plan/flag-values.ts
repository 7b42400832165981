/**
 * Values from flags or prompts, read and checked: times, durations, impacts, statuses,
 * components, titles and messages. Each bad value is an AuthoringError that says what to write.
 */
import type { LoadedConfig } from '../../content/config/config.ts';
import type { ComponentChange } from '../../content/model.ts';
import {
  COMPONENT_STATUSES,
  IMPACTS,
  INCIDENT_STATUSES,
  isIncidentStatus,
  isMaintenanceStatus,
  MAINTENANCE_STATUSES,
  normaliseWord,
  parseComponentStatus,
  type ComponentStatus,
  type Impact,
  type IncidentStatus,
  type MaintenanceStatus,
} from '../../content/statuses.ts';
import { didYouMean } from '../../shared/suggest.ts';
import { DAY, formatUtc, MINUTE, offsetMinutes, offsetProblem, parseTime } from '../../shared/time.ts';
import { normaliseMessage } from '../text/incident-text.ts';
import { AuthoringError } from './authoring-error.ts';

/** "14:05 UTC", "14:05 +01:00", or on a 12-hour clock "2:05 PM UTC": a time of day, with its zone. */
const TIME_OF_DAY = /^(\d{1,2}):(\d{2})(?:\s*([ap])\.?m\.?)?(\s?(?:z|utc|gmt|[+-]\d{2}:?\d{2}))$/i;

export function parseAt(text: string | undefined, now: Date, what = '--at'): Date {
  if (text === undefined || text.trim() === '' || text.trim().toLowerCase() === 'now') return now;
  const t = text.trim();
  // A time of day is today, in its zone.
  const short = TIME_OF_DAY.exec(t);
  if (short) {
    const [, h, m, half, zoneText] = short;
    const zone = zoneText!.trim();
    const offset = offsetMinutes(zone);
    if (offset === undefined) throw new AuthoringError(`${what}: ${offsetProblem(zone)}`);
    let hour = Number(h);
    if (half) {
      if (hour < 1 || hour > 12)
        throw new AuthoringError(`${what}: "${t}" is not a time; on a 12-hour clock the hour is 1 to 12, e.g. 2:35 PM UTC or 14:35 UTC`);
      hour = (hour % 12) + (half.toLowerCase() === 'p' ? 12 : 0);
    }
    const localDay = new Date(now.getTime() + offset * MINUTE).toISOString().slice(0, 10);
    return parseAt(`${localDay} ${String(hour).padStart(2, '0')}:${m}${zoneText}`, now, what);
  }
  const r = parseTime(t);
  if (r.ok) return r.date;
  throw new AuthoringError(`${what}: ${r.message}`);
}

/** `--next`: minutes after the update, or a time; a time of day alone is the next such time after the update, as readers take it. */
export function parseNext(text: string, at: Date): Date {
  const t = text.trim();
  if (/^\d+$/.test(t)) return new Date(at.getTime() + Number(t) * MINUTE);
  let due = parseAt(t, at, '--next');
  if (due < at && TIME_OF_DAY.test(t)) due = new Date(due.getTime() + DAY);
  if (due < at)
    throw new AuthoringError(
      `--next: ${formatUtc(due)} is before the update (${formatUtc(at)}); give a later time, or minutes such as --next 30`,
    );
  return due;
}

/** "2h", "90m", "1h30m", "1 h 30 min", "45 minutes" → milliseconds. */
export function parseDuration(text: string): number {
  const m = /^\s*(?:(\d+(?:\.\d+)?)\s*h(?:ours?|rs?)?)?\s*(?:(\d+)\s*m(?:in(?:utes?)?)?)?\s*$/i.exec(text);
  if (!m || (!m[1] && !m[2])) throw new AuthoringError(`--duration: "${text}" is not a duration; write e.g. 2h, 90m or 1h30m`);
  const ms = (Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0)) * MINUTE;
  if (ms <= 0) throw new AuthoringError('--duration must be longer than zero');
  return ms;
}

export function parseImpact(text: string): Impact {
  const word = normaliseWord(text);
  if ((IMPACTS as readonly string[]).includes(word)) return word as Impact;
  throw new AuthoringError(`--impact: "${text}" is not an impact${didYouMean(word, IMPACTS)}; use one of: ${IMPACTS.join(', ')}`);
}

export function parseIncidentStatus(text: string): IncidentStatus {
  const word = normaliseWord(text);
  if (isIncidentStatus(word)) return word;
  const hint = isMaintenanceStatus(word) ? ' (that is a maintenance status)' : didYouMean(word, INCIDENT_STATUSES);
  throw new AuthoringError(`--status: "${text}" is not an incident status${hint}; use one of: ${INCIDENT_STATUSES.join(', ')}`);
}

export function parseMaintenanceStatus(text: string): MaintenanceStatus {
  const word = normaliseWord(text);
  if (isMaintenanceStatus(word)) return word;
  const hint = isIncidentStatus(word) ? ' (that is an incident status)' : didYouMean(word, MAINTENANCE_STATUSES);
  throw new AuthoringError(`--status: "${text}" is not a maintenance status${hint}; use one of: ${MAINTENANCE_STATUSES.join(', ')}`);
}

export interface ComponentSpec {
  id: string;
  status?: ComponentStatus;
}

/** `api, dashboard=degraded, email: down` (or several flags) → ids checked against the config, statuses normalised. */
export function parseComponents(
  values: string | readonly string[] | undefined,
  loaded: LoadedConfig,
  flag = '--components',
): ComponentSpec[] {
  const list = (typeof values === 'string' ? [values] : (values ?? [])).flatMap((v) => v.split(/[,;]/));
  const known = [...loaded.componentsById.keys()];
  const out: ComponentSpec[] = [];
  for (const raw of list) {
    const part = raw.trim();
    if (!part) continue;
    const m = /^([^\s=:→>]+)\s*(?:(?:=|:|->|→)\s*(.+))?$/.exec(part);
    if (!m) throw new AuthoringError(`${flag}: "${part}" is not a component; write ids like api,dashboard or changes like api=operational`);
    const id = m[1]!;
    if (!loaded.componentsById.has(id)) {
      throw new AuthoringError(`${flag}: "${id}" is not a component${didYouMean(id, known)} (the components are: ${known.join(', ')})`);
    }
    let status: ComponentStatus | undefined;
    if (m[2] !== undefined) {
      status = parseComponentStatus(m[2]);
      if (!status) {
        throw new AuthoringError(
          `${flag}: "${m[2]}" is not a component status${didYouMean(normaliseWord(m[2]), COMPONENT_STATUSES)}; use one of: ${COMPONENT_STATUSES.join(', ')} (or ok, degraded, partial, down)`,
        );
      }
    }
    const existing = out.findIndex((c) => c.id === id);
    if (existing >= 0) out.splice(existing, 1);
    out.push({ id, ...(status ? { status } : {}) });
  }
  return out;
}

export function changesOf(specs: readonly ComponentSpec[], flag = '--components'): ComponentChange[] {
  return specs.map((s) => {
    if (!s.status) throw new AuthoringError(`${flag}: say the new status of "${s.id}", e.g. ${s.id}=operational`);
    return { component: s.id, status: s.status };
  });
}

/** A title is one line: lists, feeds, notifications and the browser tab show it. */
export function requireTitle(text: string, example: string): string {
  const title = text.trim();
  if (!title) throw new AuthoringError(`--title is empty: say ${example}`);
  if (/[\r\n]/.test(title))
    throw new AuthoringError(
      '--title has a line break: a title is one line, shown in lists, feeds and notifications; put the details in --message',
    );
  return title;
}

/** The workaround as typed, line breaks normalised, without the blank space around it. */
export function workaroundText(text: string | undefined): string | undefined {
  const workaround = normaliseMessage(text ?? '').trimStart();
  return workaround || undefined;
}

export function requireMessage(message: string | undefined, flag = '--message'): string {
  const text = normaliseMessage(message ?? '');
  if (!text) throw new AuthoringError(`${flag} is empty: say what customers see, what you are doing and when the next update comes`);
  if (/^ {0,3}##(?:[ \t]|$)/m.test(text)) {
    throw new AuthoringError(`${flag}: a line starting with "## " would start a new update; use "###" for a heading inside an update`);
  }
  return text;
}
