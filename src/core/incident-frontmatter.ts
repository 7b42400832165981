import { z } from 'zod';
import { IMPACTS } from './statuses.ts';

/** Frontmatter of `incidents/**\/*.md`. Times stay text here; parseTime checks them with precise messages. */
const time = z.string({ error: 'must be a time with its zone, e.g. 2026-11-20 14:05 UTC' });

const components = z
  .union([z.array(z.string()), z.record(z.string(), z.string())], {
    error: 'must be a list of component ids, or a map of component id to status',
  })
  .describe('A list of component ids, or a map of component id to status');

const owner = z
  .union([z.string(), z.array(z.string())])
  .describe('GitHub handles of whoever owns the communication, e.g. "@alice"');

export const IncidentFrontmatterSchema = z
  .strictObject({
    kind: z.literal('incident').optional(),
    title: z.string({ error: 'every incident needs a `title`' }).min(1),
    impact: z.enum(IMPACTS).optional(),
    components: components.optional(),
    started: time.optional(),
    resolved: time.optional(),
    eta: time.optional().describe('Estimated resolution time'),
    workaround: z.string().min(1).optional(),
    owner: owner.optional(),
  })
  .describe('An incident');

export const MaintenanceFrontmatterSchema = z
  .strictObject({
    kind: z.literal('maintenance'),
    title: z.string({ error: 'every maintenance needs a `title`' }).min(1),
    components: components.optional(),
    window: z.strictObject(
      { start: time, end: time },
      { error: 'maintenance needs `window: { start: 2026-11-20 02:00 UTC, end: 2026-11-20 04:00 UTC }`' },
    ),
    workaround: z.string().min(1).optional(),
    owner: owner.optional(),
  })
  .describe('A scheduled maintenance');

export type IncidentFrontmatter = z.output<typeof IncidentFrontmatterSchema>;
export type MaintenanceFrontmatter = z.output<typeof MaintenanceFrontmatterSchema>;
