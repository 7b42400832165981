import type { Diagnostic } from '../diagnostics.ts';
import { formatHuman } from './human.ts';
import { formatJson } from './json.ts';

export interface ReportInput {
  diagnostics: readonly Diagnostic[];
  files: number;
  color: boolean;
}

/** Reporters by `--format` name; a new output (GitHub annotations, SARIF) is one more entry. */
export const REPORTERS: Record<string, (input: ReportInput) => string> = {
  human: ({ diagnostics, files, color }) => formatHuman(diagnostics, { color, files }),
  json: ({ diagnostics, files }) => formatJson(diagnostics, files),
};
