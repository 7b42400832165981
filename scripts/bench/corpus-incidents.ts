/**
 * Turns the precision corpus's source files (test/fixtures/precision/sources/: cState and Statusfy
 * incident files as their repositories hold them) into Statusmark incident files, so the policy
 * rules can be measured on whole incidents. The mapping is written down in the fixture's README;
 * where a source does not record something Statusmark needs (most often the time of an update),
 * the incident says so in `unmapped` rather than inventing it.
 */
import { cstatePosts, statedZone } from './corpus/cstate-posts.ts';
import { isTrue, scalar, sourceTime, splitFrontmatter, STATUS_WORD, type SourceFormat, type SourcePost } from './corpus/source-post.ts';
import { statusfyPosts } from './corpus/statusfy-posts.ts';

export type { SourceFormat, SourcePost } from './corpus/source-post.ts';
export { sourceTime } from './corpus/source-post.ts';

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

/** cState severity → Statusmark impact. */
const CSTATE_IMPACT: Record<string, string> = { down: 'critical', disrupted: 'major', notice: 'minor' };
/** Statusfy severity → Statusmark impact; "under-maintenance" has no window in the file, so it stays an incident. */
const STATUSFY_IMPACT: Record<string, string> = {
  'major-outage': 'critical',
  'partial-outage': 'major',
  'degraded-performance': 'minor',
  'under-maintenance': 'none',
};

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
