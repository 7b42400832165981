/** The posts of a Statusfy incident file: its opening text, then each `::: update` block. */
import { clean, sourceTime, STATUS_WORD, type PostStatus, type SourcePost } from './source-post.ts';

/** Statusfy's `::: update <title> | <time>` blocks after the opening text. */
export function statusfyPosts(body: string, start: string | undefined): SourcePost[] {
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
