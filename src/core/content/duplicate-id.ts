import { CATALOG } from '../diagnostics/catalog/catalog.ts';
import { diagnose, FILE_START, type Diagnostic } from '../diagnostics/diagnostics.ts';
import { incidentIdOf } from '../shared/content-layout.ts';

/** `file`'s id is already taken by `other`: the one finding the build, `npm run check` (also with --changed) and the CLI give. */
export function duplicateId(file: string, other: string): Diagnostic {
  return diagnose(CATALOG.duplicateId, file, FILE_START, { id: incidentIdOf(file), other });
}
