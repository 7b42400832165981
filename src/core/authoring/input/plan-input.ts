/** Gathering a command's input: the flags first, questions in a terminal for the rest. */
import { checkIncidentText } from '../../checks/check.ts';
import type { Incident } from '../../content/model.ts';
import { STATUS_LABELS } from '../../content/statuses.ts';
import { deriveState } from '../../status/timeline.ts';
import { str, type Values } from '../cli/cli-options.ts';
import { missing, programOf, type CliIo } from '../cli/cli-io.ts';
import { AuthoringError } from '../plan/authoring-error.ts';
import type { Context } from '../plan/context.ts';
import { parseComponents, type ComponentSpec } from '../plan/flag-values.ts';
import { messageFlag, withNext } from './message-input.ts';
import type { Prompter } from '../cli/prompts.ts';

export interface PlanInput {
  ctx: Context;
  values: Values;
  positionals: string[];
  /** Absent when there is no terminal to ask in, or --no-input. */
  ask: Prompter | undefined;
  io: CliIo;
  /** --at, or now. */
  at: Date;
}

/** The message (required), then --next, or the question for each, joined into the update's text. */
export async function messageWithNext(input: PlanInput, question: string): Promise<string> {
  const { ask, values, ctx, at } = input;
  const text =
    messageFlag(values, input.io) ??
    (ask ? await ask.text({ message: question, multiline: true, validate: notEmpty('the message') }) : missing('--message'));
  let next = str(values, 'next');
  if (next === undefined && ask)
    next = await ask.text({
      message: 'Next update in how many minutes? (empty: none)',
      initial: String(ctx.loaded.config.policy.update_interval_minutes),
    });
  return withNext(text, next, at, ctx.loaded.config.time_format);
}

/** A message the command has a default for: nothing when it is not given or the answer is empty. */
export async function optionalMessage(input: PlanInput, question: string): Promise<{ message?: string }> {
  const { ask } = input;
  const text =
    messageFlag(input.values, input.io) ?? (ask ? await ask.text({ message: question, multiline: true, initial: '' }) : undefined);
  return text?.trim() ? { message: text } : {};
}

/** --components as given; otherwise a pick from the config's components in a terminal. */
export async function affectedComponents(input: PlanInput): Promise<ComponentSpec[]> {
  const { ask, ctx } = input;
  const flag = input.values.components as string[] | undefined;
  if (flag) return parseComponents(flag, ctx.loaded);
  if (!ask) return [];
  const options = [...ctx.loaded.componentsById.values()].map((c) => ({
    value: c.id,
    label: c.name,
    ...(c.group ? { hint: c.group } : {}),
  }));
  return (await ask.multiselect({ message: 'Affected components', options })).map((id) => ({ id }));
}

/** The id given on the command line; in a terminal, a pick from the files that `filter` accepts. */
export async function pickIncident(input: PlanInput, filter: (i: Incident) => boolean, what: string): Promise<string> {
  const { ask, ctx } = input;
  const positional = input.positionals[0];
  if (positional) return positional;
  if (!ask) missing(`the incident id (${programOf(input.io)} <command> <id>)`);
  const choices: { value: string; label: string; hint: string }[] = [];
  for (const file of ctx.ws.files) {
    const { incident } = checkIncidentText(file, await ctx.ws.read(file), ctx.loaded, { now: ctx.now, errorsOnly: true });
    if (incident && filter(incident)) {
      const state = deriveState(incident, ctx.now);
      choices.push({ value: incident.id, label: incident.title, hint: `${incident.id} · ${STATUS_LABELS[state.status]}` });
    }
  }
  if (choices.length === 0) throw new AuthoringError(`there is no ${what} in ${ctx.ws.label}`);
  return ask.select({ message: `Which ${what}?`, options: choices });
}

export const notEmpty = (what: string) => (v: string) => (v.trim() ? undefined : `${what} is required`);

/** A prompt validator from a parser: its error message, or nothing when the answer parses. */
export function checked(parse: (value: string) => unknown): (v: string) => string | undefined {
  return (v: string) => {
    try {
      parse(v);
      return undefined;
    } catch (error) {
      return (error as Error).message;
    }
  };
}
