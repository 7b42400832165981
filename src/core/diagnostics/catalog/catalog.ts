import { ADDRESS_MESSAGES } from './messages/addresses.ts';
import { CHECK_MESSAGES } from './messages/checks.ts';
import { FIELD_MESSAGES } from './messages/fields.ts';
import { FILE_MESSAGES } from './messages/files.ts';
import { INCIDENT_MESSAGES } from './messages/incident.ts';
import { LIMIT_MESSAGES } from './messages/limits.ts';
import { LOCALE_MESSAGES } from './messages/locale.ts';
import { POLICY_MESSAGES } from './messages/policy.ts';
import { SCHEMA_MESSAGES } from './messages/schema.ts';
import { STYLE_MESSAGES } from './messages/style.ts';
import { TEXT_MESSAGES } from './messages/text.ts';
import { TIMELINE_MESSAGES } from './messages/timeline.ts';
import { YAML_MESSAGES } from './messages/yaml.ts';

/**
 * Every message Statusmark gives about content, by situation, in the order of the pipeline:
 * files, YAML, fields (the config's addresses, the schemas' own words), incident files, limits, text, the timeline, then the check and its rules.
 * Each entry names its code (CONTENT_CODES or a rule), its severity, and its message and hint as
 * templates over the situation's parameters. Call sites pass an entry and its parameters; the
 * wording lives here only. test/catalog-messages.test.ts pins every entry's text.
 */
export const MESSAGE_AREAS = {
  files: FILE_MESSAGES,
  yaml: YAML_MESSAGES,
  fields: FIELD_MESSAGES,
  addresses: ADDRESS_MESSAGES,
  schema: SCHEMA_MESSAGES,
  locale: LOCALE_MESSAGES,
  incident: INCIDENT_MESSAGES,
  limits: LIMIT_MESSAGES,
  text: TEXT_MESSAGES,
  timeline: TIMELINE_MESSAGES,
  checks: CHECK_MESSAGES,
  policy: POLICY_MESSAGES,
  style: STYLE_MESSAGES,
};

export const CATALOG = {
  ...FILE_MESSAGES,
  ...YAML_MESSAGES,
  ...FIELD_MESSAGES,
  ...ADDRESS_MESSAGES,
  ...SCHEMA_MESSAGES,
  ...LOCALE_MESSAGES,
  ...INCIDENT_MESSAGES,
  ...LIMIT_MESSAGES,
  ...TEXT_MESSAGES,
  ...TIMELINE_MESSAGES,
  ...CHECK_MESSAGES,
  ...POLICY_MESSAGES,
  ...STYLE_MESSAGES,
};

export type CatalogKey = keyof typeof CATALOG;
