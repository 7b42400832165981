import type { ComponentConfig } from '../../src/core/content/config/config-schema.ts';
import type { Incident } from '../../src/core/content/model.ts';
import { parseIncidentAt } from '../../src/core/checks/in-future.ts';

export const NOW = new Date('2026-11-21T00:00:00Z');

export const COMPONENTS = new Map<string, ComponentConfig>(['api', 'dashboard', 'email'].map((id) => [id, { id, name: id.toUpperCase() }]));

/** Parses one file's text and checks it at `now`, failing the test with the diagnostics when it has errors. */
export function parseOk(text: string, file = 'incidents/2026-11-20-test.md', now = NOW): Incident {
  const { incident, diagnostics } = parseIncidentAt(file, text, { components: COMPONENTS }, now);
  if (!incident) throw new Error(diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`).join('\n'));
  return incident;
}

export function diagnosticsOf(text: string, file = 'incidents/2026-11-20-test.md', now = NOW) {
  return parseIncidentAt(file, text, { components: COMPONENTS }, now).diagnostics;
}
