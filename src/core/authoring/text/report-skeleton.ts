import type { LoadedConfig } from '../../content/config/config.ts';
import { markdownToText } from '../../content/markdown/markdown.ts';
import type { Incident } from '../../content/model.ts';
import { REPORT_SECTIONS, type ReportSectionKey } from '../../content/markdown/report-sections.ts';
import { STATUS_LABELS } from '../../content/statuses.ts';
import { formatDuration, utcDateKey } from '../../shared/time.ts';
import { clockTime } from './clock.ts';
import { appendBlock, detectEol } from './incident-text.ts';

/** "20 November 2026" */
export function longDate(date: Date): string {
  return date.toLocaleDateString('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });
}

/** The first sentence of an update, as plain text, for the report's timeline. */
export function firstSentence(markdown: string): string {
  const text = markdownToText(markdown);
  const m = /^(.+?[.!?])(?=\s|$)/.exec(text);
  return (m?.[1] ?? text).trim();
}

/** "REST API, Dashboard and Email delivery" */
export function listWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** What the author writes under each section, as HTML comments in the skeleton. */
const GUIDE: Record<Exclude<ReportSectionKey, 'timeline'>, string> = {
  summary: 'What happened, to which services, and for how long, in two or three plain sentences. A draft from the timeline:',
  rootCause: 'What went wrong, in plain language: no jargon, no guessing, no blaming others.',
  impact:
    'Who was affected and how: which services, how many requests or customers, for how long. Say what was not affected, such as data.',
  resolution: 'What you did to fix it, and when.',
  nextSteps:
    'What you are changing so it is less likely to happen again, as a task list: - [ ] …  (no promises that it will never happen again)',
  furtherUpdates: 'When and where you will say more, e.g. “We will add a note to this report as each step above is done.”',
  support: 'How customers reach you for help.',
};

/**
 * The post-incident report skeleton: every section the handbook lists (`REPORT_SECTIONS`), the timeline filled in
 * from the incident's updates, the summary drafted and the support contacts taken from the
 * config. Guidance for the author is in HTML comments, which never reach the page.
 */
export function reportSkeleton(incident: Incident, loaded: LoadedConfig, eol = '\n'): string {
  const chronological = [...incident.updates].reverse();
  const first = chronological[0];
  const start = incident.started;
  const end = incident.resolved;
  const times = [start, ...chronological.map((u) => u.at), ...(end ? [end] : [])];
  const oneDay = new Set(times.map((t) => utcDateKey(t))).size === 1;
  const clock = loaded.config.time_format;
  const when = (d: Date) => (oneDay ? clockTime(d, clock) : `${utcDateKey(d)} ${clockTime(d, clock)}`);

  const timeline: string[] = [];
  if (first && start < first.at) timeline.push(`- ${when(start)} – The problem begins.`);
  for (const u of chronological) {
    const sentence = firstSentence(u.markdown);
    timeline.push(`- ${when(u.at)} – ${STATUS_LABELS[u.status]}${sentence ? `: ${sentence}` : '.'}`);
  }
  if (end && !incident.updates.some((u) => u.status === 'resolved' || u.status === 'completed')) {
    timeline.push(`- ${when(end)} – ${incident.kind === 'maintenance' ? 'The maintenance ends.' : 'The incident is resolved.'}`);
  }

  const names = incident.components.map((c) => loaded.componentsById.get(c.component)?.name ?? c.component);
  const affected = names.length ? listWords(names) : 'our services';
  const verb = names.length === 1 ? 'was' : 'were';
  const summary = end
    ? `On ${longDate(start)}, ${affected} ${verb} affected for ${formatDuration(end.getTime() - start.getTime())}, from ${when(start)} to ${when(end)} UTC.`
    : `On ${longDate(start)}, ${affected} ${verb} affected from ${when(start)} UTC.`;

  const support = loaded.config.support;
  const ways: string[] = [];
  if (support?.email) ways.push(`email [${support.email}](mailto:${support.email})`);
  if (support?.url) ways.push(`visit [${support.url.replace(/^https?:\/\//, '').replace(/\/$/, '')}](${support.url})`);
  if (support?.phone) ways.push(`call ${support.phone}`);
  const guide = (key: keyof typeof GUIDE) => `<!-- ${GUIDE[key]} -->`;
  const supportText = ways.length
    ? `If you have questions, contact our support team: ${ways.length > 1 ? `${ways.slice(0, -1).join(', ')} or ${ways[ways.length - 1]}` : ways[0]}.`
    : guide('support');

  const bodies: Record<ReportSectionKey, string[]> = {
    summary: [guide('summary'), summary],
    timeline: [oneDay ? `All times are UTC, on ${longDate(start)}.` : 'All times are UTC.', '', ...timeline],
    rootCause: [guide('rootCause')],
    impact: [guide('impact')],
    resolution: [guide('resolution')],
    nextSteps: [guide('nextSteps')],
    furtherUpdates: [guide('furtherUpdates')],
    support: [supportText],
  };
  const lines = ['## Post-incident report', ...REPORT_SECTIONS.flatMap((s, i) => [...(i ? [''] : []), `### ${s.name}`, ...bodies[s.key]])];
  return lines.join(eol) + eol;
}

/** The incident's text with the report skeleton appended after its last update. */
export function addReport(text: string, incident: Incident, loaded: LoadedConfig): string {
  const eol = detectEol(text);
  return appendBlock(text, reportSkeleton(incident, loaded, eol), eol);
}
