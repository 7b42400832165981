/** A YAML syntax error in a responder's words: where the mistake is (an offset into the text) and what to write instead. */
export interface YamlMistake {
  offset: number;
  message: string;
  hint: string;
}
