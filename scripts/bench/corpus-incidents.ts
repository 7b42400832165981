/**
 * Turns the precision corpus's source files (test/fixtures/precision/sources/: cState and Statusfy
 * incident files as their repositories hold them) into Statusmark incident files, so the policy
 * rules can be measured on whole incidents. The mapping is written down in the fixture's README;
 * where a source does not record something Statusmark needs (most often the time of an update),
 * the incident says so in `unmapped` rather than inventing it.
 */
import { parse as parseYaml } from 'yaml';

export type SourceFormat = 'cstate' | 'statusfy';
type PostStatus = 'investigating' | 'identified' | 'monitoring' | 'update' | 'resolved' | 'in_progress' | 'completed';

/** One post of the source incident, in the order it was published. */
export interface SourcePost {
  text: string;
  /** ISO time with zone; absent when the source does not record when the post was published. */
  at?: string;
  status: PostStatus;
}

export interface ConvertedIncident {
  /** `<source>/<file name without .md>`, as the paragraph items' ids start. */
  id: string;
  title: string;
  /** Every post of the source, oldest first, timed or not. */
  posts: SourcePost[];
  /** The Statusmark incident file: the posts with a time, as `## <time> · <Status>` updates. */
  markdown: string;
  /** True when every post has a time, so the rules about time between updates can be measured. */
  timed: boolean;
  /** What the source holds that the Statusmark file does not, in words. */
  unmapped: string[];
}

const STATUS_WORD: Record<PostStatus, string> = {
  investigating: 'Investigating',
  identified: 'Identified',
  monitoring: 'Monitoring',
  update: 'Update',
  resolved: 'Resolved',
  in_progress: 'In progress',
  completed: 'Completed',
};

/** cState severity → Statusmark impact. */
const CSTATE_IMPACT: Record<string, string> = { down: 'critical', disrupted: 'major', notice: 'minor' };
/** Statusfy severity → Statusmark impact; "under-maintenance" has no window in the file, so it stays an incident. */
const STATUSFY_IMPACT: Record<string, string> = {
  'major-outage': 'critical',
  'partial-outage': 'major',
  'degraded-performance': 'minor',
  'under-maintenance': 'none',
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
const scalar = (v: unknown): string => (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : '');

const isTrue = (v: unknown) => v === true || (typeof v === 'string' && /^(?:true|yes|on)$/i.test(v.trim()));

function splitFrontmatter(text: string): { front: Record<string, unknown>; body: string } {
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

const clean = (text: string) =>
  demoteHeadings(text)
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\{\{<\s*track\s+"[^"]*"\s*>\}\}/g, '')
    .replace(/^\\\s*$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();

/** Jenkins' post markers: `[Final message]`, `[Initial Message]`, `[Update 2]`, `[edit]`, … */
const MARKER = /^\[(final|closing|close|initial|open|update|updated|edit)\b[^\]\n]*\]\s*$/im;
const MARKER_LINE = /^\[(final|closing|close|initial|open|update|updated|edit)\b[^\]\n]*\]\s*$/gim;
const SEPARATOR = /^\s*(?:-{3,}|\*{3,}|_{3,})\s*$/m;
const MARKER_TIME = /\[update\D*(\d{4}-\d\d-\d\d)\s+(\d\d)h(\d\d)\s*utc\]/i;

interface RawPost {
  text: string;
  marker?: string;
  at?: string;
  /** The status a bold lead names. */
  lead?: PostStatus;
}

const TRACK = /\{\{<\s*track\s+"([^"]+)"\s*>\}\}/;
/** xREL's template: posts under each other, each a bold lead ("**Resolved:** …"), parted by a line of `\`. */
const BACKSLASH_LINE = /^\\\s*$/m;
const LEAD_STATUS: [RegExp, PostStatus][] = [
  [/^\*\*\s*resolved\b/i, 'resolved'],
  [/^\*\*\s*(?:issue )?identified\b/i, 'identified'],
  [/^\*\*\s*monitoring\b/i, 'monitoring'],
];

/** The posts of a cState body, oldest first, with the time and status the source gives them (if any). */
function cstatePostsInFileOrder(body: string): { posts: RawPost[]; oldestFirst: boolean } {
  const uncommented = body.replace(/<!--[\s\S]*?-->/g, '');
  if (BACKSLASH_LINE.test(uncommented)) {
    const posts = uncommented
      .split(BACKSLASH_LINE)
      .map((t) => ({ raw: t, text: clean(t) }))
      .filter((p) => p.text)
      .map((p) => ({ text: p.text, at: sourceTime(TRACK.exec(p.raw)?.[1]), lead: LEAD_STATUS.find(([re]) => re.test(p.text))?.[1] }));
    return { posts, oldestFirst: true };
  }
  const text = clean(body);
  if (MARKER.test(text)) {
    const out: RawPost[] = [];
    const markers = [...text.matchAll(MARKER_LINE)];
    const lead = text.slice(0, markers[0]!.index).trim();
    if (lead) out.push({ text: lead });
    markers.forEach((m, i) => {
      const end = i + 1 < markers.length ? markers[i + 1]!.index : text.length;
      const t = text.slice(m.index + m[0].length, end).trim();
      const stamp = MARKER_TIME.exec(m[0]);
      const at = stamp ? sourceTime(`${stamp[1]} ${stamp[2]}:${stamp[3]}:00`) : undefined;
      if (t) out.push({ text: t, marker: m[1]!.toLowerCase(), at });
    });
    // Jenkins writes newest first ("[Final message]" on top), except a file that opens with
    // unmarked text and adds "[edit]"/"[Update]" below it.
    const oldestFirst =
      out.length > 1 &&
      out[0]!.marker === undefined &&
      out.slice(1).every((p) => p.marker === 'edit' || p.marker === 'update' || p.marker === 'updated');
    return { posts: out, oldestFirst };
  }
  // cState's convention: newest first, posts parted by a rule (Civo's `-----`).
  const posts = text
    .split(SEPARATOR)
    .map((t) => t.trim())
    .filter(Boolean)
    .map((t) => ({ text: t }));
  return { posts, oldestFirst: false };
}

/** Civo's posts open with their time of day: "12:20 GMT+1", "update 15:45 GMT+1", "07:15GMT". */
const LEADING_TIME = /^(?:\*\*)?(?:update\s+)?(\d{1,2}):(\d\d)(?::\d\d)?\s*(gmt|utc|bst|cet)?\s*([+-]\d{1,2})?(?![\d:])/i;
const ZONE_HOURS: Record<string, number> = { gmt: 0, utc: 0, bst: 1, cet: 1 };

/** A post's own time of day, on the incident's day (the next day when that would come before the start). */
function leadingTime(text: string, day: string | undefined, start: string | undefined): string | undefined {
  const m = LEADING_TIME.exec(text);
  if (!m || !day || !m[3]) return undefined;
  const offset = ZONE_HOURS[m[3].toLowerCase()]! + (m[4] ? Number(m[4]) : 0);
  let at = Date.parse(`${day}T00:00:00Z`) + ((Number(m[1]) - offset) * 60 + Number(m[2])) * 60_000;
  if (start && at < Date.parse(start) - 3_600_000) at += 86_400_000;
  return new Date(at).toISOString();
}

/**
 * The zone a file's posts state their times in ("12:20 GMT+1"), as an offset: the file's own
 * zone-less times (`date`, `resolvedWhen`) are read in it, since Civo writes both in local time.
 */
function statedZone(body: string): string | undefined {
  const m = /\b\d{1,2}:\d\d(?::\d\d)?\s*(gmt|utc|bst|cet)\s*([+-]\d{1,2})?(?![\d:])/i.exec(body);
  if (!m) return undefined;
  const hours = ZONE_HOURS[m[1]!.toLowerCase()]! + (m[2] ? Number(m[2]) : 0);
  return hours === 0 ? 'Z' : `${hours < 0 ? '-' : '+'}${String(Math.abs(hours)).padStart(2, '0')}:00`;
}

/** Files whose posts are written oldest first with nothing in them to tell (read by hand). */
const OLDEST_FIRST = new Set(['civo/2021-05-10-upstream-connectivity-to-svg1.md']);

function cstatePosts(
  id: string,
  body: string,
  day: string | undefined,
  start: string | undefined,
  end: string | undefined,
  resolved: boolean,
): SourcePost[] {
  const { posts: raw, oldestFirst } = cstatePostsInFileOrder(body);
  for (const p of raw) p.at ??= leadingTime(p.text, day, start);
  const stamped = raw.filter((p) => p.at);
  // Posts that carry their own times say which way the file runs.
  const runsForward =
    stamped.length >= 2 ? Date.parse(stamped[0]!.at!) <= Date.parse(stamped.at(-1)!.at!) : oldestFirst || OLDEST_FIRST.has(`${id}.md`);
  const ordered = runsForward ? raw : [...raw].reverse();
  return ordered.map((p, i) => {
    const first = i === 0;
    const last = i === ordered.length - 1;
    const closing =
      p.marker === 'final' ||
      p.marker === 'closing' ||
      p.marker === 'close' ||
      p.lead === 'resolved' ||
      (!p.marker && !p.lead && ordered.length > 1);
    // The newest of several posts of a resolved incident is its resolution, published when it resolved.
    if (last && !first && resolved && closing) return { text: p.text, at: p.at ?? end, status: 'resolved' as const };
    if (first) return { text: p.text, at: p.at ?? start, status: p.lead ?? ('investigating' as const) };
    return { text: p.text, at: p.at, status: p.lead ?? ('update' as const) };
  });
}

/** Statusfy's `::: update <title> | <time>` blocks after the opening text. */
function statusfyPosts(body: string, start: string | undefined): SourcePost[] {
  const out: SourcePost[] = [];
  const text = body.replace(/<!--[\s\S]*?-->/g, '');
  const first = text.split(/^::: update/m)[0]!.trim();
  if (first) out.push({ text: clean(first), at: start, status: 'investigating' });
  for (const m of text.matchAll(/^::: update[ \t]+([^|\n]*?)\s*\|\s*(\S+)[ \t]*\n([\s\S]*?)^:::[ \t]*$/gm)) {
    const title = m[1]!.trim();
    const status: PostStatus = /resolv|complete/i.test(title)
      ? 'resolved'
      : /identif/i.test(title)
        ? 'identified'
        : /monitor/i.test(title)
          ? 'monitoring'
          : 'update';
    // The title is kept as a bold lead when it is more than the status.
    const lead = status !== 'update' && title.toLowerCase() === STATUS_WORD[status].toLowerCase() ? '' : `**${title}:** `;
    out.push({ text: `${lead}${clean(m[3]!)}`, at: sourceTime(m[2]), status });
  }
  return out;
}

const yamlString = (s: string) => JSON.stringify(s);
const heading = (iso: string) => iso.replace(/:\d\d\.\d{3}Z$/, ' UTC').replace('T', ' ');

export interface ConvertOptions {
  /**
   * Read by hand: the file's only post was written when it was over ("Migration done", "Issue was
   * resolved by …"). The source has no status to say so; it becomes the Resolved update, at the
   * resolution time.
   */
  closing?: boolean;
  /**
   * Read by hand: planned work (an upgrade, a migration, a brownout) that the source, having no
   * maintenance kind, posted as an incident. It becomes maintenance with the window `date` to the
   * resolution time; its first post is In progress, its closing post Completed.
   */
  maintenance?: boolean;
}

/** Maps one source file to a Statusmark incident. */
export function convertIncident(
  source: string,
  fileName: string,
  format: SourceFormat,
  text: string,
  options: ConvertOptions = {},
): ConvertedIncident {
  const { front, body } = splitFrontmatter(text);
  const id = `${source}/${fileName.replace(/\.md$/, '')}`;
  const title = scalar(front.title) || fileName;
  const unmapped: string[] = [];
  const zone = format === 'cstate' ? statedZone(body) : undefined;
  const start = sourceTime(front.date, zone);
  const resolved = format === 'cstate' ? isTrue(front.resolved) || front.status === 'resolved' : isTrue(front.resolved);
  let end = format === 'cstate' ? sourceTime(front.resolvedWhen ?? front.resolved_on, zone) : sourceTime(front.modified);
  const severity = (scalar(front.severity) || scalar(front.max_severity)).trim();
  const impact = (format === 'cstate' ? CSTATE_IMPACT : STATUSFY_IMPACT)[severity];
  if (!impact) unmapped.push(`severity "${severity}" has no Statusmark impact: none`);
  if (front.affected || front.affectedsystems) unmapped.push('affected components: not mapped (the corpus has no component list)');

  const day = /^(\d{4}-\d\d-\d\d)/.exec(scalar(front.date))?.[1];
  if (zone) unmapped.push(`times without a zone read at ${zone}, the zone the posts state`);
  if (!start && front.date) unmapped.push(`\`date: ${scalar(front.date)}\` is not a time`);
  let posts = format === 'cstate' ? cstatePosts(id, body, day, start, end, resolved) : statusfyPosts(body, start);
  if (format === 'statusfy') {
    const last = posts.at(-1);
    // Statusfy records no resolution time: the file's last edit (`modified`), else the last update.
    if (resolved && !end) end = last?.at;
    if (resolved && last?.status === 'resolved') end = last.at;
    if (resolved && front.modified === undefined) unmapped.push('resolution time: taken from the last update (no `modified`)');
  }
  if (!resolved && end && format === 'cstate') {
    unmapped.push('`resolvedWhen` on an incident not marked resolved: ignored');
    end = undefined;
  }
  if (posts.length === 0) posts = [{ text: title, at: start, status: 'investigating' }];
  if (options.closing && resolved && posts.length === 1) {
    posts = [{ text: posts[0]!.text, at: end ?? posts[0]!.at, status: 'resolved' }];
    unmapped.push('the only post says it is over (read by hand): the Resolved update, at the resolution time');
  }
  const maintenance =
    options.maintenance === true && start !== undefined && end !== undefined && resolved && Date.parse(end) > Date.parse(start);
  if (options.maintenance && !maintenance)
    unmapped.push('planned work without a window (no resolution time after `date`): kept as an incident');
  if (maintenance) {
    posts = posts.map((p, i) => ({
      ...p,
      status: p.status === 'resolved' ? 'completed' : i === 0 ? 'in_progress' : p.status === 'update' ? 'update' : 'in_progress',
    }));
    unmapped.push(
      'planned work (read by hand): maintenance, window `date` to the resolution time; when its notice was posted is not recorded',
    );
  }
  const untimed = posts.filter((p) => !p.at).length;
  if (untimed) unmapped.push(`${untimed} of ${posts.length} posts have no time in the source and are left out of the updates`);
  if (!resolved) end = undefined;

  const times = maintenance
    ? ['kind: maintenance', `window: { start: ${heading(start)}, end: ${heading(end!)} }`]
    : [
        `impact: ${impact ?? 'none'}`,
        ...(start ? [`started: ${heading(start)}`] : []),
        ...(resolved && end ? [`resolved: ${heading(end)}`] : []),
      ];
  const fm = ['---', `title: ${yamlString(title)}`, ...times, '---', ''];
  const updates = [...posts]
    .filter((p) => p.at)
    .reverse()
    .map((p) => `## ${heading(p.at!)} · ${STATUS_WORD[p.status]}\n${p.text}\n`);
  return { id, title, posts, markdown: [...fm, ...updates].join('\n'), timed: untimed === 0, unmapped };
}
