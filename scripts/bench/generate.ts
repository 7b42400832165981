import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Deterministic pseudo-random numbers (mulberry32), so every run benches the same content. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const BASE_COMPONENTS = ['api', 'webhooks', 'dashboard', 'labels', 'tracking', 'carriers', 'email', 'sms'];
const TITLES = [
  'Elevated error rates',
  'Slow responses',
  'Delayed notifications',
  'Failed logins',
  'Missing tracking events',
  'Label downloads failing',
];
const SENTENCES = [
  'Some requests fail with errors; retrying usually succeeds.',
  'We have found the cause and are rolling out a fix.',
  'Pages load slowly for some customers in Europe.',
  'Emails are delayed by up to 20 minutes; none are lost.',
  'A fix is deployed and we are watching error rates closely.',
  'You can download labels from the dashboard while the API recovers.',
  'We will post another update within 30 minutes.',
];
const IMPACTS = ['minor', 'minor', 'minor', 'major', 'critical'] as const;

export interface GenerateOptions {
  components: number;
  minUpdates: number;
  maxUpdates: number;
  reportShare: number;
}

/** The check bench's shape; the build bench asks for 20 components, 3–6 updates and 10 % reports. */
export const CHECK_SHAPE: GenerateOptions = { components: 8, minUpdates: 2, maxUpdates: 6, reportShare: 0.2 };
export const BUILD_SHAPE: GenerateOptions = { components: 20, minUpdates: 3, maxUpdates: 6, reportShare: 0.1 };

function componentIds(n: number): string[] {
  return Array.from({ length: n }, (_, i) => BASE_COMPONENTS[i] ?? `service-${i}`);
}

function benchConfig(ids: string[]): string {
  const groups = ['Platform', 'Shipping', 'Notifications', 'Integrations'];
  return `name: Bench Status\nurl: https://status.bench.example\ncomponents:\n${ids
    .map((id, i) => `  - { id: ${id}, name: ${id.toUpperCase()}, group: ${groups[i % groups.length]} }`)
    .join('\n')}\n`;
}

const pad = (n: number) => String(n).padStart(2, '0');
const stamp = (t: number) => {
  const d = new Date(t);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())} UTC`;
};

/** Writes a content root of `count` realistic, valid incidents (one in five is maintenance), ending before `end`. */
export function generateContentRoot(dir: string, count: number, end: Date, shape = CHECK_SHAPE, onProgress?: (done: number) => void): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'incidents'), { recursive: true });
  const COMPONENTS = componentIds(shape.components);
  writeFileSync(join(dir, 'status.config.yaml'), benchConfig(COMPONENTS));
  const rnd = random(count);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
  const span = 5 * 365 * 24 * 3600_000;
  for (let i = 0; i < count; i++) {
    const start = Math.floor((end.getTime() - 86_400_000 - rnd() * span) / 60_000) * 60_000;
    const day = stamp(start).slice(0, 10);
    const year = day.slice(0, 4);
    const id = `${day}-bench-${i}`;
    const components = [...new Set([pick(COMPONENTS), pick(COMPONENTS)])];
    const lines: string[] = [];
    if (i % 5 === 0) {
      lines.push('---', `title: Planned upgrade ${i}`, 'kind: maintenance', `components: [${components.join(', ')}]`);
      lines.push(`window: { start: ${stamp(start)}, end: ${stamp(start + 7_200_000)} }`, '---', '');
      lines.push(`## ${stamp(start + 6_000_000)} · Completed`, 'The work is done.', '');
      lines.push(`## ${stamp(start)} · In progress`, 'The work has started.', '');
      lines.push(`## ${stamp(start - 5 * 86_400_000)} · Scheduled`, pick(SENTENCES), pick(SENTENCES), '');
    } else {
      const updates = shape.minUpdates + Math.floor(rnd() * (shape.maxUpdates - shape.minUpdates + 1));
      lines.push('---', `title: ${pick(TITLES)} (${i})`, `impact: ${pick(IMPACTS)}`, `components: [${components.join(', ')}]`);
      if (rnd() < 0.3) lines.push(`workaround: ${pick(SENTENCES)}`);
      lines.push('---', '');
      const statuses = ['Investigating', 'Identified', 'Monitoring', 'Update'];
      for (let u = updates - 1; u >= 0; u--) {
        const at = start + u * 25 * 60_000;
        const status = u === updates - 1 ? 'Resolved' : u === 0 ? 'Investigating' : pick(statuses);
        lines.push(`## ${stamp(at)} · ${status}`, pick(SENTENCES), pick(SENTENCES), '');
      }
      if (rnd() < shape.reportShare)
        lines.push('## Post-incident report', '### Summary', pick(SENTENCES), '### Root cause', pick(SENTENCES), '');
    }
    mkdirSync(join(dir, 'incidents', year), { recursive: true });
    writeFileSync(join(dir, 'incidents', year, `${id}.md`), lines.join('\n'));
    if (onProgress && (i + 1) % 1000 === 0) onProgress(i + 1);
  }
}
