import { entry } from '../entry.ts';

/**
 * What the config and frontmatter schemas say in their own words, as zod carries it: the schema
 * issue becomes an `invalid-field` or `missing-field` finding after the field's name
 * (FIELD_MESSAGES.invalidSaid and missingFieldSaid), with the field's description as its hint.
 */
export const SCHEMA_MESSAGES = {
  componentIdForm: entry('invalid-field', {
    message: () => 'must be lower-case letters, digits, "-" or "_" (it appears in URLs), e.g. "api" or "email-delivery"',
  }),
  languageTag: entry('invalid-field', { message: () => 'must be a language tag such as "en" or "en-GB"' }),
  notAnEmail: entry('invalid-field', { message: () => 'must be an email address' }),
  notAColour: entry('invalid-field', { message: () => 'must be a colour like "#1f6feb"' }),
  notATime: entry('invalid-field', { message: () => 'must be a time with its zone, e.g. 2026-11-20 14:05 UTC' }),
  componentsForm: entry('invalid-field', { message: () => 'must be a list of component ids, or a map of component id to status' }),
  componentStatusGlued: entry('invalid-field', {
    message: ({ written, id, status }: { written: string; id: string; status: string }) =>
      `there is no space after the colon in \`${written}\`; write \`${id}: ${status}\``,
  }),
  noTitle: entry('missing-field', { message: ({ kind }: { kind: 'incident' | 'maintenance' }) => `every ${kind} needs a \`title\`` }),
  noWindow: entry('missing-field', {
    message: () => 'maintenance needs `window: { start: 2026-11-20 02:00 UTC, end: 2026-11-20 04:00 UTC }`',
  }),
};
