/**
 * The grammar of what `npm run build` prints. Every line is one of:
 *   blank
 *   npm's header        "> statusmark@0.1.0 build"
 *   a section heading   " generating static routes "   (Astro's, drawn as a coloured bar in a terminal)
 *   a log line          "HH:MM:SS [ERROR] [label] text"  (level and labels optional; text starts and ends with a non-space)
 * and a log line's text holds no second clock time (two lines run together), no route of its own
 * ("├─ /path": a long build must not print a line per file) and is not a stray timing ("(+16ms)").
 */
export type LogLine =
  | { kind: 'blank' }
  | { kind: 'npm'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'log'; time: string; level: 'info' | 'warn' | 'error'; labels: string[]; text: string };

const CLOCK = /\b\d{2}:\d{2}:\d{2}\b/;
const LOG = /^(?<time>\d{2}:\d{2}:\d{2}) (?:\[(?<level>ERROR|WARN)\] )?(?<labels>(?:\[[a-z][a-z0-9-]*\] )*)(?<text>\S(?:.*\S)?)$/;
const HEADING = /^ (?<text>[a-z]+(?: [a-z]+)*) $/;
const NPM = /^> (?<text>\S.*)$/;

export function parseBuildLog(log: string): LogLine[] {
  return log
    .replace(/\n$/, '')
    .split('\n')
    .map((line, i): LogLine => {
      const bad = (what: string) => new Error(`line ${i + 1} of the build log ${what}: ${JSON.stringify(line)}`);
      if (line === '') return { kind: 'blank' };
      const npm = NPM.exec(line);
      if (npm) return { kind: 'npm', text: npm.groups!.text! };
      const heading = HEADING.exec(line);
      if (heading) return { kind: 'heading', text: heading.groups!.text! };
      const entry = LOG.exec(line);
      if (!entry) throw bad('is neither a log line ("HH:MM:SS [label] text"), a heading, npm’s header nor blank');
      const { time, level, labels, text } = entry.groups as { time: string; level?: string; labels: string; text: string };
      if (CLOCK.test(text)) throw bad('has a second line run into it');
      if (text.includes('├─')) throw bad('lists a single route');
      if (/^\(\+?[\d.]+m?s\)/.test(text)) throw bad('is a stray timing');
      return {
        kind: 'log',
        time,
        level: level === 'ERROR' ? 'error' : level === 'WARN' ? 'warn' : 'info',
        labels: labels.trim() ? labels.trim().slice(1, -1).split('] [') : [],
        text,
      };
    });
}

/** The texts of the log lines with exactly these labels. */
export function logTexts(lines: LogLine[], ...labels: string[]): string[] {
  return lines.flatMap((l) => (l.kind === 'log' && l.labels.join(' ') === labels.join(' ') ? [l.text] : []));
}

/** "11,195" → 11195 */
export const count = (text: string) => Number(text.replaceAll(',', ''));
