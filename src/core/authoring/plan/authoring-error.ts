import type { Diagnostic } from '../../diagnostics/diagnostics.ts';

/** A problem the user can fix: a bad flag value, an unknown id, content that would not pass the check. */
export class AuthoringError extends Error {
  readonly diagnostics: Diagnostic[];
  constructor(message: string, diagnostics: Diagnostic[] = []) {
    super(message);
    this.name = 'AuthoringError';
    this.diagnostics = diagnostics;
  }
}
