import type { LineCounter } from 'yaml';

/** How the config and every frontmatter are parsed, also when a fix is tried out. */
// logLevel 'error': what is wrong with a file reaches the user as a finding, never as the
// library's own console warning (such as "Keys with collection values will be stringified").
export const YAML_PARSE_OPTIONS = { uniqueKeys: true, prettyErrors: false, logLevel: 'error' } as const;

/** The text's lines, numbered from 0, with what a hint needs to know about each. */
export class SourceLines {
  private readonly text: string;
  private readonly counter: LineCounter;
  private readonly firstLine: number;

  constructor(text: string, counter: LineCounter, firstLine: number) {
    this.text = text;
    this.counter = counter;
    this.firstLine = firstLine;
  }

  get count(): number {
    return this.counter.lineStarts.length;
  }

  lineOf(offset: number): number {
    return this.counter.linePos(offset).line - 1;
  }

  start(line: number): number {
    return this.counter.lineStarts[line] ?? this.text.length;
  }

  line(line: number): string {
    return this.text.slice(this.start(line), this.start(line + 1)).replace(/\r?\n$/, '');
  }

  /** The line as the file numbers it. */
  fileLine(line: number): number {
    return line + this.firstLine;
  }

  isContent(line: number): boolean {
    const t = this.line(line).trim();
    return t !== '' && !t.startsWith('#');
  }

  /** The first line from `line` on that holds more than blanks and comments: the parser reports a misplaced line where its comments begin. */
  contentLineFrom(line: number): number {
    for (let l = line; l < this.count; l++) if (this.isContent(l)) return l;
    return line;
  }

  /** The text with `line`'s indentation replaced. */
  withIndent(line: number, indent: string): string {
    const body = this.line(line).replace(/^[ \t]*/, '');
    return this.text.slice(0, this.start(line)) + indent + body + this.text.slice(this.start(line) + this.line(line).length);
  }
}

/** Where the things on a line start: its indentation, then after each `- `. */
export interface Column {
  column: number;
  kind: 'item' | 'field' | 'other';
}

export function columnsOf(line: string): Column[] {
  const out: Column[] = [];
  let column = /^ */.exec(line)![0].length;
  for (;;) {
    const rest = line.slice(column);
    const dash = /^-( +|$)/.exec(rest);
    if (!dash) {
      out.push({ column, kind: /^("[^"]*"|'[^']*'|[^\s#'"?][^:]*?) *:( |$)/.test(rest) ? 'field' : 'other' });
      return out;
    }
    out.push({ column, kind: 'item' });
    if (!dash[1]) return out;
    column += dash[0].length;
  }
}

/** A line without its `# comment`: to show it in a hint, or to see that it ends in `name:`. */
export const withoutComment = (text: string) => text.replace(/(^|\s)#.*$/, '').trimEnd();
