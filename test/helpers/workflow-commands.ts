/**
 * Which lines of a log GitHub's runner takes for workflow commands, by its rules (actions/runner,
 * src/Runner.Common/ActionCommand.cs): `::name props::data` at the start of a line after white
 * space, then the legacy `##[name props]data` anywhere in the line, for any registered command.
 */
const REGISTERED = new Set([
  'set-env',
  'set-output',
  'save-state',
  'add-mask',
  'add-path',
  'add-matcher',
  'remove-matcher',
  'debug',
  'warning',
  'error',
  'notice',
  'group',
  'endgroup',
  'echo',
  'stop-commands',
]);

export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  data: string;
}

const unescapeData = (t: string) => t.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProperty = (t: string) =>
  t.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');

export function parseWorkflowCommand(line: string): WorkflowCommand | undefined {
  const trimmed = line.trimStart();
  if (trimmed.startsWith('::')) {
    const end = trimmed.indexOf('::', 2);
    if (end >= 0) {
      const info = trimmed.slice(2, end);
      const space = info.indexOf(' ');
      const command = space < 0 ? info : info.slice(0, space);
      if (REGISTERED.has(command)) {
        const properties: Record<string, string> = {};
        if (space > 0) {
          for (const pair of info
            .slice(space + 1)
            .trim()
            .split(',')
            .filter(Boolean)) {
            const at = pair.indexOf('=');
            if (at > 0 && at < pair.length - 1) properties[pair.slice(0, at)] = unescapeProperty(pair.slice(at + 1));
          }
        }
        return { command, properties, data: unescapeData(trimmed.slice(end + 2)) };
      }
    }
  }
  const legacy = line.indexOf('##[');
  if (legacy < 0) return undefined;
  const close = line.indexOf(']', legacy);
  if (close < 0) return undefined;
  const info = line.slice(legacy + 3, close);
  const command = info.split(' ')[0]!;
  return REGISTERED.has(command) ? { command, properties: {}, data: line.slice(close + 1) } : undefined;
}

/** Every workflow command the runner would find in `log`. */
export function workflowCommands(log: string): WorkflowCommand[] {
  return log.split(/\r\n|\r|\n/).flatMap((line) => parseWorkflowCommand(line) ?? []);
}
