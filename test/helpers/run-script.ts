import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

export interface ScriptRun {
  code: number;
  stdout: string;
  stderr: string;
}

const SCRIPTS = join(import.meta.dirname, '..', '..', 'scripts');

/** Runs `node scripts/<name>` as a child process (asynchronously, so servers in this process answer it); `nodeArgs` go to node first. */
export function runScript(
  name: string,
  args: string[],
  env: Record<string, string | undefined>,
  cwd: string,
  nodeArgs: string[] = [],
): Promise<ScriptRun> {
  return new Promise((resolve, reject) => {
    const clean = Object.fromEntries(
      Object.entries(process.env).filter(([k]) => !k.startsWith('GITHUB_') && !k.startsWith('STATUS_') && !k.endsWith('_WEBHOOK_URL')),
    );
    const child = spawn(process.execPath, [...nodeArgs, join(SCRIPTS, name), ...args], { cwd, env: { ...clean, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d));
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

export interface Received {
  path: string;
  body: any;
  headers: Record<string, string | string[] | undefined>;
}

/** A recorder on 127.0.0.1: answers each path with a status (200 by default) and, for GETs, a body. */
export class Receiver {
  readonly requests: Received[] = [];
  status: Record<string, number> = {};
  files: Record<string, unknown> = {};
  private server?: Server;
  url = '';

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      let text = '';
      req.on('data', (c: Buffer) => (text += c));
      req.on('end', () => {
        const path = new URL(req.url ?? '/', 'http://x').pathname;
        if (req.method === 'GET') {
          if (!(path in this.files)) {
            res.writeHead(404).end('not found');
            return;
          }
          res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(this.files[path]));
          return;
        }
        let body: unknown = text;
        try {
          body = JSON.parse(text);
        } catch {}
        this.requests.push({ path, body, headers: req.headers });
        const status = this.status[path] ?? 200;
        res.writeHead(status, { 'content-type': 'text/plain' }).end(status < 300 ? 'ok' : 'invalid_payload');
      });
    });
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  on(path: string): Received[] {
    return this.requests.filter((r) => r.path === path);
  }

  async stop(): Promise<void> {
    await new Promise<void>((r) => (this.server ? this.server.close(() => r()) : r()));
  }
}
