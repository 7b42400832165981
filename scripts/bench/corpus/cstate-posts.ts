/**
 * The posts of a cState incident file: parted by a rule (Civo), by Jenkins' markers ("[Final
 * message]") or by xREL's `\\` lines, oldest first, with the time and status the file gives each.
 */
import { clean, sourceTime, type PostStatus, type SourcePost } from './source-post.ts';

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
export function statedZone(body: string): string | undefined {
  const m = /\b\d{1,2}:\d\d(?::\d\d)?\s*(gmt|utc|bst|cet)\s*([+-]\d{1,2})?(?![\d:])/i.exec(body);
  if (!m) return undefined;
  const hours = ZONE_HOURS[m[1]!.toLowerCase()]! + (m[2] ? Number(m[2]) : 0);
  return hours === 0 ? 'Z' : `${hours < 0 ? '-' : '+'}${String(Math.abs(hours)).padStart(2, '0')}:00`;
}

/** Files whose posts are written oldest first with nothing in them to tell (read by hand). */
const OLDEST_FIRST = new Set(['civo/2021-05-10-upstream-connectivity-to-svg1.md']);

export function cstatePosts(
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
