import type { Diagnostic } from '../diagnostics/diagnostics.ts';
import { incidentIdOf } from '../shared/content-layout.ts';

export const DUPLICATE_ID_HINT = 'ids are file names and must be unique across sub-folders; rename this file, or with `npm run status -- new` pass --slug to choose its name';

/** `file`'s id is already taken by `other`: the one finding the build, `npm run check` (also with --changed) and the CLI give. */
export function duplicateId(file: string, other: string): Diagnostic {
  return {
    severity: 'error',
    code: 'duplicate-id',
    file,
    line: 1,
    column: 1,
    message: `the id "${incidentIdOf(file)}" is already used by ${other}`,
    hint: DUPLICATE_ID_HINT,
  };
}
