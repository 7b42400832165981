import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALL_RULES } from '../src/core/diagnostics/catalog/all-rules.ts';

const readme = readFileSync('README.md', 'utf8');
/** From one top-level section to the next (code blocks hold `## ` update headings, so the next title is named). */
const section = (title: string, next: string) => readme.slice(readme.indexOf(`\n## ${title}\n`), readme.indexOf(`\n## ${next}`));

describe('README', () => {
  it('documents every policy and style rule, with an example, under "Check your content"', () => {
    const check = section('Check your content', 'Configuration');
    for (const rule of ALL_RULES) expect(check, rule.id).toMatch(new RegExp(`\\| \`${rule.id}\`[^|]*\\|[^|]+\\|[^|]+\\|`));
    expect(check).toContain('<!-- statusmark-disable style-jargon style-long-sentence -->');
  });

  it('documents every CLI command with an example under "Authoring from the command line"', () => {
    const authoring = section('Authoring from the command line', 'Check your content');
    for (const command of ['new', 'update', 'resolve', 'maintenance', 'maintenance update', 'maintenance complete', 'report', 'list']) {
      expect(authoring, command).toMatch(new RegExp(`npm run status -- ${command}\\b`));
    }
    expect(authoring).toContain('--pr');
    expect(authoring).toContain('--dry-run');
  });
});
