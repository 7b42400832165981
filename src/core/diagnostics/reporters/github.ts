import { countBySeverity, type Diagnostic } from '../diagnostics.ts';
import { logLine, logLines } from '../../shared/text-safety.ts';
import { summaryLine } from './human.ts';

/**
 * GitHub Actions workflow commands, so findings show inline on a pull request's diff:
 * `::error file=incidents/x.md,line=7,col=4,title=unknown-component::"apii" is not a component…`.
 * `prefix` is the content root's path from the repository root (e.g. `status/` when STATUS_DIR=status).
 */
export function formatGithub(diagnostics: readonly Diagnostic[], files: number, prefix = ''): string {
  const out: string[] = [];
  for (const d of diagnostics) {
    const where: Record<string, string | number> = { file: prefix + d.file };
    if (d.line > 0) Object.assign(where, { line: d.line, col: d.column });
    const text = d.hint ? `${logLine(d.message)}\n${d.hint}` : logLine(d.message);
    out.push(workflowCommand(d.severity, text, { ...where, title: d.code }));
  }
  const { errors } = countBySeverity(diagnostics);
  out.push(`${errors ? '✖' : '✔'} ${summaryLine(diagnostics, files)}`);
  return out.join('\n');
}

export type AnnotationLevel = 'error' | 'warning' | 'notice';

/**
 * One workflow command (`::warning file=…,line=…::message`) that stays one command, whatever the
 * message and the properties hold: each line of the message made safe for a log, then escaped as
 * @actions/core escapes values, so the message's own line breaks show in the annotation.
 */
export function workflowCommand(level: AnnotationLevel, message: string, properties: Record<string, string | number> = {}): string {
  const props = Object.entries(properties).map(([key, value]) => `${key}=${escapeProperty(logLine(String(value)))}`);
  return `::${level}${props.length ? ` ${props.join(',')}` : ''}::${escapeData(logLines(message))}`;
}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
