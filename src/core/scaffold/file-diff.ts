import { createTwoFilesPatch } from 'diff';

/** A unified diff of one file, as git prints it (`--- a/path`, `+++ b/path`); empty when nothing changes. */
export function fileDiff(path: string, before: string | undefined, after: string): string {
  if (before === after) return '';
  const patch = createTwoFilesPatch(
    before === undefined ? '/dev/null' : `a/${path}`,
    `b/${path}`,
    before ?? '',
    after,
    undefined,
    undefined,
    { context: 3 },
  );
  // jsdiff starts with an `Index:`-less `===` line; git's form starts at `---`.
  return patch.slice(patch.indexOf('---')).trimEnd();
}
