/**
 * The authoring CLI's entry (issue #12: the `statusmark` bin calls it): `main(argv, io)` and what
 * a caller must hand it. A script or test that runs the CLI in-process depends on exactly this.
 */
import { describe, expectTypeOf, test } from 'vitest';
import { main, type CliIo } from '../src/core/authoring/cli.ts';
import type { Choice, Prompter } from '../src/core/authoring/cli/prompts.ts';

describe('main', () => {
  test('takes the arguments after the command name and an io, and resolves to an exit status', () => {
    expectTypeOf(main).toEqualTypeOf<(argv: readonly string[], io: CliIo) => Promise<number>>();
  });

  test('the io: output, environment and working folder are required; the rest is optional', () => {
    expectTypeOf<CliIo>().toEqualTypeOf<{
      stdout: (text: string) => void;
      stderr: (text: string) => void;
      env: NodeJS.ProcessEnv;
      cwd: string;
      interactive: boolean;
      prompter?: Prompter;
      color?: boolean;
      readFile?: (path: string) => string;
      program?: string;
    }>();
    const io = { stdout: () => {}, stderr: () => {}, env: {}, cwd: '/content', interactive: false } satisfies CliIo;
    void main(['list'], io);
    // @ts-expect-error the working folder is required: the content root is found from it
    void main(['list'], { stdout: () => {}, stderr: () => {}, env: {}, interactive: false });
  });

  test('the prompter a caller may pass to answer the questions', () => {
    expectTypeOf<Prompter['select']>().toEqualTypeOf<
      <T extends string>(q: { message: string; options: Choice<T>[]; initial?: T }) => Promise<T>
    >();
    expectTypeOf<Prompter['confirm']>().toEqualTypeOf<(q: { message: string; initial?: boolean }) => Promise<boolean>>();
    expectTypeOf<keyof Prompter>().toEqualTypeOf<'text' | 'select' | 'multiselect' | 'confirm' | 'note'>();
  });
});
