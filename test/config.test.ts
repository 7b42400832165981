import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadConfig, parseConfig } from '../src/core/content/config/config.ts';
import { logoSource } from '../src/core/content/config/config-addresses.ts';
import { formatHuman } from '../src/core/diagnostics/reporters/human.ts';

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
    expect(loaded?.config.policy).toEqual({
      first_update_minutes: 15,
      update_interval_minutes: 30,
      report_due_minutes: 60,
      maintenance_notice_hours: 24,
    });
    expect(loaded?.locale).toBe('en');
    expect(loaded?.config.time_zone).toBe('UTC');
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
    expect(lines(VALID.replace('id: sms', 'id: api'))).toEqual([
      expect.stringMatching(/^8:11 duplicate-component component id "api" is already used on line 5/),
    ]);
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

/** The config with `fields` on line 2 and after, as `npm run check` prints its findings. */
const checked = (fields: string) =>
  formatHuman(parseConfig(`name: Acme Status\n${fields}\ncomponents:\n  - { id: api, name: API }\n`).diagnostics, { color: false });
const BASE_RULE = 'a base path may hold only letters (A–Z, a–z), digits, "-", "_", "." and "~", with one "/" between parts';
const LOGO_RULE = 'a logo is a file in public/, such as /logo.svg, or an https: address';

describe('the site address: a base path cannot move the page to another host', () => {
  it.each([
    [
      'a backslash, which browsers read as "/"',
      'url: https://status.acme.example/\\evil.example/',
      `status.config.yaml:2:6 error invalid-field url: the base path "/\\evil.example/" holds "\\", which a browser reads as "/"; ${BASE_RULE}\n  write \`url: https://status.acme.example/evil.example/\``,
    ],
    [
      'an empty part, which starts another host',
      'url: https://status.acme.example//evil.example/',
      `status.config.yaml:2:6 error invalid-field url: the base path "//evil.example/" has an empty part ("//"), which a browser can read as another host; ${BASE_RULE}\n  write \`url: https://status.acme.example/evil.example/\``,
    ],
    [
      'a "." or ".." part, which a browser resolves away',
      'url: https://acme.github.io/status/../page/',
      `status.config.yaml:2:6 error invalid-field url: the base path "/status/../page/" has a "." or ".." part; ${BASE_RULE}\n  write \`url: https://acme.github.io/page/\``,
    ],
    [
      'a user name and password, which would be published (and are not repeated in the message)',
      'url: https://deploy:s3cret@acme.github.io/status/',
      'status.config.yaml:2:6 error invalid-field url: holds a user name or password before "@", which every page would publish\n  write `url: https://acme.github.io/status/`',
    ],
    [
      'a query',
      'url: https://acme.github.io/status/?utm_source=x',
      'status.config.yaml:2:6 error invalid-field url: cannot have a query ("?utm_source=x"); the address ends with the base path\n  write `url: https://acme.github.io/status/`',
    ],
    [
      'a fragment',
      'url: https://acme.github.io/status/#top',
      'status.config.yaml:2:6 error invalid-field url: cannot have a fragment ("#top"); the address ends with the base path\n  write `url: https://acme.github.io/status/`',
    ],
  ])('refuses %s', (_, fields, expected) => {
    expect(checked(fields)).toBe(expected);
  });

  it('refuses an address without http(s)://, suggesting the full one when the host is plain', () => {
    expect(checked('url: status.acme.example')).toBe(
      'status.config.yaml:2:6 error invalid-field url: must be an absolute http(s) URL such as https://status.example.com\n  write `url: https://status.acme.example/`',
    );
    const nothingToGuess =
      'status.config.yaml:2:6 error invalid-field url: must be an absolute http(s) URL such as https://status.example.com\n  write the address the page is published at, such as `url: https://acme.github.io/status/`';
    expect(checked('url: /status')).toBe(nothingToGuess);
    expect(checked('url: "javascript:alert(1)"')).toBe(nothingToGuess);
  });

  it('accepts every character a plain base path may hold, and writes the address as a browser reads it', () => {
    expect(checked('url: https://acme.github.io/~acme/Status_page.v2-1')).toBe('');
    expect(
      parseConfig(`name: A\nurl: https://acme.github.io/~acme/Status_page.v2-1\ncomponents: [{ id: api, name: API }]\n`).loaded?.config.url,
    ).toBe('https://acme.github.io/~acme/Status_page.v2-1/');
    expect(parseConfig(`name: A\nurl: HTTPS://Status.Acme.Example:443\ncomponents: [{ id: api, name: API }]\n`).loaded?.config.url).toBe(
      'https://status.acme.example/',
    );
  });
});

describe('the site address: a base path that would need percent-encoding is refused with its plain form', () => {
  it.each([
    ['a percent-escape', 'url: "https://acme.github.io/a%20b/"', '"/a%20b/" holds "%20"', 'https://acme.github.io/a-b/'],
    ['a letter outside A–Z', 'url: https://acme.github.io/statüs/', '"/statüs/" holds "ü"', 'https://acme.github.io/status/'],
    ['a space', 'url: https://acme.github.io/status page/', '"/status page/" holds " "', 'https://acme.github.io/status-page/'],
    [
      'quotes',
      `url: "https://acme.github.io/it's \\"new\\"/"`,
      `"/it's "new"/" holds "'", " " and '"'`,
      'https://acme.github.io/it-s-new/',
    ],
  ])('%s', (_, fields, found, nearest) => {
    expect(checked(fields)).toBe(
      `status.config.yaml:2:6 error invalid-field url: the base path ${found}; ${BASE_RULE}\n  write \`url: ${nearest}\``,
    );
  });
});

describe('the logo is a file of the site or an https: address', () => {
  const logo = (value: string) => checked(`url: https://acme.github.io/status/\nlogo: ${value}`);

  it.each([
    [
      'a scheme-relative address',
      '//evil.example/logo.svg',
      `status.config.yaml:3:7 error invalid-field logo: "//evil.example/logo.svg" starts with "//", so it would load from another host; ${LOGO_RULE}\n  put the image in public/ and write \`logo: /logo.svg\`; or, to load it from evil.example (see the README), \`logo: https://evil.example/logo.svg\``,
    ],
    [
      'a scheme-relative address written with a backslash',
      '/\\evil.example/logo.svg',
      `status.config.yaml:3:7 error invalid-field logo: "/\\evil.example/logo.svg" starts with "/\\", so it would load from another host; ${LOGO_RULE}\n  put the image in public/ and write \`logo: /logo.svg\`; or, to load it from evil.example (see the README), \`logo: https://evil.example/logo.svg\``,
    ],
    [
      'a javascript: address',
      '"javascript:alert(1)"',
      `status.config.yaml:3:7 error invalid-field logo: "javascript:alert(1)" is a javascript: address; ${LOGO_RULE}\n  put the image in public/ and write \`logo: /logo.svg\``,
    ],
    [
      'a data: address',
      '"data:image/svg+xml,<svg/>"',
      `status.config.yaml:3:7 error invalid-field logo: "data:image/svg+xml,<svg/>" is a data: address; ${LOGO_RULE}\n  put the image in public/ and write \`logo: /logo.svg\``,
    ],
    [
      'an unencrypted address',
      'http://acme.example/logo.svg',
      `status.config.yaml:3:7 error invalid-field logo: "http://acme.example/logo.svg" is not encrypted (http:); ${LOGO_RULE}\n  write \`logo: https://acme.example/logo.svg\`, or put the image in public/ and write \`logo: /logo.svg\``,
    ],
    [
      'a path that would need encoding',
      '/brand/Acme logo.svg',
      'status.config.yaml:3:7 error invalid-field logo: the path "/brand/Acme logo.svg" holds " "; a path in public/ may hold only letters (A–Z, a–z), digits, "-", "_", "." and "~", with one "/" between parts\n  rename the file if needed and write `logo: /brand/Acme-logo.svg`',
    ],
    [
      'a path that climbs out of public/',
      '/../secret.svg',
      'status.config.yaml:3:7 error invalid-field logo: the path "/../secret.svg" has a "." or ".." part; a path in public/ may hold only letters (A–Z, a–z), digits, "-", "_", "." and "~", with one "/" between parts\n  rename the file if needed and write `logo: /secret.svg`',
    ],
  ])('refuses %s', (_, value, expected) => {
    expect(logo(value)).toBe(expected);
  });

  it('accepts a file in public/, with or without the leading "/", and an https: address', () => {
    for (const value of ['/logo.svg', 'logo.svg', '/brand/logo-v2_dark.svg', 'https://cdn.acme.example/brand/logo.svg'])
      expect(logo(value), value).toBe('');
  });

  it('loads a file of public/ under the base path and an https: address from its host', () => {
    expect(logoSource('/brand/logo.svg', '/status/')).toBe('/status/brand/logo.svg');
    expect(logoSource('logo.svg', '/status/')).toBe('/status/logo.svg');
    expect(logoSource('logo.svg', '/')).toBe('/logo.svg');
    expect(logoSource('https://cdn.acme.example/logo.svg', '/status/')).toBe('https://cdn.acme.example/logo.svg');
  });
});

describe('links that leave the site are http(s) only', () => {
  it('refuses a javascript: or scheme-relative header link and support page, saying what to write', () => {
    expect(checked('url: https://acme.github.io/status/\nlinks: [{ label: Home, url: "javascript:alert(1)" }]')).toBe(
      'status.config.yaml:3:29 error invalid-field links[0].url: must be an absolute http(s) URL such as https://status.example.com\n  Where the link leads, as an absolute http(s) URL such as https://acme.example',
    );
    const support = (url: string) => checked(`url: https://acme.github.io/status/\nsupport: { url: ${url} }`);
    const refused =
      'status.config.yaml:3:17 error invalid-field support.url: must be an absolute http(s) URL such as https://status.example.com\n  Your help centre or contact page, as an absolute http(s) URL such as https://acme.example/help';
    expect(support('"javascript:alert(1)"')).toBe(refused);
    expect(support('//evil.example/help')).toBe(refused);
    expect(support('"data:text/html,<script>alert(1)</script>"')).toBe(refused);
  });
});
