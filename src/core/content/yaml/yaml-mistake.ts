import type { Rendered } from '../../diagnostics/catalog/entry.ts';

/** A YAML syntax error in a responder's words: where the mistake is (an offset into the text) and what the catalog says about it. */
export interface YamlMistake {
  offset: number;
  said: Rendered;
}
