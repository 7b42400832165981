/** A step of a workflow job, as GitHub's "list jobs for a workflow run attempt" gives it. */
export interface JobStep {
  name: string;
  conclusion: string | null;
  started_at?: string | null;
  completed_at?: string | null;
}

const seconds = (ms: number) => {
  const s = Math.round(ms / 1000);
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
};

/** A step name is the workflow's text: in a table cell, a `|` or a line end would break the row. */
const cell = (text: string) => text.replace(/[|\\]/g, '\\$&').replace(/\s+/g, ' ');

/**
 * The job summary's table of how long each finished step of `job` took, slowest steps marked by
 * their time, for the deploy workflow: where a responder's wait for the page goes. The steps
 * still running (the one that writes this, and the clean-up after it) are not in it yet.
 */
export function stepTimesMarkdown(job: string, steps: readonly JobStep[]): string {
  const done = steps.filter((s) => s.started_at && s.completed_at);
  const rows = done.map((s) => {
    const ms = Date.parse(s.completed_at!) - Date.parse(s.started_at!);
    return { name: s.name, text: s.conclusion === 'skipped' ? 'skipped' : seconds(ms), ms: s.conclusion === 'skipped' ? 0 : ms };
  });
  const total = rows.reduce((sum, r) => sum + r.ms, 0);
  return [
    `### Step times: ${cell(job)}`,
    '',
    '| Step | Time |',
    '| --- | ---: |',
    ...rows.map((r) => `| ${cell(r.name)} | ${r.text} |`),
    `| **All finished steps** | **${seconds(total)}** |`,
  ].join('\n');
}
