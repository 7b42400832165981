/**
 * Jargon lists (style-jargon), by audience (`style.audience`). A term is jargon relative to who
 * reads the page: developers know "failover", "5xx" or "pods", so their list keeps only what is
 * internal to an incident team or to one platform.
 */

/**
 * For a general audience (the default): internal terms customers won't know, with a plain alternative. `style.jargon` in
 * status.config.yaml adds to this list or replaces an entry; `false` allows a term.
 * Matching ignores case, apostrophes and dashes; a term may be several words ("DB failover").
 * Text in `code spans` and code blocks is never checked.
 */
export const GENERAL_JARGON: Readonly<Record<string, string>> = {
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

/** For developers: the incident team's own words and one platform's states, which even developers may not know. */
export const DEVELOPER_JARGON: Readonly<Record<string, string>> = {
  OOMKilled: 'ran out of memory',
  CrashLoopBackOff: 'kept restarting',
  RCA: 'post-incident report',
  SEV1: 'major incident',
  SEV2: 'incident',
  MTTR: 'time to recover',
};
