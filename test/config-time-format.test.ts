import { describe, expect, it } from 'vitest';
import { parseConfig } from '../src/core/content/config/config.ts';
import { BASE_CONFIG } from './helpers/content-root.ts';

const diagnostics = (text: string) => parseConfig(text).diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.message} | ${d.hint}`);

describe('time_format in status.config.yaml', () => {
  it('is a 24-hour clock unless the config asks for 12-hour', () => {
    expect(parseConfig(BASE_CONFIG).loaded?.config.time_format).toBe('24h');
    expect(parseConfig(`${BASE_CONFIG}time_format: 12h\n`).loaded?.config.time_format).toBe('12h');
    expect(parseConfig(`${BASE_CONFIG}time_format: 24h\n`).loaded?.config.time_format).toBe('24h');
  });

  it('refuses anything else on its line, saying what to write', () => {
    expect(diagnostics(`${BASE_CONFIG}time_format: AM/PM\n`)).toEqual([
      '7:14 invalid-field time_format: "AM/PM" is not one of: 24h, 12h | write one of: 24h, 12h',
    ]);
    expect(diagnostics(`${BASE_CONFIG}time_format: 12\n`)).toEqual([
      '7:14 invalid-field time_format: 12 is not one of: 24h, 12h | write one of: 24h, 12h',
    ]);
  });
});
