/**
 * The README's first section is what a team runs first: its `init` line, run as written, makes a
 * repository that checks clean, with the scripts the next lines call.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContentRoot } from '../src/core/checks/check.ts';
import { runScaffold, tempFolder } from './helpers/scaffold.ts';

const README = readFileSync('README.md', 'utf8');

/** A shell line's words: double-quoted ones kept whole, comments dropped. */
const words = (line: string) => [...line.replace(/\s+#.*$/, '').matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);

describe("the README's first section", () => {
  const first = /^## (.+)$/m.exec(README);
  const section = README.slice(first!.index, README.indexOf('\n## ', first!.index + 3));
  const commands = /```sh\n([\s\S]*?)```/.exec(section)![1]!.trim().split('\n');

  it('is "Start a status page", and starts with `npx statusmark init`', () => {
    expect(first![1]).toBe('Start a status page');
    expect(commands.map((c) => words(c).slice(0, 3).join(' '))).toEqual([
      'npx statusmark init',
      'cd my-status &&',
      'npm run status',
      'npx statusmark upgrade',
    ]);
  });

  it('its init line makes a repository that checks clean and has the scripts the next lines run', async () => {
    const [, , , ...args] = words(commands[0]!);
    const cwd = tempFolder();
    const run = await runScaffold('init', args, cwd);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const root = join(cwd, 'my-status');
    expect(checkContentRoot(root, { now: new Date('2026-11-22T00:00:00Z') }).diagnostics).toEqual([]);
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts).toMatchObject({ build: 'astro build', status: 'statusmark', check: 'statusmark check' });
    expect(readFileSync(join(root, 'status.config.yaml'), 'utf8')).toContain('url: https://status.acme.example/\n');
  });
});
