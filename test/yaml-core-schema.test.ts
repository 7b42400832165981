import { describe, expect, it } from 'vitest';
import { diagnosticsOf, parseOk } from './helpers/parse.ts';

const file = (front: string) => `---\n${front}\n---\n\n## 2026-11-20 14:05 UTC · Investigating\nText.\n`;

/** Frontmatter is YAML 1.2's core schema: YAML 1.1 would turn these into a Date, a boolean, a number. */
describe('frontmatter values are read as YAML 1.2 core', () => {
  it('keeps a date and yes/no/on as the text written', () => {
    const incident = parseOk(file('title: 2026-11-20\ncomponents: [api]\nworkaround: yes'));
    expect(incident.title).toBe('2026-11-20');
    expect(incident.workaround).toBe('yes');
    expect(parseOk(file('title: "on"\ncomponents: [api]\nworkaround: no')).workaround).toBe('no');
  });

  it('reads a leading zero as decimal, not octal', () => {
    expect(
      diagnosticsOf(file('title: T\ncomponents: [api]\nworkaround: 0755')).map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`),
    ).toEqual(['4:13 invalid-field workaround: must be text, not 755']);
  });
});
