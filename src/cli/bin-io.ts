/** What a command of the `statusmark` bin is given, so tests can run the bin in process. */
export interface BinIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export type BinGroup = 'project' | 'content' | 'ci';

export interface BinCommand {
  /** `project` commands set a team's repository up (init, upgrade); `content` ones are a responder's; `ci` ones are run by the workflows. */
  group: BinGroup;
  /** One line for `statusmark --help`. */
  summary: string;
  run: (argv: readonly string[], io: BinIo) => number | Promise<number>;
}

export type BinCommands = Readonly<Record<string, BinCommand>>;
