import { CONFIG_FILE } from '../../shared/content-layout.ts';
import { countBySeverity, type Diagnostic } from '../diagnostics.ts';
import { logLine, logLines } from '../../shared/text-safety.ts';

export interface HumanOptions {
  color: boolean;
  /** How many files were checked, for the summary line. */
  files?: number;
}

const paint = (on: boolean, code: string) => (text: string) => (on ? `\u001b[${code}m${text}\u001b[0m` : text);

/**
 * Compiler-style lines grouped by file: `incidents/x.md:7:4 error unknown-component "apii" is not …`.
 * Text from the content is made safe for a terminal and a CI log here, so no message has to.
 */
export function formatHuman(diagnostics: readonly Diagnostic[], options: HumanOptions): string {
  const red = paint(options.color, '31');
  const yellow = paint(options.color, '33');
  const dim = paint(options.color, '2');
  const bold = paint(options.color, '1');
  const out: string[] = [];
  let file: string | undefined;
  for (const d of diagnostics) {
    if (d.file !== file) {
      if (file !== undefined) out.push('');
      file = d.file;
    }
    const where = d.line > 0 ? `${logLine(d.file)}:${d.line}:${d.column}` : logLine(d.file);
    const severity = d.severity === 'error' ? red('error') : yellow('warning');
    out.push(`${bold(where)} ${severity} ${logLine(d.code)} ${logLine(d.message)}`);
    if (d.hint) out.push(dim(`  ${logLines(d.hint).split('\n').join('\n  ')}`));
  }
  if (options.files !== undefined) {
    if (out.length) out.push('');
    out.push(summaryLine(diagnostics, options.files, options.color));
  }
  return out.join('\n');
}

export function summaryLine(diagnostics: readonly Diagnostic[], files: number, color = false): string {
  const { errors, warnings } = countBySeverity(diagnostics);
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const text = `${checked(diagnostics, files)}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
  if (!color) return text;
  return errors ? `\u001b[31m✖\u001b[0m ${text}` : `\u001b[32m✔\u001b[0m ${text}`;
}

/** "2 incident files checked"; or why none was: the incidents are read only with a config that has no errors. */
function checked(diagnostics: readonly Diagnostic[], files: number): string {
  const config = diagnostics.filter((d) => d.file === CONFIG_FILE && d.severity === 'error');
  if (config.some((d) => d.code === 'config-missing')) return `incidents not checked, because there is no ${CONFIG_FILE}`;
  if (config.length) return `incidents not checked, because ${CONFIG_FILE} has errors`;
  return `${files} incident file${files === 1 ? '' : 's'} checked`;
}
