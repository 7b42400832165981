import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';

/** One `uses:` of a workflow step, with the comment after it (`# v7.0.1` gives `v7.0.1`). */
export interface StepUse {
  /** `deploy.yml:25`, for messages. */
  where: string;
  job: string;
  /** `actions/checkout`, `actions/cache/restore`. */
  action: string;
  ref: string;
  comment: string;
}

/** Every step's `uses:` in the workflow, in file order. The comment needs the YAML document, not its data. */
export function stepUses(file: string, text: string): StepUse[] {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  const jobs = doc.get('jobs');
  if (!isMap(jobs)) return [];
  const out: StepUse[] = [];
  for (const pair of jobs.items) {
    const steps = isMap(pair.value) ? pair.value.get('steps') : undefined;
    if (!isSeq(steps)) continue;
    for (const step of steps.items) {
      const uses = isMap(step) ? step.get('uses', true) : undefined;
      if (!isScalar(uses)) continue;
      const [action = '', ref = ''] = String(uses.value).split('@');
      out.push({
        where: `${file}:${lines.linePos(uses.range![0]).line}`,
        job: String(isScalar(pair.key) ? pair.key.value : pair.key),
        action,
        ref,
        comment: (uses.comment ?? '').trim(),
      });
    }
  }
  return out;
}
