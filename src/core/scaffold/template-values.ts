/**
 * The values a team's files are made from, as init records them in `.statusmark/template.json`, and
 * how each placeholder of a template is written for the file's format.
 */
import { Scalar, stringify } from 'yaml';

/** How a template's placeholders are written: as JSON strings, YAML scalars, or as they are. */
export type TemplateFormat = 'json' | 'yaml' | 'text';

export interface ScaffoldComponent {
  id: string;
  name: string;
}

export interface ScaffoldValues {
  name: string;
  url: string;
  components: ScaffoldComponent[];
  /** The npm name of the team's repository, from its folder's name. */
  packageName: string;
  /** The day of the example incident (YYYY-MM-DD): the day before init ran, so it is in the past. */
  exampleDate: string;
}

/** What the templates also need: the installed Statusmark and the content contract it writes. */
export interface RenderContext {
  statusmarkVersion: string;
  contract: number;
}

/** Words that read better in capitals as a component's name. */
const ACRONYMS = new Set(['api', 'cdn', 'dns', 'sms', 'sso', 'ui', 'ci', 'vpn', 'smtp', 'ftp', 'sdk', 'cli', 'id']);

/** `api` → `API`, `email-delivery` → `Email delivery`: a first name for a component id, for the team to improve. */
export function readableName(id: string): string {
  return id
    .split(/[-_]+/)
    .filter(Boolean)
    .map((word, i) => (ACRONYMS.has(word) ? word.toUpperCase() : i === 0 ? word[0]!.toUpperCase() + word.slice(1) : word))
    .join(' ');
}

/** A folder name as an npm package name: lower case, with anything npm refuses turned into `-`. */
export function packageNameOf(folderName: string): string {
  const name = folderName
    .toLowerCase()
    .replace(/[^a-z0-9._~-]+/g, '-')
    .replace(/^[-._]+|-+$/g, '');
  return name || 'status-page';
}

const yamlScalar = (value: string) => stringify(new Scalar(value)).trimEnd();

/** Each placeholder's text, written for a file of `format`. */
export function placeholders(values: ScaffoldValues, context: RenderContext, format: TemplateFormat): Record<string, string> {
  const raw: Record<string, string> = {
    name: values.name,
    url: values.url,
    packageName: values.packageName,
    description: `Current and past status of ${values.name.replace(/\s+status$/i, '')} services`,
    statusmarkRange: `^${context.statusmarkVersion}`,
    date: values.exampleDate,
    firstComponentId: values.components[0]!.id,
    exampleTitle: `Slow responses from ${values.components[0]!.name}`,
  };
  const written: Record<string, string> = Object.fromEntries(
    Object.entries(raw).map(([key, value]) => [
      key,
      format === 'json' ? JSON.stringify(value) : format === 'yaml' ? yamlScalar(value) : value,
    ]),
  );
  written.contract = String(context.contract);
  written.components = values.components.map((c) => `  - { id: ${c.id}, name: ${flowScalar(c.name)} }`).join('\n');
  return written;
}

/** A scalar that may stand inside a YAML flow map: plain when it can be, quoted otherwise. */
function flowScalar(value: string): string {
  return /^[A-Za-z0-9][A-Za-z0-9 ._()/'-]*$/.test(value) && !/\s$/.test(value) ? value : JSON.stringify(value);
}
