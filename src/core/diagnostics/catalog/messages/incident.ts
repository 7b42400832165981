import { entry } from '../entry.ts';

/** The heading of an update, as every hint that shows one writes it. */
export const HEADING_EXAMPLE = '## 2026-11-20 14:05 UTC · Investigating';
const SCHEDULED_EXAMPLE = '## 2026-11-20 09:00 UTC · Scheduled';

/** Reading one incident or maintenance file: its name, frontmatter, components and updates. */
export const INCIDENT_MESSAGES = {
  badFileName: entry('bad-file-name', {
    message: ({ name, unseen }: { name: string; unseen: string | undefined }) =>
      `"${name}" cannot be used in a URL${unseen ? `: it holds ${unseen}, which readers cannot see` : ''}`,
    hint: () => 'name the file like 2026-11-20-api-errors.md: letters, digits and dashes',
  }),
  missingFrontmatter: entry('missing-frontmatter', {
    message: () => 'the file must start with frontmatter between `---` lines',
    hint: () => 'start with:\n---\ntitle: What customers see\nimpact: minor\ncomponents: [api]\n---',
  }),
  frontmatterNotAMap: entry('invalid-field', {
    message: () => 'the frontmatter must be a map of fields',
    hint: () => 'write `title: …` on its own line',
  }),
  unknownKind: entry('invalid-field', {
    message: ({ kind }: { kind: string }) => `kind "${kind}" is not known`,
    hint: () => 'write `kind: maintenance` for scheduled maintenance, or leave `kind` out for an incident',
  }),
  windowInIncident: entry('invalid-field', {
    message: () => '`window` is only for scheduled maintenance',
    hint: () => 'add `kind: maintenance` if this is planned work, or remove `window`',
  }),
  unknownComponent: entry('unknown-component', {
    message: ({ id, suggestion }: { id: string; suggestion: string; known: readonly string[] }) =>
      `"${id}" is not a component${suggestion}`,
    hint: ({ known }) => `the components in status.config.yaml are: ${known.join(', ')}`,
  }),
  frontmatterComponentStatus: entry('unknown-component-status', {
    message: ({ status, suggestion }: { status: string; suggestion: string }) =>
      `"${status}" is not a status an incident can give a component${suggestion}`,
    hint: () => 'write degraded_performance, partial_outage or major_outage (or under_maintenance for maintenance)',
  }),
  updateComponentStatus: entry('unknown-component-status', {
    message: ({ status, guess }: { status: string; guess: string | undefined; statuses: readonly string[] }) =>
      `"${status}" is not a component status${guess ? `; did you mean "${guess}"?` : ''}`,
    hint: ({ statuses }) => `write one of: ${statuses.join(', ')}`,
  }),
  badComponentChange: entry('bad-component-change', {
    message: ({ part }: { part: string }) => `"${part}" is not a component change`,
    hint: () => 'write `Components: api = operational, dashboard = degraded_performance`',
  }),
  timeNoZone: entry('time-no-zone', {
    message: ({ what, problem }: { what: string; problem: string }) => `${what}: ${problem}`,
    hint: () => 'times must say their zone so every reader sees the right moment',
  }),
  timeDoesNotExist: entry('invalid-time', {
    message: ({ what, problem }: { what: string; problem: string }) => `${what}: ${problem}`,
    hint: () => 'that day or hour does not exist; check the date and the 24-hour time',
  }),
  timeUnreadable: entry('invalid-time', {
    message: ({ what, problem }: { what: string; problem: string; example: string }) => `${what}: ${problem}`,
    hint: ({ example }) => `write a time like \`${example}\``,
  }),
  noUpdates: entry('no-updates', {
    message: () => 'this incident has no updates yet',
    hint: () => `add one under the frontmatter: \`${HEADING_EXAMPLE}\` and a line saying what customers see`,
  }),
  noAnnouncement: entry('no-updates', {
    message: () => 'this maintenance has no announcement yet',
    hint: () => `add one under the frontmatter: \`${SCHEDULED_EXAMPLE}\` and a line saying what customers see`,
  }),
  notAnUpdate: entry('not-an-update', {
    message: ({ heading }: { heading: string }) => `the level-2 heading "${heading}" is not an update`,
    hint: () =>
      `updates start with \`${HEADING_EXAMPLE}\`; use \`###\` for a heading inside an update, or \`## Post-incident report\` to start the report`,
  }),
  noSeparator: entry('bad-update-heading', {
    message: ({ heading }: { heading: string }) => `"${heading}" needs a separator between the time and the status`,
    hint: () => `write it like \`${HEADING_EXAMPLE}\` (the separator may be ·, -, –, — or |)`,
  }),
  emptyUpdate: entry('empty-update', {
    message: () => 'this update has no text',
    hint: () => 'say what customers see, what you are doing and when the next update comes',
  }),
  maintenanceStatusInIncident: entry('unknown-status', {
    message: ({ status, allowed }: { status: string; allowed: readonly string[] }) =>
      `"${status}" is a maintenance status; add \`kind: maintenance\` to the frontmatter, or use one of ${allowed.join(', ')}`,
    hint: ({ allowed }) => `write one of: ${allowed.join(', ')}`,
  }),
  incidentStatusInMaintenance: entry('unknown-status', {
    message: ({ status, allowed }: { status: string; allowed: readonly string[] }) =>
      `"${status}" is an incident status; maintenance uses ${allowed.join(', ')}`,
    hint: ({ allowed }) => `write one of: ${allowed.join(', ')}`,
  }),
  unknownStatus: entry('unknown-status', {
    message: ({ status, suggestion }: { status: string; suggestion: string; allowed: readonly string[] }) =>
      `"${status}" is not a status${suggestion}`,
    hint: ({ allowed }) => `write one of: ${allowed.join(', ')}`,
  }),
  internalError: entry('internal-error', {
    message: ({ error }: { error: string }) => `could not read this file: ${error}`,
    hint: () => 'please report this with the file attached',
  }),
};
