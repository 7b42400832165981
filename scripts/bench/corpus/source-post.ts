/**
 * One post of a source incident file (cState, Statusfy) as the corpus converter reads it, and the
 * reading of the source's own text and times that every format shares.
 */
import { parse as parseYaml } from 'yaml';

export type SourceFormat = 'cstate' | 'statusfy';
export type PostStatus = 'investigating' | 'identified' | 'monitoring' | 'update' | 'resolved' | 'in_progress' | 'completed';

/** One post of the source incident, in the order it was published. */
export interface SourcePost {
  text: string;
  /** ISO time with zone; absent when the source does not record when the post was published. */
  at?: string;
  status: PostStatus;
}

export const STATUS_WORD: Record<PostStatus, string> = {
  investigating: 'Investigating',
  identified: 'Identified',
  monitoring: 'Monitoring',
  update: 'Update',
  resolved: 'Resolved',
  in_progress: 'In progress',
  completed: 'Completed',
};

/** "2020-11-12 15:54:00" (cState writes no zone: UTC, as Hugo reads it without a site time zone), or ISO with a zone. */
export function sourceTime(value: unknown, zone = 'Z'): string | undefined {
  if (value instanceof Date) return value.toISOString();
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const m = /^(\d{4}-\d\d-\d\d)[ T](\d\d?)(:\d\d(?::\d\d)?)(?:\.\d+)?\s*(Z|[+-]\d\d:?\d\d)?$/.exec(value.trim());
  if (!m) return undefined;
  const written = !m[4] ? zone : m[4] === '-00:00' || m[4] === '+00:00' ? 'Z' : m[4];
  const date = new Date(`${m[1]}T${m[2]!.padStart(2, '0')}${m[3]}${written}`);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** A scalar frontmatter value as text ('' for anything else). */
export const scalar = (v: unknown): string => (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : '');

export const isTrue = (v: unknown) => v === true || (typeof v === 'string' && /^(?:true|yes|on)$/i.test(v.trim()));

export function splitFrontmatter(text: string): { front: Record<string, unknown>; body: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*\r?\n?([\s\S]*)$/.exec(text);
  if (!m) return { front: {}, body: text };
  return { front: (parseYaml(m[1]!) as Record<string, unknown>) ?? {}, body: m[2]! };
}

/** Headings of level 1 and 2 in a post would end the update in Statusmark: they become level 3 (code blocks left alone). */
function demoteHeadings(text: string): string {
  let fenced = false;
  return text
    .split('\n')
    .map((line) => {
      if (/^\s*(?:```|~~~)/.test(line)) fenced = !fenced;
      return !fenced && /^#{1,2}\s/.test(line) ? line.replace(/^#{1,2}/, '###') : line;
    })
    .join('\n');
}

export const clean = (text: string) =>
  demoteHeadings(text)
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\{\{<\s*track\s+"[^"]*"\s*>\}\}/g, '')
    .replace(/^\\\s*$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
