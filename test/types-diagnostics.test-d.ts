/** Diagnostic and DiagnosticCode as a package user reads them (issue #12): a closed set of codes, never any string. */
import { describe, expectTypeOf, test } from 'vitest';
import type { Diagnostic, DiagnosticCode, Severity } from '../src/core/diagnostics/diagnostics.ts';

describe('Diagnostic', () => {
  test('every field, with the hint the only optional one', () => {
    expectTypeOf<Diagnostic>().toEqualTypeOf<{
      severity: Severity;
      code: DiagnosticCode;
      file: string;
      line: number;
      column: number;
      message: string;
      hint?: string;
    }>();
    expectTypeOf<Severity>().toEqualTypeOf<'error' | 'warning'>();
  });

  test('the code is one of the catalog codes: content codes and rule ids, and nothing else', () => {
    expectTypeOf<'unknown-component'>().toExtend<DiagnosticCode>();
    expectTypeOf<'yaml-syntax'>().toExtend<DiagnosticCode>();
    expectTypeOf<'policy-update-overdue'>().toExtend<DiagnosticCode>();
    expectTypeOf<string>().not.toExtend<DiagnosticCode>();
    expectTypeOf<'no-such-code'>().not.toExtend<DiagnosticCode>();
    const finding = {
      severity: 'error',
      // @ts-expect-error a code outside the catalog is refused
      code: 'no-such-code',
      file: 'incidents/a.md',
      line: 1,
      column: 1,
      message: 'm',
    } satisfies Diagnostic;
    void finding;
  });

  test('a severity other than error or warning is refused', () => {
    // @ts-expect-error "info" is not a severity: a finding is an error or a warning
    const severity: Severity = 'info';
    void severity;
  });
});
