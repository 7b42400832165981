/**
 * What `--help` and `<command> --help` print. `run` is how the responder starts these commands:
 * `npx statusmark` through the package's bin (any project that installs it), `npm run status --`
 * through this repository's script; every usage line and example says the one that was run.
 */
import { IMPACTS, INCIDENT_STATUSES, MAINTENANCE_STATUSES } from '../../content/statuses.ts';
import { IN_ERROR_MESSAGE, IN_ERROR_OPENING } from '../plan/incident-plans.ts';

const WRITE_OPTIONS = `Writing options (every command but list):
  --at <time>           when the update is posted (default: now), e.g. "2026-11-20 14:05 UTC" or "14:05 UTC"
  --dry-run             print the resulting file instead of writing it
  -y, --yes             don't ask for confirmation in a terminal
  --no-input            never ask questions; fail on missing flags instead
  --pr                  open a pull request through the GitHub API instead of writing locally;
                        reads the files from GitHub, so no clone is needed. The token comes from
                        $GITHUB_TOKEN or $GH_TOKEN, else from \`gh auth token\` (the GitHub CLI)
  --repo <owner/repo>   the repository for --pr (default: $GITHUB_REPOSITORY)
  --base <branch>       the branch to read and to open the pull request against (default: the repository's default branch)
  --branch <name>       the new branch (default: status/<id>/<command>-<time>)
  --content-dir <dir>   the content root's folder in the repository (default: the top)
  --api-url <url>       the GitHub API (default: $GITHUB_API_URL or https://api.github.com)
  --merge               merge the pull request right away, for teams that let responders publish directly
  -h, --help            show help`;

const NEXT_OPTION = `  --next <minutes|time>   end the message with "Next update by HH:MM UTC." on the site's clock
                          (time_format: 12h writes "2:35 PM UTC"); a time of day is the next one`;

export const generalHelp = (run: string): string => `Usage: ${run} <command> [options]

Writes incidents and maintenance in the documented Markdown format and checks the result with
the same code as \`npm run check\` before writing: it never leaves an invalid file behind.

Commands:
  new                          create an incident
  update <id>                  add an update to an incident's timeline
  resolve <id>                 add the Resolved update; components go back to operational
  resolve <id> --in-error      end an incident opened by mistake: no report, no downtime
  maintenance                  schedule maintenance
  maintenance update <id>      add an update to maintenance
  maintenance complete <id>    add the Completed update to maintenance
  report <id>                  add a post-incident report skeleton
  list                         open incidents and upcoming maintenance at a glance

Run \`${run} <command> --help\` for the options and examples of each.

Examples:
  ${run} new --title "Elevated error rates on the REST API" --impact major \\
    --components api --message "Some API requests fail. Retrying usually works. Next update by 14:35 UTC."
  ${run} update 2026-11-20-elevated-error-rates-on-the-rest-api --status monitoring \\
    --components api=operational --message "A fix is deployed. Next update by 15:10 UTC." --pr
  ${run} resolve 2026-11-20-elevated-error-rates-on-the-rest-api

Environment:
  STATUS_DIR=<folder>     the content root (default: the current folder)
  STATUS_NOW=<ISO time>   the idea of "now" (default: the clock)
  GITHUB_TOKEN or GH_TOKEN   the token for --pr; without either, \`gh auth token\` when the
                             GitHub CLI is installed and logged in (there is no --token flag:
                             shell history and process lists would keep the token)
  GITHUB_REPOSITORY, GITHUB_API_URL   for --pr

Exit status: 0 done, 1 the result would not pass the check or GitHub refused, 2 bad usage.`;

const COMMAND_HELP: Record<string, (run: string) => string> = {
  new: (run) => `Usage: ${run} new [options]

Creates incidents/YYYY-MM-DD-<slug>.md (in incidents/<year>/ when your files are kept by year)
with the first update. Asks for what is missing when run in a terminal.

Options:
  --title <text>          what customers see, in their words (required)
  --impact <level>        ${IMPACTS.join(', ')} (required unless every component has a status)
  --components <list>     affected component ids, e.g. api,dashboard; or with statuses,
                          e.g. api=partial_outage,dashboard=degraded (repeatable)
  --status <status>       ${INCIDENT_STATUSES.join(', ')} (default: investigating)
  --message <text>        the first update: what customers see, what you are doing, when the next update comes
  --message-file <path>   read the message from a file (- for standard input)
${NEXT_OPTION}
  --started <time>        when the problem began, if before the first update
  --eta <time>            when you expect to resolve it
  --workaround <text>     what customers can do meanwhile (several lines are fine)
  --slug <text>           the file name after the date (default: from the title)

${WRITE_OPTIONS}

Examples:
  ${run} new --title "Elevated error rates on the REST API" --impact major \\
    --components api,dashboard --message "Some API requests fail with errors." --next 30
  ${run} new --title "Slow dashboard" --components dashboard=degraded \\
    --status identified --message-file update.md --started "13:50 UTC" --dry-run`,

  update: (run) => `Usage: ${run} update <id> [options]

Adds an update to the incident's timeline, where its time belongs (at the top in the usual
newest-first file). --eta and --workaround change those fields where they stand. The rest of
the file is kept byte for byte.

Options:
  --status <status>       ${INCIDENT_STATUSES.join(', ')} (default: update, i.e. no change of status)
  --message <text>        what changed, what you are doing, when the next update comes (required)
  --message-file <path>   read the message from a file (- for standard input)
${NEXT_OPTION}
  --components <changes>  component status changes, written as the update's Components: line,
                          e.g. api=operational,dashboard=degraded_performance (repeatable)
  --eta <time>            a new expected resolution time (sets eta in the frontmatter)
  --workaround <text>     what customers can do meanwhile (sets workaround in the frontmatter)

${WRITE_OPTIONS}

Examples:
  ${run} update 2026-11-20-api-errors --status identified \\
    --message "A faulty release causes the errors. We are rolling it back." --next 30
  ${run} update 2026-11-20-api-errors --status monitoring --components api=operational \\
    --message "A fix is deployed and error rates are back to normal. Next update by 15:10 UTC." --pr`,

  resolve: (run) => `Usage: ${run} resolve <id> [options]

Adds the Resolved update and sets every affected component back to operational (a Components:
line). For major and critical incidents the default message says when the post-incident report
follows (policy.report_due_minutes).

With --in-error, ends an incident that was opened by mistake (a probe failed, the service did
not): sets opened_in_error: true in the frontmatter and adds a Resolved update that says so, with
no Components: line and no report promised. The incident then needs no post-incident report and
counts for no downtime; with opened_in_error: hide in status.config.yaml it leaves the lists,
feeds, API and search (its own page stays, saying it was opened in error).

Options:
  --message <text>        the final update (default: "This incident is resolved. All affected services work normally again.")
  --message-file <path>   read the message from a file (- for standard input)
  --in-error              the incident was opened in error (default message: "${IN_ERROR_MESSAGE}";
                          a message of your own that does not say so starts with "${IN_ERROR_OPENING}")

${WRITE_OPTIONS}

Examples:
  ${run} resolve 2026-11-20-api-errors
  ${run} resolve 2026-11-20-api-errors --at "15:10 UTC" \\
    --message "Error rates are back to normal. Requests that failed can be retried." --pr --merge
  ${run} resolve 2026-11-20-api-errors --in-error \\
    --message "A monitoring probe failed; the API itself worked throughout." --pr`,

  maintenance: (run) => `Usage: ${run} maintenance [options]
       ${run} maintenance update <id> [options]
       ${run} maintenance complete <id> [options]

Schedules maintenance (a file with kind: maintenance and its window and a Scheduled update),
adds an update to it, or completes it.

Options for scheduling:
  --title <text>          what the work is, e.g. "Database upgrade" (required)
  --start <time>          when the window starts, e.g. "2026-11-28 02:00 UTC" (required)
  --end <time>            when it ends; or
  --duration <length>     how long it lasts, e.g. 2h, 90m, 1h30m
  --components <list>     affected component ids (under maintenance while it runs), or id=status
                          for work that only degrades a component
  --message <text>        the announcement (default: one sentence with the window and the components)
  --message-file <path>   read the message from a file (- for standard input)
  --slug <text>           the file name after the date (default: from the title)

Options for update and complete:
  --status <status>       ${MAINTENANCE_STATUSES.join(', ')} (update; default: scheduled before the window, in_progress once it has started)
  --message <text>        the update (complete has a default)
  --message-file <path>   read the message from a file (- for standard input)
${NEXT_OPTION}
  --components <changes>  component status changes, e.g. dashboard=operational

${WRITE_OPTIONS}

Examples:
  ${run} maintenance --title "Database upgrade" --start "2026-11-28 02:00 UTC" \\
    --duration 2h --components api,dashboard
  ${run} maintenance update 2026-11-28-database-upgrade --status in_progress \\
    --message "The work has started. The dashboard is read-only for up to 20 minutes." --next 30
  ${run} maintenance complete 2026-11-28-database-upgrade --pr`,

  report: (run) => `Usage: ${run} report <id> [options]

Adds a "## Post-incident report" with every section the handbook lists: Summary (drafted),
Timeline (filled in from the updates), Root cause, Impact, Resolution, Next steps, Further
updates and Support (from the config). Guidance for each section is in HTML comments, which
never reach the page; \`npm run check\` reports sections still empty.

${WRITE_OPTIONS}

Examples:
  ${run} report 2026-11-20-api-errors
  ${run} report 2026-11-20-api-errors --dry-run > report-draft.md`,

  list: (run) => `Usage: ${run} list [--format json]

Open incidents (status, impact, how long, when the next update is due) and maintenance that is
in progress or upcoming.

Examples:
  ${run} list
  STATUS_NOW=2026-11-20T15:00:00Z ${run} list --format json`,
};

/** The help of one command (`maintenance update` shares `maintenance`'s), or undefined for a command there is none of. */
export function commandHelp(command: string, run: string): string | undefined {
  return Object.hasOwn(COMMAND_HELP, command) ? COMMAND_HELP[command]!(run) : undefined;
}
