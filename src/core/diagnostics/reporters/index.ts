import type { Diagnostic } from '../diagnostics.ts';
import { formatGithub } from './github.ts';
import { formatHuman } from './human.ts';
import { formatJson } from './json.ts';

export interface ReportInput {
  diagnostics: readonly Diagnostic[];
  files: number;
  color: boolean;
  /** The content root's path from the repository root, with a trailing `/` (GitHub annotations need repository paths). */
  pathPrefix?: string;
}

/** Reporters by `--format` name; a new output (GitHub annotations, SARIF) is one more entry. */
export const REPORTERS: Record<string, (input: ReportInput) => string> = {
  human: ({ diagnostics, files, color }) => formatHuman(diagnostics, { color, files }),
  json: ({ diagnostics, files }) => formatJson(diagnostics, files),
  github: ({ diagnostics, files, pathPrefix }) => formatGithub(diagnostics, files, pathPrefix),
};
