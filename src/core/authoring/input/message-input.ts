/** The update's text from the flags: --message or --message-file, and the --next sentence after it. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TimeFormat } from '../../content/config/config-schema.ts';
import { promisedLabel } from '../text/clock.ts';
import { str, type Values } from '../cli/cli-options.ts';
import { UsageError, type CliIo } from '../cli/cli-io.ts';
import { parseNext } from '../plan/flag-values.ts';

export function messageFlag(values: Values, io: CliIo): string | undefined {
  const file = str(values, 'message-file');
  if (file !== undefined) {
    if (str(values, 'message') !== undefined) throw new UsageError('give --message or --message-file, not both');
    const read = io.readFile ?? ((p: string) => readFileSync(p === '-' ? 0 : p, 'utf8'));
    try {
      return read(file === '-' ? '-' : resolve(io.cwd, file));
    } catch (error) {
      throw new UsageError(`--message-file: cannot read "${file}": ${(error as Error).message}`);
    }
  }
  return str(values, 'message');
}

/** `--next 30` or `--next "15:10 UTC"` → " Next update by 15:10 UTC." (or "3:10 PM UTC", on the site's clock) after the message. */
export function withNext(text: string, next: string | undefined, at: Date, clock: TimeFormat): string {
  if (next === undefined || next.trim() === '') return text;
  const sentence = `Next update by ${promisedLabel(parseNext(next, at), at, clock)}.`;
  return /[.!?]$/.test(text.trim()) || !text.trim() ? `${text.trim()} ${sentence}`.trim() : `${text.trim()}. ${sentence}`;
}
