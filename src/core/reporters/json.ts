import { countBySeverity, type Diagnostic } from '../diagnostics.ts';

/** Machine-readable findings: `{ files, errors, warnings, diagnostics: [...] }`. */
export function formatJson(diagnostics: readonly Diagnostic[], files: number): string {
  const { errors, warnings } = countBySeverity(diagnostics);
  return JSON.stringify({ files, errors, warnings, diagnostics }, null, 2);
}
