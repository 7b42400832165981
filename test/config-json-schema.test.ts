import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { configJsonSchemaText } from '../src/core/content/config/config-json-schema.ts';

const committed = readFileSync('status.config.schema.json', 'utf8');
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats.default(ajv);
const validate = ajv.compile(JSON.parse(committed));
const demo = parse(readFileSync('status.config.yaml', 'utf8'));

describe('status.config.schema.json', () => {
  it('is what `npm run schema` generates from the loader schema (run it after changing the schema)', () => {
    expect(committed).toBe(configJsonSchemaText());
  });

  it('accepts the demo config', () => {
    expect(validate(demo), JSON.stringify(validate.errors)).toBe(true);
  });

  it('rejects a misspelt key, a wrong type and a bad component id, like the loader does', () => {
    expect(validate({ ...demo, compnents: demo.components })).toBe(false);
    expect(validate({ ...demo, policy: { first_update_minutes: 'fifteen' } })).toBe(false);
    expect(validate({ ...demo, components: [{ id: 'Not An Id', name: 'X' }] })).toBe(false);
    expect(validate({ ...demo, url: '/relative' })).toBe(false);
  });

  it('refuses a base path or logo that could load from another host or need encoding, like the loader', () => {
    for (const url of [
      'https://status.acme.example/\\evil.example/',
      'https://status.acme.example//evil.example/',
      'https://acme.github.io/a%20b/',
      'https://acme.github.io/statüs/',
      'https://acme.github.io/a/../b/',
      'https://acme.github.io/status/?x=1',
    ]) {
      expect(validate({ ...demo, url }), url).toBe(false);
    }
    for (const url of ['https://acme.github.io/status/', 'https://acme.github.io/~acme/Status_page.v2-1', 'https://status.acme.example'])
      expect(validate({ ...demo, url }), url).toBe(true);
    for (const logo of [
      '//evil.example/logo.svg',
      '/\\evil.example/logo.svg',
      'javascript:alert(1)',
      'data:image/svg+xml,<svg/>',
      'http://acme.example/logo.svg',
      '/../logo.svg',
    ]) {
      expect(validate({ ...demo, logo }), logo).toBe(false);
    }
    for (const logo of ['/logo.svg', 'logo.svg', 'https://cdn.acme.example/logo.svg']) expect(validate({ ...demo, logo }), logo).toBe(true);
  });

  it('offers the two clocks, like the loader', () => {
    expect(validate({ ...demo, time_format: '12h' })).toBe(true);
    expect(validate({ ...demo, time_format: '24h' })).toBe(true);
    expect(validate({ ...demo, time_format: 'AM/PM' })).toBe(false);
  });

  it('documents every field for editors', () => {
    const schema = JSON.parse(committed) as { properties: Record<string, { description?: string }> };
    for (const [key, value] of Object.entries(schema.properties)) expect(value.description, key).toBeTruthy();
  });
});
