import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RECORD_FILE, TEMPLATE_VERSION } from './template-manifest.ts';
import { TemplateRecordSchema, type TemplateRecord } from './template-record.ts';

/** The team's `.statusmark/template.json`, or what is wrong with it in the words upgrade prints. */
export function readRecord(root: string): { record: TemplateRecord } | { problem: string } {
  const path = join(root, RECORD_FILE);
  if (!existsSync(path))
    return {
      problem: `there is no ${RECORD_FILE} here. Run statusmark upgrade at the top of a repository made by \`statusmark init\`; that file records what its files were made from.`,
    };
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    return {
      problem: `${RECORD_FILE} is not valid JSON (${(error as Error).message}); restore it with \`git checkout -- ${RECORD_FILE}\``,
    };
  }
  const parsed = TemplateRecordSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return {
      problem: `${RECORD_FILE}: ${issue.path.join('.') || 'the file'} ${issue.message}; restore it with \`git checkout -- ${RECORD_FILE}\``,
    };
  }
  if (parsed.data.template > TEMPLATE_VERSION)
    return {
      problem: `${RECORD_FILE} was written by a newer Statusmark (templates version ${parsed.data.template}; this one has ${TEMPLATE_VERSION}). Run the version in package.json: \`npm install\`, then \`npx statusmark upgrade\`.`,
    };
  return { record: parsed.data };
}
