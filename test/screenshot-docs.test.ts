import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCREENSHOT_NOW } from '../scripts/screenshot.ts';

describe('the README’s screenshots', () => {
  const readme = readFileSync('README.md', 'utf8');

  it('name the command and the moment that make them again', () => {
    expect(readme).toContain(`\`STATUS_NOW=${SCREENSHOT_NOW} npm run screenshot\``);
    expect(readme).toContain(`(default \`${SCREENSHOT_NOW}\`, the moment the README shows)`);
  });
});
