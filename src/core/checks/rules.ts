import type { RulesConfig } from '../content/config/config-schema.ts';
import { CATALOG } from '../diagnostics/catalog/catalog.ts';
import { diagnose, type Diagnostic } from '../diagnostics/diagnostics.ts';
import { ALL_RULES, type RuleId } from '../diagnostics/catalog/all-rules.ts';
import type { RuleInfo, RuleSeverity } from '../diagnostics/catalog/rule-info.ts';
import { didYouMean } from '../shared/suggest.ts';

const BY_ID = new Map<string, RuleInfo<RuleId>>(ALL_RULES.map((r) => [r.id, r]));

export function ruleInfo(id: string): RuleInfo<RuleId> | undefined {
  return BY_ID.get(id);
}

/** Which rules run, and at what severity: the config's `rules`, else each rule's default. */
export class RuleSettings {
  private readonly config: RulesConfig;
  private readonly errorsOnly: boolean;

  constructor(config: RulesConfig | undefined, options: { errorsOnly?: boolean } = {}) {
    this.config = config ?? {};
    this.errorsOnly = options.errorsOnly ?? false;
  }

  severity(id: RuleId): RuleSeverity {
    return this.config[id] ?? BY_ID.get(id)!.defaultSeverity;
  }

  /** A rule runs unless it is off; with `errorsOnly` (the build) only rules that can fail it run. */
  enabled(id: RuleId): boolean {
    const severity = this.severity(id);
    return severity !== 'off' && (!this.errorsOnly || severity === 'error');
  }

  /** Whether any rule runs at all: a build with every rule a warning lints nothing. */
  get anyEnabled(): boolean {
    return ALL_RULES.some((r) => this.enabled(r.id));
  }

  get reportsWarnings(): boolean {
    return !this.errorsOnly;
  }
}

/**
 * Suppression comments. In an update, the summary or the report:
 *   <!-- statusmark-disable style-speculation style-jargon -->
 * switches those rules off for that block (a bare `statusmark-disable` switches off every
 * policy and style rule there). `statusmark-disable-file` anywhere applies to the whole file.
 * Only the configurable rules can be switched off; content errors cannot.
 */
const COMMENT = /<!--\s*statusmark-disable(-file)?(?=[\s-]|-->)([^]*?)-->/g;

interface Suppression {
  /** First line of the block it applies to; 0 for the whole file. */
  block: number;
  /** Empty for "all rules". */
  rules: Set<string>;
}

export class Suppressions {
  private readonly list: Suppression[] = [];
  private readonly blockStarts: number[];
  /** Findings about the comments themselves (an unknown rule id). */
  readonly diagnostics: Diagnostic[] = [];

  /** `blockStarts`: the first line of each block (1 for the frontmatter and summary, then each level-2 heading). */
  constructor(file: string, text: string, blockStarts: readonly number[]) {
    this.blockStarts = [...new Set([1, ...blockStarts])].sort((a, b) => a - b);
    const lineStarts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
    const lineOf = (offset: number) => {
      let lo = 0;
      let hi = lineStarts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (lineStarts[mid]! <= offset) lo = mid;
        else hi = mid - 1;
      }
      return { line: lo + 1, column: offset - lineStarts[lo]! + 1 };
    };
    for (const m of text.matchAll(COMMENT)) {
      const at = lineOf(m.index);
      const ids = m[2]!
        .split(/[\s,]+/)
        .map((s) => s.trim())
        .filter(Boolean);
      const rules = new Set<string>();
      for (const id of ids) {
        if (BY_ID.has(id)) {
          rules.add(id);
          continue;
        }
        const known = [...BY_ID.keys()];
        this.diagnostics.push(diagnose(CATALOG.badSuppression, file, at, { id, suggestion: didYouMean(id, known), rules: known }));
      }
      if (ids.length > 0 && rules.size === 0) continue;
      this.list.push({ block: m[1] ? 0 : this.blockOf(at.line), rules });
    }
  }

  private blockOf(line: number): number {
    let block = 1;
    for (const start of this.blockStarts) if (start <= line) block = start;
    return block;
  }

  has(rule: string, line: number): boolean {
    if (this.list.length === 0) return false;
    const block = this.blockOf(line);
    return this.list.some((s) => (s.block === 0 || s.block === block) && (s.rules.size === 0 || s.rules.has(rule)));
  }
}
