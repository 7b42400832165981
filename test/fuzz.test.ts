import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkAndRender, FUZZ_CORPUS, incidentFile } from '../scripts/bench/fuzz-corpus.ts';

/**
 * Issue 17: no file can hang or crash the check or the build. Property tests of the whole path a
 * file takes (parse, the policy and style rules, then the site model, every page view, feed and
 * search record made from it): none throws, none reports an internal error, and each step takes
 * well under a second of CPU. `npm run bench` times every shape of the corpus at full size.
 */

/**
 * CPU time past which one step on one file counts as a hang. The target is well under a second,
 * and the bench measures it (`BENCH_ONLY=fuzz npm run bench`: slowest shape ≈ 0.55 s); this guard
 * only has to catch a shape that grows faster than its text, without failing on a loaded CI
 * machine (1.18 s seen with the whole suite running on two cores).
 */
const BUDGET_MS = 4000;

function expectFastAndWhole(text: string): void {
  let timing: ReturnType<typeof checkAndRender>;
  try {
    timing = checkAndRender(text);
  } catch (error) {
    throw new Error(`threw on ${JSON.stringify(text.slice(0, 300))}…: ${(error as Error).stack ?? String(error)}`, { cause: error });
  }
  const what = `${JSON.stringify(text.slice(0, 200))}… (${text.length} characters)`;
  expect(
    timing.diagnostics.filter((d) => d.code === 'internal-error'),
    what,
  ).toEqual([]);
  expect(timing.check, `check of ${what}`).toBeLessThan(BUDGET_MS);
  expect(timing.render, `render of ${what}`).toBeLessThan(BUDGET_MS);
}

// Pieces of Markdown with a meaning, and the characters that make parsers work hardest.
const token = fc.constantFrom(
  '*',
  '**',
  '_',
  '__',
  '~~',
  '[',
  ']',
  '![',
  '](',
  ')',
  '(',
  '`',
  '```',
  '<',
  '>',
  '<!--',
  '-->',
  '<?',
  '<a href="x">',
  '</a>',
  '&amp;',
  '&#x1F600;',
  '\\',
  '\\*',
  '|',
  ' | ',
  '---',
  '===',
  '- ',
  '* ',
  '1. ',
  '> ',
  '#',
  '### ',
  '    ',
  '\t',
  ' ',
  '  ',
  '\n',
  '\n\n',
  '\r',
  '\r\n',
  'https://x.example/a_b',
  'www.x.example',
  'a@b.example',
  '[^1]',
  '[^1]: note',
  '[x]: https://x.example',
  '- [ ] ',
  '- [x] ',
  'word',
  'Some requests fail.',
  'probably',
  'due to our provider',
  'next update by 14:35 UTC',
  'é',
  '🚚',
  'שלום',
  '\u200b',
  '\u202e',
  '\u2028',
  '\uD800',
  '\u0000',
  'Components: api = operational',
);

/** A run of one token: the repeats are what make the quadratic shapes slow. */
const run = fc.tuple(token, fc.integer({ min: 1, max: 400 })).map(([t, n]) => t.repeat(n));
const text = fc
  .array(fc.oneof({ weight: 3, arbitrary: token }, { weight: 1, arbitrary: run }), { maxLength: 60 })
  .map((parts) => parts.join(''));

const headingLine = fc.oneof(
  fc.constantFrom('## 2026-11-20 10:00 UTC · Investigating', '## 2026-11-20T10:05Z - Identified', '## 2026-11-20 10:10 +01:00 | Update'),
  text.map((t) => `## ${t.replace(/[\r\n]/g, ' ')}`),
  fc.constantFrom('## Post-incident report', '##', '## 2026-11-20 10:00 UTC', '  ## 2026-11-20 10:00 UTC · Resolved'),
);

const body = fc
  .array(fc.tuple(headingLine, text), { minLength: 1, maxLength: 6 })
  .map((blocks) => blocks.map(([h, t]) => `${h}\n${t}\n`).join('\n'));
const FRONT = '---\ntitle: Elevated error rates\nimpact: minor\ncomponents: [api]\n---\n';

describe('whatever the text, the check and the build neither throw nor hang', () => {
  it('on documents made of Markdown pieces and runs of them', () => {
    fc.assert(
      fc.property(body, (b) => expectFastAndWhole(FRONT + b)),
      { numRuns: 80 },
    );
  });

  it('on valid incidents whose updates are such text', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 4 }), (updates) => expectFastAndWhole(incidentFile(updates))),
      { numRuns: 50 },
    );
  });

  // The shapes that took seconds before the limits and the fixes (see the bench for all of them),
  // every run and at full size: a time that grows faster than the text shows only there.
  it.each([
    'mismatched openers and closers (*a_ ), in report',
    'images in image descriptions, in report',
    'blame causes without parties (style rules), in report',
  ])('on %s, as large as the limits allow', (name) => {
    expect(FUZZ_CORPUS, name).toHaveProperty([name]);
    expectFastAndWhole(FUZZ_CORPUS[name]!());
  });

  // Every shape the bench times, at every size up to as large as the limits allow: a few of them
  // each run (fast-check picks others every time, and prints the seed of any that fails).
  it('on the pathological shapes of the fuzz corpus, cut to any size', () => {
    const names = Object.keys(FUZZ_CORPUS);
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.double({ min: 0.05, max: 1, noNaN: true }), (name, share) => {
        const full = FUZZ_CORPUS[name]!();
        const frontmatter = full.indexOf('\n---\n') + 5;
        expectFastAndWhole(full.slice(0, frontmatter + Math.ceil((full.length - frontmatter) * share)));
      }),
      { numRuns: 10 },
    );
  });
});
