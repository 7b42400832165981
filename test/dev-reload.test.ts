import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { load } from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv } from './helpers/build.ts';
import { makeContentRoot } from './helpers/content-root.ts';

/**
 * `npm run dev` shows a change to the content without a restart: the model the pages render comes
 * from a virtual module that the content watcher forgets (src/integrations/build-model.ts).
 */
const incident = (text: string) => `---
title: Slow dashboard
impact: minor
components: { dashboard: degraded_performance }
---
## 2026-11-20 13:50 UTC · Investigating
${text}
`;

const FILE = 'incidents/2026-11-20-slow-dashboard.md';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as { port: number };
  await new Promise((closed) => server.close(closed));
  return port;
}

let root: string;
let dev: ChildProcess;
let origin: string;
let output = '';

/** The text of the incident's updates as the dev server renders the page now. */
async function updateTexts(): Promise<string[] | undefined> {
  const response = await fetch(`${origin}/incidents/2026-11-20-slow-dashboard/`).catch(() => undefined);
  if (!response?.ok) return undefined;
  const $ = load(await response.text());
  return $('main p')
    .toArray()
    .map((p) => $(p).text().trim());
}

/** Waits (polling the page) until `ready` holds for what it shows. */
async function pageShows(ready: (texts: string[]) => boolean, timeoutMs: number): Promise<string[]> {
  const until = Date.now() + timeoutMs;
  let texts: string[] | undefined;
  while (Date.now() < until) {
    texts = await updateTexts();
    if (texts && ready(texts)) return texts;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the dev server never showed it; the page had ${JSON.stringify(texts)}; it printed:\n${output}`);
}

describe('npm run dev', () => {
  beforeAll(async () => {
    root = makeContentRoot({ [FILE]: incident('The dashboard loads slowly for some users.') });
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    dev = spawn(
      process.execPath,
      [resolve('node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port), '--host', '127.0.0.1', '--ignore-lock'],
      {
        cwd: resolve('.'),
        env: {
          ...cleanEnv(),
          STATUS_DIR: root,
          STATUS_NOW: '2026-11-20T14:30:00Z',
          ASTRO_DEV_BACKGROUND: '0',
          ASTRO_TELEMETRY_DISABLED: '1',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    for (const stream of [dev.stdout!, dev.stderr!]) stream.on('data', (chunk: Buffer) => (output += chunk.toString()));
  });

  afterAll(async () => {
    if (dev.exitCode !== null) return;
    const exited = new Promise((r) => dev.once('exit', r));
    dev.kill('SIGTERM');
    await exited;
  });

  it('renders an edited incident with its new text, and no longer the old', async () => {
    const before = await pageShows((texts) => texts.includes('The dashboard loads slowly for some users.'), 90_000);
    expect(before).not.toContain('We found the cause: a full disk on one server.');

    writeFileSync(join(root, FILE), incident('We found the cause: a full disk on one server.'));

    const after = await pageShows((texts) => texts.includes('We found the cause: a full disk on one server.'), 30_000);
    expect(after).not.toContain('The dashboard loads slowly for some users.');
  });
});
