import type { ParseArgsConfig } from 'node:util';
import { didYouMean } from './suggest.ts';

/**
 * What `parseArgs` (node:util) refused, said as the commands say everything else: the option as
 * typed, and what to write instead. Node's own wording talks about positionals and `--` escapes,
 * which is not what a mistyped flag needs.
 */
export function argsErrorMessage(error: unknown, options: NonNullable<ParseArgsConfig['options']>, args: readonly string[] = []): string {
  const { code, message } = error as { code?: string; message: string };
  const typed = /'(-{1,2}[^' ]+)/.exec(message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && typed) {
    const known = Object.entries(options).flatMap(([name, o]) => [`--${name}`, ...(o.short ? [`-${o.short}`] : [])]);
    return `unknown option "${typed}"${didYouMean(typed, known)}`;
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && typed) {
    const name = typed.replace(/^-+/, '');
    const option = options[name] ?? Object.values(options).find((o) => o.short === name);
    if (option?.type === 'boolean') return `${typed} takes no value`;
    // parseArgs takes no value that starts with "-"; one that is not an option was meant as the value.
    const next = args.includes(typed) ? args[args.indexOf(typed) + 1] : undefined;
    if (next !== undefined && !isOption(next, options))
      return `${typed} "${next}": a value that starts with "-" goes after an equals sign, e.g. ${typed}="${next}"`;
    return `${typed} needs a value, e.g. ${typed} "…"`;
  }
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
    const word = /'([^']*)'/.exec(message)?.[1] ?? '';
    return `unexpected argument "${word}"; this command takes only options`;
  }
  return message;
}

function isOption(arg: string, options: NonNullable<ParseArgsConfig['options']>): boolean {
  const long = /^--([^=]+)/.exec(arg)?.[1];
  if (long !== undefined) return long in options;
  const short = /^-([^-])$/.exec(arg)?.[1];
  return short !== undefined && Object.values(options).some((o) => o.short === short);
}
