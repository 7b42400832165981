import type { Diagnostic } from '../../diagnostics/diagnostics.ts';
import { STATUS_LABELS } from '../../content/statuses.ts';
import { formatUtc } from '../../shared/time.ts';
import { describeComponents, type Context, type Plan } from '../plan/context.ts';
import { normaliseMessage } from '../text/incident-text.ts';

/** `status/2026-11-20-api-errors/update-20261120-1405`: one branch per change, readable in the PR list. */
export function branchName(plan: Plan, now: Date): string {
  const at = (plan.update?.at ?? now).toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
  return `status/${plan.id}/${plan.command.replace(/\s+/g, '-')}-${at}`;
}

/** The pull request's description: the update as it will read, the components it changes, and the check's findings. */
export function pullRequestBody(ctx: Context, plan: Plan, diagnostics: readonly Diagnostic[], merge: boolean): string {
  const out: string[] = [];
  const path = plan.file;
  if (plan.update) {
    out.push(`### ${STATUS_LABELS[plan.update.status]} · ${formatUtc(plan.update.at)}`, '');
    out.push(`**${plan.title}** — ${plan.what} in \`${path}\``, '');
    out.push(
      ...normaliseMessage(plan.update.message)
        .split('\n')
        .map((l) => (l ? `> ${l}` : '>')),
      '',
    );
  } else {
    out.push(`**${plan.title}** — ${plan.what} in \`${path}\``, '');
  }
  if (plan.components.length) {
    out.push('| Component | Status |', '|---|---|');
    for (const c of describeComponents(ctx, plan.components)) out.push(`| ${c.name.replace(/\|/g, '\\|')} | ${c.status} |`);
    out.push('');
  }
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  if (diagnostics.length === 0) out.push('`npm run check`: no findings.');
  else {
    out.push(`\`npm run check\`: ${errors} errors, ${diagnostics.length - errors} warnings`);
    for (const d of diagnostics) out.push(`- \`${d.file}:${d.line}\` **${d.code}**: ${d.message}`);
  }
  out.push('');
  out.push(
    merge
      ? 'Merged right away with `--merge`: the status page publishes it on the next build.'
      : 'Merging this pull request publishes it on the status page.',
  );
  out.push('', '<sub>Opened with `npm run status`.</sub>');
  return out.join('\n');
}
