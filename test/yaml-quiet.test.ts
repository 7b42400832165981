import { afterEach, describe, expect, it, vi } from 'vitest';
import { YamlSource } from '../src/core/content/yaml/yaml-source.ts';

describe('reading YAML', () => {
  afterEach(() => vi.restoreAllMocks());

  it('never prints the YAML library’s own warnings to the console (what is wrong reaches the user as a finding)', () => {
    const emitted = vi.spyOn(process, 'emitWarning');
    const warned = vi.spyOn(console, 'warn');
    // A key that is a list, with an alias so the careful (positioned) parse reads it.
    expect(new YamlSource('a: &x 1\n? [a, b]\n: *x\n').toJS()).toEqual({ a: 1, '[ a, b ]': 1 });
    expect(emitted).not.toHaveBeenCalled();
    expect(warned).not.toHaveBeenCalled();
  });
});
