import { checkIncidentText } from '../../src/core/checks/check.ts';
import { parseConfig, type LoadedConfig } from '../../src/core/content/config/config.ts';
import type { Diagnostic } from '../../src/core/diagnostics/diagnostics.ts';
import { BASE_CONFIG } from './content-root.ts';

export function loadedConfig(extra = ''): LoadedConfig {
  const { loaded, diagnostics } = parseConfig(BASE_CONFIG + extra);
  if (!loaded) throw new Error(diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`).join('\n'));
  return loaded;
}

/** Everything `npm run check` says about one incident file's text. Fails on content errors (the lint needs a valid file). */
export function lint(text: string, options: { now?: string; config?: string; file?: string } = {}): Diagnostic[] {
  const { incident, diagnostics } = checkIncidentText(options.file ?? 'incidents/2026-11-20-test.md', text, loadedConfig(options.config), {
    now: new Date(options.now ?? '2026-11-21T00:00:00Z'),
  });
  if (!incident) throw new Error(diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`).join('\n'));
  return diagnostics;
}

export const codes = (list: readonly Diagnostic[]) => list.map((d) => d.code);
