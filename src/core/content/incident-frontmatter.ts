import { z } from 'zod';
import { CATALOG } from '../diagnostics/catalog/catalog.ts';
import { wordsOf } from '../diagnostics/catalog/entry.ts';
import { IMPACTS } from './statuses.ts';

/** Frontmatter of `incidents/**\/*.md`. Times stay text here; parseTime checks them with precise messages. */
const time = z.string({ error: wordsOf(CATALOG.notATime) });

/** `api:partial_outage` under `components:` is one word to YAML, not an id and its status. */
const gluedStatus = (input: unknown) => (typeof input === 'string' ? /^([^\s:]+):(\S+)$/.exec(input) : null);

// Described after .optional(): a description stays on the schema it was given to.
const components = z
  .union([z.array(z.string()), z.record(z.string(), z.string())], {
    error: (issue) => {
      const glued = gluedStatus(issue.input);
      return glued
        ? wordsOf(CATALOG.componentStatusGlued, { written: glued[0], id: glued[1]!, status: glued[2]! })
        : wordsOf(CATALOG.componentsForm);
    },
  })
  .optional()
  .describe('A list of component ids, or a map of component id to status');

const owner = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .describe('GitHub handles of whoever owns the communication, e.g. "@alice"');

const title = (error: string) =>
  z
    .string({ error })
    .min(1)
    .describe(
      'What customers see, e.g. "Elevated error rates on the REST API"; in quotes when it starts with `[`, `{`, `@`, `#` or a backtick, or has ": " in it',
    );

export const IncidentFrontmatterSchema = z
  .strictObject({
    kind: z.literal('incident').optional(),
    title: title(wordsOf(CATALOG.noTitle, { kind: 'incident' })),
    impact: z.enum(IMPACTS).optional(),
    components,
    started: time.optional(),
    resolved: time.optional(),
    eta: time.optional().describe('Estimated resolution time'),
    workaround: z.string().min(1).optional(),
    owner,
    opened_in_error: z
      .boolean()
      .optional()
      .describe('true when the incident was opened by mistake: it ends at its latest update, needs no report and counts for no downtime'),
  })
  .describe('An incident');

export const MaintenanceFrontmatterSchema = z
  .strictObject({
    kind: z.literal('maintenance'),
    title: title(wordsOf(CATALOG.noTitle, { kind: 'maintenance' })),
    components,
    window: z.strictObject({ start: time, end: time }, { error: wordsOf(CATALOG.noWindow) }),
    workaround: z.string().min(1).optional(),
    owner,
  })
  .describe('A scheduled maintenance');

export type IncidentFrontmatter = z.output<typeof IncidentFrontmatterSchema>;
export type MaintenanceFrontmatter = z.output<typeof MaintenanceFrontmatterSchema>;
