import { z } from 'zod';
import { ConfigSchema } from './config-schema.ts';

/** The JSON Schema of `status.config.yaml`, generated from the same zod schema the loader uses. */
export function configJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(ConfigSchema, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
  return { ...schema, title: 'Statusmark status.config.yaml' };
}

export function configJsonSchemaText(): string {
  return `${JSON.stringify(configJsonSchema(), null, 2)}\n`;
}
