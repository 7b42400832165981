import type { StyleConfig } from '../../content/config/config-schema.ts';
import { DEVELOPER_JARGON, GENERAL_JARGON } from './phrases/jargon.ts';

/** The built-in list for an audience. */
export const defaultJargon = (audience: StyleConfig['audience']) => (audience === 'developers' ? DEVELOPER_JARGON : GENERAL_JARGON);

/** The jargon list in force: the audience's built-in list, with the config's additions and removals. */
export function jargonList(
  config: Readonly<Record<string, string | false>> | undefined,
  audience: StyleConfig['audience'] = 'general',
): Map<string, string> {
  const builtIn = defaultJargon(audience);
  const out = new Map<string, string>();
  const key = (term: string) => term.trim().toLowerCase();
  for (const [term, plain] of Object.entries(builtIn)) out.set(key(term), plain);
  const display = new Map<string, string>(Object.keys(builtIn).map((t) => [key(t), t]));
  for (const [term, plain] of Object.entries(config ?? {})) {
    if (plain === false) out.delete(key(term));
    else out.set(key(term), plain);
    display.set(key(term), term.trim());
  }
  return new Map([...out].map(([k, plain]) => [display.get(k) ?? k, plain]));
}
