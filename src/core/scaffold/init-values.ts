/** The values init makes a team's files from: from the flags, else asked for in a terminal. */
import { basename } from 'node:path';
import { missing, UsageError, type CliIo } from '../authoring/cli/cli-io.ts';
import { siteUrlProblem } from '../content/config/config-addresses.ts';
import { packageNameOf, readableName, type ScaffoldValues } from './template-values.ts';

const COMPONENT_ID = /^[a-z0-9][a-z0-9_-]*$/;

export interface InitFlags {
  name?: string | undefined;
  url?: string | undefined;
  components?: string | undefined;
}

function componentIds(text: string): string[] {
  return text
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
}

function componentsProblem(text: string): string | undefined {
  const ids = componentIds(text);
  if (!ids.length) return 'name at least one component, e.g. api,dashboard,email';
  const bad = ids.find((id) => !COMPONENT_ID.test(id));
  if (bad) return `"${bad}" cannot be a component id: use lower-case letters, digits, "-" or "_", e.g. api or email-delivery`;
  const twice = ids.find((id, i) => ids.indexOf(id) !== i);
  if (twice) return `"${twice}" is listed twice`;
  return undefined;
}

function urlProblem(text: string): string | undefined {
  const problem = siteUrlProblem(text.trim());
  return problem ? `${problem.message}${problem.hint ? `; ${problem.hint}` : ''}` : undefined;
}

const nameProblem = (text: string) => (text.trim() ? undefined : 'the page needs a name, e.g. "Acme Status"');

async function value(
  io: CliIo,
  given: string | undefined,
  flag: string,
  problem: (text: string) => string | undefined,
  question: string,
  placeholder: string,
): Promise<string> {
  if (given !== undefined) {
    const wrong = problem(given);
    if (wrong) throw new UsageError(`--${flag} "${given}": ${wrong}`);
    return given.trim();
  }
  if (!io.interactive || !io.prompter) missing(`--${flag}`);
  return (await io.prompter.text({ message: question, placeholder, validate: problem })).trim();
}

/** The day before `now`, so the example incident is in the past wherever the reader is. */
function dayBefore(now: Date): string {
  return new Date(now.getTime() - 86_400_000).toISOString().slice(0, 10);
}

export async function initValues(io: CliIo, folder: string, flags: InitFlags, now: Date): Promise<ScaffoldValues> {
  const name = await value(io, flags.name, 'name', nameProblem, 'Name of the status page', 'Acme Status');
  const url = await value(io, flags.url, 'url', urlProblem, 'Where will the page be published?', 'https://status.acme.example/');
  const ids = componentIds(
    await value(
      io,
      flags.components,
      'components',
      componentsProblem,
      'Components customers can tell apart (comma-separated ids)',
      'api,dashboard,email',
    ),
  );
  return {
    name,
    url,
    components: ids.map((id) => ({ id, name: readableName(id) })),
    packageName: packageNameOf(basename(folder)),
    exampleDate: dayBefore(now),
  };
}
