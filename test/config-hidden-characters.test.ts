/**
 * The site's name, each component's name, group and description, the support phone and the
 * header links are on every page, in the feeds and in chat messages, as a title is: a
 * bidirectional override or a zero-width space there makes them read differently from what they
 * hold. The config check warns of each, with the field and the column, as it does for a title.
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../src/core/content/config/config.ts';
import { formatHuman } from '../src/core/diagnostics/reporters/human.ts';
import { cleanEnv } from './helpers/build.ts';
import { makeContentRoot } from './helpers/content-root.ts';

const RLO = '\u202e';
const ZWSP = '\u200b';

const report = (config: string) => formatHuman(parseConfig(config).diagnostics, { color: false });

describe('hidden characters in the names a config gives', () => {
  it('warns of one in a component name, naming the field and the column', () => {
    const config = `name: Test Status
url: https://status.test.example
components:
  - { id: api, name: REST API }
  - id: dashboard
    name: Dash${RLO}board
`;
    expect(report(config)).toBe(
      'status.config.yaml:6:15 warning hidden-character `components[1].name` holds U+202E RIGHT-TO-LEFT OVERRIDE at column 15, which readers cannot see\n' +
        '  delete it: the name is shown on every page, in the feeds and in chat messages, where such a character can make it read differently from what it says',
    );
  });

  it('checks the site name, description, support phone, link labels, groups and descriptions too', () => {
    const config = `name: "Acme${ZWSP} Status"
url: https://status.test.example
description: Our ${RLO}status
support: { phone: "+1 555${ZWSP}0100" }
links:
  - { label: "Do${ZWSP}cs", url: "https://docs.test.example" }
components:
  - { id: api, name: API, group: "Plat${RLO}form", description: "The ${ZWSP}REST API" }
`;
    const fields = parseConfig(config).diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.message.split(' holds ')[0]}`);
    expect(fields).toEqual([
      '1:12 hidden-character `name`',
      '3:18 hidden-character `description`',
      '4:26 hidden-character `support.phone`',
      '6:17 hidden-character `links[0].label`',
      '8:39 hidden-character `components[0].group`',
      '8:65 hidden-character `components[0].description`',
    ]);
    expect(parseConfig(config).loaded, 'a warning does not stop the config from loading').toBeDefined();
  });

  it('leaves names in other scripts, accents, emoji and the joiners words need alone', () => {
    const config = `name: Statut Acmé ✅
url: https://status.test.example
components:
  - { id: api, name: واجهة البرمجة }
  - { id: hi, name: क्षेत्र }
  - { id: fa, name: "می‌خواهم" }
`;
    expect(parseConfig(config).diagnostics).toEqual([]);
  });

  it('is printed by `npm run check`, which still passes on a warning', () => {
    const root = makeContentRoot(
      {},
      `name: Test Status\nurl: https://status.test.example\ncomponents:\n  - { id: api, name: "A${RLO}PI" }\n`,
    );
    const run = spawnSync(process.execPath, [join(resolve('.'), 'scripts/check.ts'), '--no-cache'], {
      cwd: resolve('.'),
      env: { ...cleanEnv(), STATUS_DIR: root, STATUS_NOW: '2026-11-22T00:00:00Z' },
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      'status.config.yaml:4:24 warning hidden-character `components[0].name` holds U+202E RIGHT-TO-LEFT OVERRIDE at column 24, which readers cannot see',
    );
  });
});
