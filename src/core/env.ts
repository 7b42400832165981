import { resolve } from 'node:path';

/** The two knobs every command honours (PRODUCT.md): STATUS_DIR and STATUS_NOW. */
export function contentRootFromEnv(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  return resolve(cwd, env.STATUS_DIR || '.');
}

export function nowFromEnv(env: NodeJS.ProcessEnv = process.env): Date {
  const text = env.STATUS_NOW;
  if (!text) return new Date();
  const date = new Date(text);
  if (Number.isNaN(date.getTime()) || !/(Z|[+-]\d{2}:?\d{2})$/i.test(text.trim())) {
    throw new Error(`STATUS_NOW="${text}" is not an ISO time with a zone; write e.g. STATUS_NOW=2026-11-20T14:05:00Z`);
  }
  return date;
}
