/**
 * `.statusmark/template.json`: what init made a team's files from (the template version and the
 * values) and a sha256 of each managed file as generated, so upgrade can tell a file the team
 * edited from one it never touched.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';

export const TemplateRecordSchema = z.object({
  template: z.int().nonnegative(),
  statusmark: z.string(),
  values: z.object({
    name: z.string(),
    url: z.string(),
    components: z.array(z.object({ id: z.string(), name: z.string() })).min(1),
    packageName: z.string(),
    exampleDate: z.string(),
  }),
  files: z.record(z.string(), z.string().regex(/^sha256-[0-9a-f]{64}$/)),
});

export type TemplateRecord = z.output<typeof TemplateRecordSchema>;

export function sha256(text: string): string {
  return `sha256-${createHash('sha256').update(text).digest('hex')}`;
}

export function recordText(record: TemplateRecord): string {
  return `${JSON.stringify(record, null, 2)}\n`;
}
