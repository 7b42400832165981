/** A plan checked by the same code as `npm run check`, before anything is written. */
import { checkIncidentText } from '../../checks/check.ts';
import { duplicateId } from '../../content/duplicate-id.ts';
import { sortDiagnostics, type Diagnostic } from '../../diagnostics/diagnostics.ts';
import { incidentIdOf } from '../../shared/content-layout.ts';
import type { Context, Plan } from './context.ts';

export interface Validation {
  diagnostics: Diagnostic[];
  errors: number;
  warnings: number;
}

export function validatePlan(ctx: Context, plan: Plan): Validation {
  const { diagnostics } = checkIncidentText(plan.file, plan.after, ctx.loaded, { now: ctx.now });
  const all = [...diagnostics];
  if (plan.before === undefined) {
    const other = ctx.ws.files.find((f) => f !== plan.file && incidentIdOf(f) === plan.id);
    if (other || ctx.ws.files.includes(plan.file)) {
      all.push(duplicateId(plan.file, other ?? plan.file));
    }
  }
  const errors = all.filter((d) => d.severity === 'error').length;
  return { diagnostics: sortDiagnostics(all), errors, warnings: all.length - errors };
}
