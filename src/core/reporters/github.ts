import { countBySeverity, type Diagnostic } from '../diagnostics.ts';
import { summaryLine } from './human.ts';

/**
 * GitHub Actions workflow commands, so findings show inline on a pull request's diff:
 * `::error file=incidents/x.md,line=7,col=4,title=unknown-component::"apii" is not a component…`.
 * `prefix` is the content root's path from the repository root (e.g. `status/` when STATUS_DIR=status).
 */
export function formatGithub(diagnostics: readonly Diagnostic[], files: number, prefix = ''): string {
  const out: string[] = [];
  for (const d of diagnostics) {
    const props = [`file=${escapeProperty(prefix + d.file)}`];
    if (d.line > 0) props.push(`line=${d.line}`, `col=${d.column}`);
    props.push(`title=${escapeProperty(d.code)}`);
    const text = d.hint ? `${d.message}\n${d.hint}` : d.message;
    out.push(`::${d.severity === 'error' ? 'error' : 'warning'} ${props.join(',')}::${escapeData(text)}`);
  }
  const { errors } = countBySeverity(diagnostics);
  out.push(`${errors ? '✖' : '✔'} ${summaryLine(diagnostics, files)}`);
  return out.join('\n');
}

// As @actions/core escapes them.
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
