import type { Diagnostic } from '../diagnostics/diagnostics.ts';
import type { Incident } from './model.ts';

/** What parseIncident gives for one file. */
export interface ParseResult {
  incident?: Incident;
  diagnostics: Diagnostic[];
}

/**
 * A memo of whole parsed incident files that a caller may hand to loadContentRoot: for a file
 * parsed before with the same text and components, `recall` gives that parse's result (a fresh
 * copy each time), so an unchanged file costs a read and a hash. It must give exactly what
 * parseIncident would give: its keys cover the path, the text, the components and the code (see
 * parsed-incident-cache.ts).
 */
export interface ParsedIncidents {
  recall(file: string, text: string, components: string): ParseResult | undefined;
  remember(file: string, text: string, components: string, result: ParseResult): void;
}
