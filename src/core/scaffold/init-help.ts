export const INIT_HELP = `Usage: npx statusmark init <folder> [options]

Starts a status page: writes a new repository into <folder> that holds only what a team owns
(package.json, astro.config.mjs, status.config.yaml, incidents/ with one example, public/,
the GitHub workflows, Dependabot, .nvmrc, .gitignore and a README). Asks for what is missing
when it runs in a terminal.

Options:
  --name <text>          the page's name, e.g. "Acme Status"
  --url <url>            where it will be published, e.g. https://status.acme.example/
  --components <list>    comma-separated component ids, e.g. api,dashboard,email
  --force                write into a folder that is not empty (files of the same name are replaced)
  --yes                  do not ask before writing
  -h, --help             show this help

Example:
  npx statusmark init my-status --name "Acme Status" --url https://status.acme.example/ --components api,dashboard,email`;

export const UPGRADE_HELP = `Usage: npx statusmark upgrade [options]

Run in a repository made by \`statusmark init\`: brings the workflows, the README and the other
files init made up to the installed Statusmark, and rewrites content written in an older form.
A file you never edited is replaced and its diff printed; a file you edited is only replaced
when you say so (in a terminal it asks; otherwise it keeps yours).

Options:
  --dry-run              print the diffs and write nothing
  --yes                  do not ask before writing; files you edited are still kept
  --take <file>          replace this file you edited with the template's version (repeatable)
  -h, --help             show this help

Exit status: 0 when everything is up to date or was brought up to date, 1 when a file you
edited was kept and differs from the template, 2 on bad usage.`;
