import matter from 'gray-matter';

/** A file's text cut at its frontmatter. */
export interface FrontmatterSplit {
  /** The text between the `---` lines, as gray-matter hands it to a YAML engine; '' when there is nothing to read. */
  yaml: string;
  /** Everything after the closing `---` line. */
  body: string;
  /** The file line `body` starts on. */
  firstBodyLine: number;
}

/**
 * Cuts `source` (without a BOM) at its frontmatter. gray-matter only finds the `---` lines: its
 * YAML engine is replaced, so its bundled js-yaml 3 never reads the text, and the caller reads
 * `yaml` with YamlSource (the `yaml` library, with positions).
 */
export function splitFrontmatter(source: string): FrontmatterSplit {
  let yaml = '';
  const keep = (text: string): object => {
    yaml = text;
    return {};
  };
  const { content } = matter(source, { engines: { yaml: keep } });
  return { yaml, body: content, firstBodyLine: source.slice(0, source.length - content.length).split('\n').length };
}
