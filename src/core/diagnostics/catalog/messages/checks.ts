import { entry } from '../entry.ts';

/** What the check itself says about its own configuration and failures. */
export const CHECK_MESSAGES = {
  badSuppression: entry('bad-suppression', {
    message: ({ id, suggestion }: { id: string; suggestion: string; rules: readonly string[] }) =>
      `"${id}" is not a rule that can be switched off${suggestion}`,
    hint: ({ rules }) => `the rules are: ${rules.join(', ')}`,
  }),
  /** Only the policy and style rules failed: the file itself was read, so this warns. */
  rulesFailed: entry('internal-error', {
    severity: 'warning',
    message: ({ error }: { error: string }) => `could not run the policy and style rules on this file: ${error}`,
    hint: () => 'please report this with the file attached; the rest of the check read it without errors',
  }),
};
