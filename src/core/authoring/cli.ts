/**
 * `npm run status -- <command>`: write incidents and maintenance for the responder, checked with
 * the same code as `npm run check` before anything is written. Flags for everything; questions
 * (through @clack/prompts) for what is missing when it runs in a terminal.
 *
 * This file reads the command line and turns errors into exit statuses; `list` is in list-report.ts,
 * everything else goes through write-flow.ts.
 */
import { parseArgs } from 'node:util';
import { argsErrorMessage } from '../shared/cli-args.ts';
import type { Diagnostic } from '../diagnostics/diagnostics.ts';
import { formatHuman } from '../diagnostics/reporters/human.ts';
import { didYouMean } from '../shared/suggest.ts';
import { COMMAND_OPTIONS, type Values } from './cli/cli-options.ts';
import { programOf, UsageError, type CliIo } from './cli/cli-io.ts';
import { AuthoringError } from './plan/authoring-error.ts';
import { GitHubError } from '../github/client.ts';
import { commandHelp, generalHelp } from './cli/help.ts';
import { list } from './list-report.ts';
import { PromptCancelled } from './cli/prompts.ts';
import { tokenRefusal } from './cli/token-refusal.ts';
import { write } from './write-flow.ts';

export type { CliIo };

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const args = [...argv];
  if (args[0] === '--') args.shift();
  let command = args.shift();
  const run = programOf(io);
  if (!command || command === 'help' || command === '--help' || command === '-h') {
    const topic = command === 'help' ? args[0] : undefined;
    io.stdout((topic && commandHelp(topic, run)) || generalHelp(run));
    return command ? 0 : 2;
  }
  if (command === 'maintenance' && (args[0] === 'update' || args[0] === 'complete')) command = `maintenance ${args.shift()}`;
  const options = COMMAND_OPTIONS[command];
  if (!options) {
    io.stderr(`unknown command "${command}"${didYouMean(command, Object.keys(COMMAND_OPTIONS))}\n\n${generalHelp(run)}`);
    return 2;
  }
  const token = tokenRefusal(args, options);
  if (token) {
    io.stderr(token);
    return 2;
  }
  let values: Values;
  let positionals: string[];
  try {
    const parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
    values = parsed.values as Values;
    positionals = parsed.positionals;
  } catch (error) {
    io.stderr(`${argsErrorMessage(error, options, args)}\n\nRun \`${run} ${command} --help\` for the options.`);
    return 2;
  }
  if (values.help) {
    io.stdout(commandHelp(command.split(' ')[0]!, run)!);
    return 0;
  }
  try {
    if (command === 'list') return list(values, io);
    return await write(command, values, positionals, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`${error.message}\n\nRun \`${run} ${command} --help\` for the options and examples.`);
      return 2;
    }
    if (error instanceof PromptCancelled) {
      io.stderr(error.message);
      return 1;
    }
    if (error instanceof AuthoringError) {
      io.stderr(`✖ ${error.message}`);
      if (error.diagnostics.length) io.stderr(formatHuman(error.diagnostics, { color: Boolean(io.color) }));
      return 1;
    }
    if (error instanceof GitHubError) {
      io.stderr(`✖ ${error.message}\n  ${error.hint}`);
      return 1;
    }
    throw error;
  }
}

export type { Diagnostic };
