import { describe, expect, it } from 'vitest';
import { wantsColor } from '../src/core/diagnostics/reporters/color.ts';

const terminal = { isTTY: true };
const pipe = { isTTY: false };

describe('wantsColor: whether printed findings carry colour', () => {
  it('colours a terminal and not a pipe or a file', () => {
    expect(wantsColor(terminal, {})).toBe(true);
    expect(wantsColor(pipe, {})).toBe(false);
    expect(wantsColor({}, {})).toBe(false);
  });
  it('leaves a TERM=dumb terminal plain', () => {
    expect(wantsColor(terminal, { TERM: 'dumb' })).toBe(false);
  });
  it('follows NO_COLOR over everything, as no-color.org asks', () => {
    expect(wantsColor(terminal, { NO_COLOR: '1' })).toBe(false);
    expect(wantsColor(pipe, { NO_COLOR: '1', FORCE_COLOR: '1' })).toBe(false);
    // An empty NO_COLOR is not set, by the convention's own wording.
    expect(wantsColor(terminal, { NO_COLOR: '' })).toBe(true);
  });
  it('follows FORCE_COLOR, which CI systems that show colour set, on or off', () => {
    expect(wantsColor(pipe, { FORCE_COLOR: '1' })).toBe(true);
    expect(wantsColor(pipe, { FORCE_COLOR: '' })).toBe(true);
    expect(wantsColor(terminal, { FORCE_COLOR: '0' })).toBe(false);
    expect(wantsColor(terminal, { FORCE_COLOR: 'false' })).toBe(false);
  });
  it('does not colour a pipe just because CI is set', () => {
    expect(wantsColor(pipe, { CI: 'true' })).toBe(false);
  });
});
