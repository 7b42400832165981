import { splitFrontmatter } from '../content/frontmatter-split.ts';
import type { Incident } from '../content/model.ts';
import { parseIncident, type ParseContext } from '../content/parse-incident.ts';
import { YamlSource } from '../content/yaml/yaml-source.ts';
import { CATALOG } from '../diagnostics/catalog/catalog.ts';
import { DiagnosticBag, type Diagnostic } from '../diagnostics/diagnostics.ts';
import { formatUtc } from '../shared/time.ts';

/**
 * What can only be wrong at a given moment: an update, `started` or `resolved` after `now`. They
 * are errors like the parser's, but a parse result does not depend on the clock, so they are
 * checked here, on an incident that parsed, with `text` its file's text.
 */
export function checkAtNow(incident: Incident, text: string, now: Date): Diagnostic[] {
  const bag = new DiagnosticBag(incident.file);
  const nowText = formatUtc(now);
  for (const u of [...incident.updates].reverse()) {
    if (u.at > now) {
      bag.report(CATALOG.updateInFuture, { line: u.line, column: 4 }, { now: nowText });
    }
  }
  // Where `started` or `resolved` is written, the incident holds that time. Only a time after now
  // costs a second, positioned read of the frontmatter, to see whether it was written and where.
  if (incident.started > now || (incident.resolved && incident.resolved > now)) {
    const yaml = new YamlSource(splitFrontmatter(text.replace(/^\uFEFF/, '')).yaml, 1);
    const written = yaml.toJS() as Record<string, unknown>;
    if ('started' in written && incident.started > now) {
      bag.report(CATALOG.startedInFuture, yaml.position(['started']));
    }
    if ('resolved' in written && incident.resolved && incident.resolved > now) {
      bag.report(CATALOG.resolvedInFuture, yaml.position(['resolved']));
    }
  }
  return bag.items;
}

/** parseIncident, then checkAtNow: one file as the check and the build see it at `now`. */
export function parseIncidentAt(
  file: string,
  text: string,
  ctx: ParseContext,
  now: Date,
): { incident?: Incident; diagnostics: Diagnostic[] } {
  const parsed = parseIncident(file, text, ctx);
  if (!parsed.incident) return parsed;
  const late = checkAtNow(parsed.incident, text, now);
  return late.length ? { diagnostics: [...parsed.diagnostics, ...late] } : parsed;
}
