import {
  isPluralElement,
  isPoundElement,
  isSelectElement,
  isTagElement,
  isLiteralElement,
  parse,
  type MessageFormatElement,
} from '@formatjs/icu-messageformat-parser';

/** What a message must keep in every language: its placeholders and, per plural, the forms its language needs. */
export interface MessageShape {
  placeholders: Set<string>;
  /** Each plural's argument with the selectors it offers (`one`, `other`, `=0`). */
  plurals: { argument: string; selectors: string[] }[];
}

/** The shape of `message`, or the parser's complaint when it is not ICU MessageFormat. */
export function messageShape(message: string): MessageShape | { error: string } {
  let ast: MessageFormatElement[];
  try {
    ast = parse(message, { requiresOtherClause: true });
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
  const shape: MessageShape = { placeholders: new Set(), plurals: [] };
  collect(ast, shape);
  return shape;
}

function collect(elements: MessageFormatElement[], shape: MessageShape): void {
  for (const el of elements) {
    if (isLiteralElement(el) || isPoundElement(el)) continue;
    if (isTagElement(el)) {
      collect(el.children, shape);
      continue;
    }
    shape.placeholders.add(el.value);
    if (isPluralElement(el)) shape.plurals.push({ argument: el.value, selectors: Object.keys(el.options) });
    if (isPluralElement(el) || isSelectElement(el)) for (const option of Object.values(el.options)) collect(option.value, shape);
  }
}

/** The plural categories `locale` distinguishes, e.g. `one other` for English, `zero one two few many other` for Arabic. */
export function pluralCategories(locale: string): string[] {
  return [...new Intl.PluralRules(locale).resolvedOptions().pluralCategories];
}

/**
 * What is wrong with `translation` as the message whose English is `source`, in `locale`: it does
 * not parse, it lacks or adds a placeholder, or a plural lacks a category the language needs or
 * has one it never selects. Exact selectors (`=0`) are allowed anywhere. Empty when it is fine.
 */
export function translationProblems(source: string, translation: string, locale: string): string[] {
  const want = messageShape(source);
  const got = messageShape(translation);
  if ('error' in want) return [`the English message does not parse: ${want.error}`];
  if ('error' in got) return [`it is not valid ICU MessageFormat (${got.error})`];
  const problems: string[] = [];
  const missing = [...want.placeholders].filter((p) => !got.placeholders.has(p));
  const extra = [...got.placeholders].filter((p) => !want.placeholders.has(p));
  if (missing.length) problems.push(`it lacks ${missing.map((p) => `{${p}}`).join(', ')}`);
  if (extra.length) problems.push(`it has ${extra.map((p) => `{${p}}`).join(', ')}, which the English message does not`);
  const categories = pluralCategories(locale);
  for (const plural of got.plurals) {
    const named = plural.selectors.filter((s) => !s.startsWith('='));
    const lacking = categories.filter((c) => !named.includes(c));
    const unused = named.filter((s) => !categories.includes(s));
    if (lacking.length)
      problems.push(`its plural {${plural.argument}} lacks ${lacking.join(', ')} (${locale} uses ${categories.join(', ')})`);
    if (unused.length)
      problems.push(
        `its plural {${plural.argument}} has ${unused.join(', ')}, which ${locale} never uses (it uses ${categories.join(', ')})`,
      );
  }
  return problems;
}
