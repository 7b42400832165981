/** Small helpers for scripts that run inside GitHub Actions (and in tests, with the same env). */
import { appendFileSync, readFileSync } from 'node:fs';
import { workflowCommand, type AnnotationLevel } from '../core/diagnostics/reporters/github.ts';
import { logLines } from '../core/shared/text-safety.ts';

export function readEvent(env: NodeJS.ProcessEnv): Record<string, any> {
  const path = env.GITHUB_EVENT_PATH;
  if (!path) return {};
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Record<string, any>;
  } catch (error) {
    throw new Error(`could not read the event payload ${path}: ${(error as Error).message}`, { cause: error });
  }
}

/** Appends `key=value` to $GITHUB_OUTPUT (a step output), when there is one. */
export function setOutput(env: NodeJS.ProcessEnv, key: string, value: string): void {
  if (env.GITHUB_OUTPUT) appendFileSync(env.GITHUB_OUTPUT, `${key}=${value}\n`);
}

/** Appends Markdown to the job summary, when there is one. */
export function addSummary(env: NodeJS.ProcessEnv, markdown: string): void {
  if (env.GITHUB_STEP_SUMMARY) appendFileSync(env.GITHUB_STEP_SUMMARY, `${markdown}\n`);
}

/**
 * Prints lines to the log. The workflow scripts print through here (and `annotate`) only, so text
 * from content or from a server can never become a workflow command or a terminal escape.
 */
export function print(text: string): void {
  console.log(logLines(text));
}

/** `print` for the error stream. */
export function printError(text: string): void {
  console.error(logLines(text));
}

/** A workflow-command annotation (`::warning::…`), which also reads fine in a terminal. */
export function annotate(level: AnnotationLevel, message: string): void {
  console.log(workflowCommand(level, message));
}
