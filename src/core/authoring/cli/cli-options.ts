/** The flags each command takes, for node:util's parseArgs, and reading the parsed values. */
import type { ParseArgsConfig } from 'node:util';

const COMMON: ParseArgsConfig['options'] = {
  at: { type: 'string' },
  'dry-run': { type: 'boolean' },
  yes: { type: 'boolean', short: 'y' },
  'no-input': { type: 'boolean' },
  pr: { type: 'boolean' },
  repo: { type: 'string' },
  base: { type: 'string' },
  branch: { type: 'string' },
  'content-dir': { type: 'string' },
  'api-url': { type: 'string' },
  merge: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
};
const MESSAGE: ParseArgsConfig['options'] = { message: { type: 'string' }, 'message-file': { type: 'string' } };
export const COMMAND_OPTIONS: Record<string, ParseArgsConfig['options']> = {
  new: {
    ...COMMON,
    ...MESSAGE,
    title: { type: 'string' },
    impact: { type: 'string' },
    components: { type: 'string', multiple: true },
    status: { type: 'string' },
    next: { type: 'string' },
    started: { type: 'string' },
    eta: { type: 'string' },
    workaround: { type: 'string' },
    slug: { type: 'string' },
  },
  update: {
    ...COMMON,
    ...MESSAGE,
    status: { type: 'string' },
    components: { type: 'string', multiple: true },
    next: { type: 'string' },
    eta: { type: 'string' },
    workaround: { type: 'string' },
  },
  resolve: { ...COMMON, ...MESSAGE, 'in-error': { type: 'boolean' } },
  maintenance: {
    ...COMMON,
    ...MESSAGE,
    title: { type: 'string' },
    start: { type: 'string' },
    end: { type: 'string' },
    duration: { type: 'string' },
    components: { type: 'string', multiple: true },
    slug: { type: 'string' },
  },
  'maintenance update': {
    ...COMMON,
    ...MESSAGE,
    status: { type: 'string' },
    components: { type: 'string', multiple: true },
    next: { type: 'string' },
  },
  'maintenance complete': { ...COMMON, ...MESSAGE },
  report: { ...COMMON },
  list: { format: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
};

export type Values = Record<string, string | boolean | string[] | undefined>;

export function str(values: Values, key: string): string | undefined {
  const v = values[key];
  return typeof v === 'string' ? v : undefined;
}
