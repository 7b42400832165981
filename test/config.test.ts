import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadConfig, parseConfig } from '../src/core/config.ts';

const VALID = `name: Acme Status
url: https://acme.github.io/status
support: { email: support@acme.example, url: https://acme.example/help }
components:
  - { id: api, name: REST API, group: Platform, description: Public API }
  - { id: dashboard, name: Dashboard, group: Platform }
  - { id: email, name: Email delivery }
  - { id: sms, name: SMS, group: Messaging }
`;

const lines = (text: string) => parseConfig(text).diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`);

describe('status.config.yaml', () => {
  it('reads a valid config with defaults for the policy and language', () => {
    const { loaded, diagnostics } = parseConfig(VALID);
    expect(diagnostics).toEqual([]);
    expect(loaded?.config.policy).toEqual({ first_update_minutes: 15, update_interval_minutes: 30, report_due_minutes: 60, maintenance_notice_hours: 24 });
    expect(loaded?.config.language).toBe('en');
    // The base path keeps its trailing slash so every link can be resolved against it.
    expect(loaded?.config.url).toBe('https://acme.github.io/status/');
  });

  it('groups components in config order, with ungrouped ones on their own', () => {
    const { loaded } = parseConfig(VALID);
    expect(loaded?.groups.map((g) => [g.id, g.name, g.components.map((c) => c.id)])).toEqual([
      ['platform', 'Platform', ['api', 'dashboard']],
      ['', '', ['email']],
      ['messaging', 'Messaging', ['sms']],
    ]);
  });

  it('names the line and column of an unknown key and suggests the right one', () => {
    const out = lines(VALID.replace('components:', 'compnents:'));
    expect(out[0]).toMatch(/^4:1 unknown-field unknown field "compnents" in status.config.yaml; did you mean "components"\?/);
  });

  it('names the line of a wrong type deep in the file', () => {
    const out = lines(`${VALID}policy:\n  first_update_minutes: fifteen\n`);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(/^10:25 invalid-field policy\.first_update_minutes: /);
  });

  it('reports an unknown key inside a component with its own position', () => {
    const out = lines(VALID.replace('{ id: email, name: Email delivery }', '{ id: email, name: Email delivery, grup: X }'));
    expect(out[0]).toMatch(/^7:40 unknown-field unknown field "grup" in components\[2\]; did you mean "group"\?/);
  });

  it('refuses a relative url and a component id that cannot be in a URL', () => {
    expect(lines(VALID.replace('https://acme.github.io/status', '/status'))[0]).toMatch(/^2:6 invalid-field url: must be an absolute/);
    expect(lines(VALID.replace('id: sms', 'id: "S M S"'))[0]).toMatch(/^8:11 invalid-field components\[3\]\.id: must be lower-case/);
  });

  it('reports a missing required field at its parent', () => {
    expect(lines(VALID.replace('name: Acme Status\n', ''))[0]).toMatch(/^1:1 missing-field name is required/);
  });

  it('reports duplicate component ids', () => {
    expect(lines(VALID.replace('id: sms', 'id: api'))).toEqual([expect.stringMatching(/^8:11 duplicate-component component id "api" is already used on line 5/)]);
  });

  it('reports YAML syntax errors with their position instead of throwing', () => {
    const out = parseConfig('name: [unclosed\nurl: https://x.example\n').diagnostics;
    expect(out[0]).toMatchObject({ code: 'yaml-syntax', severity: 'error' });
    expect(out[0]!.line).toBeGreaterThan(0);
    expect(parseConfig('name: a\nname: b\n').diagnostics[0]).toMatchObject({ code: 'yaml-syntax', line: 2 });
  });

  describe('names the line of a YAML mistake and says what to write instead', () => {
    const START = 'name: Acme Status\nurl: https://acme.github.io/status\n';
    const said = (text: string) => parseConfig(text).diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.message} | ${d.hint}`);

    it.each([
      [
        'a field of a component indented less than the one above',
        `${START}components:\n  - id: api\n    name: REST API\n   group: Platform\n`,
        '6:4 yaml-syntax this line is indented less than the lines above it | indent it by 4 spaces, the same as line 5 (`name: REST API`)',
      ],
      [
        'a field of a component indented more than the one above',
        `${START}components:\n  - id: api\n    name: REST API\n     group: Platform\n`,
        '6:6 yaml-syntax this line is indented more than the lines above it | indent it by 4 spaces, the same as line 5 (`name: REST API`)',
      ],
      [
        'a component indented more than the one above, after its fields',
        `${START}components:\n  - id: api\n    name: REST API\n   - id: dashboard\n     name: Dashboard\n`,
        '6:4 yaml-syntax this line is indented more than the lines above it | indent it by 2 spaces, the same as line 4 (`- id: api`)',
      ],
      [
        'a support field indented more than the one above',
        `${START}support:\n  email: support@acme.example\n   url: https://acme.example/help\ncomponents:\n  - { id: api, name: API }\n`,
        '5:4 yaml-syntax this line is indented more than the lines above it | indent it by 2 spaces, the same as line 4 (`email: support@acme.example`)',
      ],
      [
        'a tab as the first line under policy',
        `${START}policy:\n\tfirst_update_minutes: 15\ncomponents:\n  - { id: api, name: API }\n`,
        '4:1 yaml-syntax this line is indented with a tab | use 2 spaces instead of the tab',
      ],
      [
        'a colon-space in a component name inside { }',
        `${START}components:\n  - { id: api, name: REST: API }\n`,
        '4:22 yaml-syntax a value with ": " in it must be in quotes | put the whole value in quotes: name: "REST: API"',
      ],
      [
        'a missing colon',
        'name Acme Status\nurl: https://acme.github.io/status\n',
        '1:1 yaml-syntax this line has no colon after its name | write the name, a colon and a space, then the value, e.g. `name: Acme Status`',
      ],
      [
        'a repeated component field',
        `${START}components:\n  - { id: api, name: API, name: REST API }\n`,
        '4:27 yaml-syntax `name` is written twice; the first is on line 4 | keep one `name:` and remove the other',
      ],
    ])('%s', (_, text, expected) => {
      expect(said(text)).toEqual([expected]);
    });
  });

  it('reports a config that is not a map', () => {
    expect(parseConfig('- a\n- b\n').diagnostics[0]).toMatchObject({ code: 'invalid-field', line: 1 });
  });

  it('reports a missing file', () => {
    expect(loadConfig('/nonexistent-root').diagnostics[0]).toMatchObject({ code: 'config-missing', file: 'status.config.yaml' });
  });

  it('loads the demo config, which points editors at the generated JSON Schema', () => {
    const { diagnostics } = loadConfig('.');
    expect(diagnostics).toEqual([]);
    expect(readFileSync('status.config.yaml', 'utf8')).toMatch(/^# yaml-language-server: \$schema=\.\/status\.config\.schema\.json/);
  });
});
