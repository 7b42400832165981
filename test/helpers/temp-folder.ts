import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * vitest globalSetup: every test run gets its own temporary folder (TMPDIR, which os.tmpdir(),
 * the test workers and the builds they start all follow), removed when the run ends. Fixture
 * content roots and built sites would otherwise pile up in /tmp, a few hundred per run.
 */
export default function setup(): () => void {
  const folder = mkdtempSync(join(tmpdir(), 'statusmark-test-run-'));
  process.env.TMPDIR = folder;
  return () => rmSync(folder, { recursive: true, force: true });
}
