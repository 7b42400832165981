/**
 * A memo of parsed YAML values that a caller may hand to YamlSource: for a text that parsed before
 * without errors, `recall` gives its value (a fresh copy each time), so the text need not be parsed
 * again unless a position is asked for. It must give exactly what the parse would give: its keys
 * cover the text and everything else that decides the value (see checks/yaml-value-cache.ts).
 */
export interface YamlValues {
  recall(text: string): { js: unknown } | undefined;
  remember(text: string, js: unknown): void;
}
