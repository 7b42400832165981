import { countBySeverity, type Diagnostic } from '../diagnostics.ts';
import { logJson } from '../../shared/text-safety.ts';

/** Machine-readable findings: `{ files, errors, warnings, diagnostics: [...] }`, the text of each exactly as found. */
export function formatJson(diagnostics: readonly Diagnostic[], files: number): string {
  const { errors, warnings } = countBySeverity(diagnostics);
  return logJson(JSON.stringify({ files, errors, warnings, diagnostics }, null, 2));
}
