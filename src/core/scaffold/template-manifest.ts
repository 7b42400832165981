/**
 * The files `statusmark init` writes, each from a template under src/templates/, and which of them
 * `statusmark upgrade` keeps current. Templates are named `<path>.tmpl` with no leading dot, since
 * npm leaves a package's `.gitignore` out and GitHub would run a `.github/` folder of our own.
 */
import type { ScaffoldValues, TemplateFormat } from './template-values.ts';

/**
 * The templates' version. Bump it whenever a template's text changes, so a team's
 * `.statusmark/template.json` says which version its files were made from.
 */
export const TEMPLATE_VERSION = 3;

/** Where init records the values and what it wrote; the team commits it and upgrade reads it. */
export const RECORD_FILE = '.statusmark/template.json';

export interface TemplateFile {
  /** Where it goes in the team's repository. */
  path: string;
  /** Its template, relative to src/templates/. */
  source: string;
  format: TemplateFormat;
  /**
   * `managed`: upgrade brings it to the installed version, keeping the team's edits.
   * `seed`: written once by init and then the team's alone (its content, its dependencies).
   */
  kind: 'managed' | 'seed';
}

export function templateFiles(values: ScaffoldValues): TemplateFile[] {
  return [
    { path: 'package.json', source: 'package.json.tmpl', format: 'json', kind: 'seed' },
    { path: 'astro.config.mjs', source: 'astro.config.mjs.tmpl', format: 'text', kind: 'managed' },
    { path: 'status.config.yaml', source: 'status.config.yaml.tmpl', format: 'yaml', kind: 'seed' },
    { path: exampleIncidentPath(values), source: 'incidents/example.md.tmpl', format: 'yaml', kind: 'seed' },
    { path: 'public/.gitkeep', source: 'public/gitkeep.tmpl', format: 'text', kind: 'seed' },
    { path: '.github/workflows/deploy.yml', source: 'github/workflows/deploy.yml.tmpl', format: 'text', kind: 'managed' },
    { path: '.github/workflows/pr.yml', source: 'github/workflows/pr.yml.tmpl', format: 'text', kind: 'managed' },
    { path: '.github/workflows/watchdog.yml', source: 'github/workflows/watchdog.yml.tmpl', format: 'text', kind: 'managed' },
    { path: '.github/workflows/timekeeper.yml', source: 'github/workflows/timekeeper.yml.tmpl', format: 'text', kind: 'managed' },
    { path: '.github/dependabot.yml', source: 'github/dependabot.yml.tmpl', format: 'text', kind: 'managed' },
    { path: '.nvmrc', source: 'nvmrc.tmpl', format: 'text', kind: 'managed' },
    { path: '.gitignore', source: 'gitignore.tmpl', format: 'text', kind: 'managed' },
    { path: 'README.md', source: 'README.md.tmpl', format: 'text', kind: 'managed' },
  ];
}

export function exampleIncidentPath(values: ScaffoldValues): string {
  return `incidents/${values.exampleDate}-slow-responses.md`;
}
