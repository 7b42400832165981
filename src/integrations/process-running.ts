import { readFileSync } from 'node:fs';

/** Whether a process with this id runs, one of another user's included (kill answers EPERM for those). */
export function processRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The process id a build wrote into a cache's in-use mark: undefined without a mark, 0 for one
 * that holds no id (written by a build cut short while writing it).
 */
export function markHolder(file: string): number | undefined {
  try {
    const pid = Number(readFileSync(file, 'utf8'));
    return Number.isInteger(pid) && pid > 0 ? pid : 0;
  } catch {
    return undefined;
  }
}
