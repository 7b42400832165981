/**
 * Whether text written to a stream should carry colour, by the conventions terminals and CI share:
 * NO_COLOR (no-color.org) turns it off, FORCE_COLOR turns it on (`0` or `false` off), and otherwise
 * only a terminal that is not `TERM=dumb` gets it. CI systems that render colour set FORCE_COLOR.
 */
export function wantsColor(stream: { isTTY?: boolean }, env: Readonly<Record<string, string | undefined>>): boolean {
  if (env.NO_COLOR) return false;
  const forced = env.FORCE_COLOR;
  if (forced !== undefined) return forced !== '0' && forced !== 'false';
  return Boolean(stream.isTTY) && env.TERM !== 'dumb';
}
