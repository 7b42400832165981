import { LineCounter, parseDocument, type YAMLError } from 'yaml';
import { columnsOf, SourceLines, withoutComment, YAML_PARSE_OPTIONS, type Column } from './yaml-lines.ts';
import { CATALOG } from '../../diagnostics/catalog/catalog.ts';
import { render } from '../../diagnostics/catalog/entry.ts';
import type { YamlMistake } from './yaml-mistake.ts';

/** The value above runs on into the next line: that line is indented past it and holds ": ". */
export function runsOnto(errors: readonly YAMLError[]): YAMLError | undefined {
  const [first, second] = errors;
  return first?.code === 'BLOCK_AS_IMPLICIT_KEY' && second?.code === 'MULTILINE_IMPLICIT_KEY' && second.pos[0] === first.pos[0]
    ? second
    : undefined;
}

/** The line whose shape (indentation, `- `) the parser's first error is about, which it often reports a line early. */
export function blamedLine(source: SourceLines, errors: readonly YAMLError[]): number {
  const onto = runsOnto(errors);
  if (onto) return source.lineOf(onto.pos[1]);
  return source.contentLineFrom(source.lineOf(errors[0]!.pos[0]));
}

/** The line above `line` that starts at the same column, unless a line that holds both (a parent) comes first. */
function lineAlongside(source: SourceLines, line: number): { line: number; kind: Column['kind'] } | undefined {
  const column = columnsOf(source.line(line))[0]!.column;
  for (let l = line - 1; l >= 0; l--) {
    if (!source.isContent(l)) continue;
    const columns = columnsOf(source.line(l));
    const same = columns.find((c) => c.column === column);
    if (same) return { line: l, kind: same.kind };
    if (columns[0]!.column < column) return undefined;
  }
  return undefined;
}

/** Where `line` would stand right: the column, and the line above that it lines up with (none for the first line under a `name:`). */
interface Fit {
  column: number;
  line?: number;
}

/**
 * The indentation that makes the text read, up to `line`, without an error: the first line under
 * a `name:` goes in by two spaces; any other is tried at the columns of the lines above it,
 * nearest first.
 */
function alignment(source: SourceLines, line: number): Fit | undefined {
  const own = /^[ \t]*/.exec(source.line(line))![0];
  const candidates: Fit[] = [];
  let above = line - 1;
  while (above >= 0 && !source.isContent(above)) above--;
  if (above >= 0 && /:$/.test(withoutComment(source.line(above))))
    candidates.push({ column: columnsOf(source.line(above)).at(-1)!.column + 2 });
  for (let l = above; l >= 0; l--) {
    if (source.isContent(l)) for (const { column } of columnsOf(source.line(l))) candidates.push({ column, line: l });
  }
  const tried = new Set<number>();
  for (const fit of candidates) {
    if (tried.has(fit.column) || ' '.repeat(fit.column) === own) continue;
    tried.add(fit.column);
    const moved = source.withIndent(line, ' '.repeat(fit.column));
    const counter = new LineCounter();
    const { errors } = parseDocument(moved, { ...YAML_PARSE_OPTIONS, lineCounter: counter });
    if (!errors.length || blamedLine(new SourceLines(moved, counter, 0), errors) > line) return fit;
  }
  return undefined;
}

/** A line that is a list item among fields, a field among list items, or indented unlike the lines above it. */
export function lineShape(source: SourceLines, line: number): YamlMistake | undefined {
  const text = source.line(line);
  if (/^ *\t/.test(text)) return tabIndent(source, line);
  const own = columnsOf(text)[0]!;
  const offset = source.start(line) + own.column;
  const body = text.slice(own.column).trimEnd();
  const alongside = lineAlongside(source, line);
  if (alongside && own.kind === 'item' && alongside.kind === 'field') {
    return { offset, said: render(CATALOG.itemAmongFields, { asField: body.replace(/^-\s*/, '') }) };
  }
  if (alongside && own.kind === 'field' && alongside.kind === 'item') {
    return { offset, said: render(CATALOG.fieldAmongItems, { body }) };
  }
  const fit = alignment(source, line);
  if (fit?.line === undefined) return undefined;
  if (own.column === 0 && fit.line === source.contentLineFrom(0)) {
    // Only the first line stands in: it is the odd one out, not every line after it.
    return { offset: source.start(fit.line), said: render(CATALOG.firstLineIndented) };
  }
  return {
    offset,
    said: render(CATALOG.indentedUnlikeAbove, { more: own.column > fit.column, column: fit.column, like: lineToCopy(source, fit.line) }),
  };
}

/** The line whose indentation to copy, as a hint shows it. */
function lineToCopy(source: SourceLines, line: number): { number: number; text: string } {
  return { number: source.fileLine(line), text: withoutComment(source.line(line)).trim() };
}

export function tabIndent(source: SourceLines, line: number): YamlMistake {
  const fit = alignment(source, line);
  const offset = source.start(line) + source.line(line).indexOf('\t');
  if (!fit) return { offset, said: render(CATALOG.tabIndent) };
  const like = fit.line === undefined ? undefined : lineToCopy(source, fit.line);
  return { offset, said: render(CATALOG.tabIndentAligned, { column: fit.column, like }) };
}
