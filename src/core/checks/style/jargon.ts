/**
 * Internal terms customers won't know, with a plain alternative. `style.jargon` in
 * status.config.yaml adds to this list or replaces an entry; `false` allows a term.
 * Matching ignores case, apostrophes and dashes; a term may be several words ("DB failover").
 * Text in `code spans` and code blocks is never checked.
 */
export const DEFAULT_JARGON: Readonly<Record<string, string>> = {
  OOM: 'ran out of memory',
  OOMKilled: 'ran out of memory',
  k8s: 'our servers',
  pod: 'server',
  pods: 'servers',
  CrashLoopBackOff: 'kept restarting',
  p50: 'typical response times',
  p90: 'response times',
  p95: 'the slowest requests',
  p99: 'the slowest requests',
  RCA: 'post-incident report',
  'DB failover': 'switch to a standby database',
  failover: 'switch to a standby system',
  DB: 'database',
  '5xx': 'errors',
  '4xx': 'errors',
  SEV1: 'major incident',
  SEV2: 'incident',
  MTTR: 'time to recover',
  SLO: 'reliability target',
  hotfix: 'fix',
  infra: 'our systems',
  prod: 'our live systems',
};

/** The jargon list in force: the defaults, with the config's additions and removals. */
export function jargonList(config: Readonly<Record<string, string | false>> | undefined): Map<string, string> {
  const out = new Map<string, string>();
  const key = (term: string) => term.trim().toLowerCase();
  for (const [term, plain] of Object.entries(DEFAULT_JARGON)) out.set(key(term), plain);
  const display = new Map<string, string>(Object.keys(DEFAULT_JARGON).map((t) => [key(t), t]));
  for (const [term, plain] of Object.entries(config ?? {})) {
    if (plain === false) out.delete(key(term));
    else out.set(key(term), plain);
    display.set(key(term), term.trim());
  }
  return new Map([...out].map(([k, plain]) => [display.get(k) ?? k, plain]));
}
