import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAllHeaders, type Header } from '@netlify/headers-parser';
import { expect } from 'vitest';

/** `text` as a `_headers` file in a folder of its own. */
export function tempFile(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'statusmark-headers-')), '_headers');
  writeFileSync(file, text);
  return file;
}

/** A `_headers` text as Netlify reads it: its rules, and the headers a request for `path` gets (every matching rule, combined as Netlify does). */
export async function readHeaders(text: string) {
  const { headers, errors } = await parseAllHeaders({ headersFiles: [tempFile(text)], configHeaders: undefined, minimal: false });
  expect(errors).toEqual([]);
  const rules = headers as Header[];
  const forPath = (path: string) => {
    const got: Record<string, string> = {};
    for (const rule of rules.filter((r) => r.forRegExp.test(path)))
      for (const [name, value] of Object.entries(rule.values)) got[name] = got[name] === undefined ? value : `${got[name]}, ${value}`;
    return got;
  };
  return { rules, forPath };
}
