/**
 * A stand-in for the GitHub REST API on 127.0.0.1, for the CLI's `--pr` flow. It keeps an
 * in-memory repository (blobs, trees, commits, refs, pull requests), speaks the endpoints the
 * CLI uses, records every request, and can be told to fail the ways GitHub fails.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  /** Path without the query, with `%2F` decoded. */
  path: string;
  query: string;
  body: unknown;
  authorization: string | undefined;
}

interface TreeEntry {
  path: string;
  mode: string;
  type: 'blob';
  sha: string;
}

export interface FakeGitHubOptions {
  owner?: string;
  repo?: string;
  token?: string;
  defaultBranch?: string;
  /** What GET /repos/{o}/{r} says the token may do; `undefined` leaves `permissions` out (as for app tokens). */
  permissions?: { push: boolean } | undefined;
  files: Record<string, string>;
}

export interface Failures {
  /** Answer every request after this many with a primary rate-limit 403. */
  rateLimitAfter?: number;
  /** Answer writes (POST, PUT, DELETE) with 403 "Resource not accessible by integration". */
  forbidWrites?: boolean;
  /** Answer the merge with 405 "Pull Request is not mergeable". */
  mergeFails?: boolean;
  /** GET of a branch ref answers 404 even if it exists, so the create fails with 422 (a race). */
  hideRefs?: boolean;
}

const sha1 = (text: string) => createHash('sha1').update(text).digest('hex');

export class FakeGitHub {
  readonly owner: string;
  readonly repo: string;
  readonly token: string;
  readonly defaultBranch: string;
  permissions: { push: boolean } | undefined;
  readonly requests: RecordedRequest[] = [];
  readonly blobs = new Map<string, string>();
  readonly trees = new Map<string, TreeEntry[]>();
  readonly commits = new Map<string, { tree: string; parents: string[]; message: string }>();
  readonly refs = new Map<string, string>();
  readonly pulls: { number: number; title: string; head: string; base: string; body: string; merged: boolean }[] = [];
  /** Issues and pull requests share numbers, as on GitHub; `pull` marks a pull request. */
  readonly issues: { number: number; title: string; body: string; state: 'open' | 'closed'; labels: string[]; pull?: boolean }[] = [];
  readonly comments: { id: number; issue: number; body: string }[] = [];
  failures: Failures = {};
  private server?: Server;
  url = '';

  constructor(options: FakeGitHubOptions) {
    this.owner = options.owner ?? 'acme';
    this.repo = options.repo ?? 'status';
    this.token = options.token ?? 'ghp_test';
    this.defaultBranch = options.defaultBranch ?? 'main';
    this.permissions = 'permissions' in options ? options.permissions : { push: true };
    const entries = Object.entries(options.files).map(([path, text]) => ({ path, mode: '100644', type: 'blob' as const, sha: this.blob(text) }));
    const tree = this.tree(entries);
    const commit = this.commit(tree, [], 'initial');
    this.refs.set(`heads/${this.defaultBranch}`, commit);
  }

  private blob(text: string): string {
    const sha = sha1(`blob ${text}`);
    this.blobs.set(sha, text);
    return sha;
  }

  private tree(entries: TreeEntry[]): string {
    const sorted = [...entries].sort((a, b) => a.path.localeCompare(b.path));
    const sha = sha1(`tree ${JSON.stringify(sorted)}`);
    this.trees.set(sha, sorted);
    return sha;
  }

  private commit(tree: string, parents: string[], message: string): string {
    const sha = sha1(`commit ${tree} ${parents.join(',')} ${message} ${this.commits.size}`);
    this.commits.set(sha, { tree, parents, message });
    return sha;
  }

  /** The text of `path` at the tip of `branch`. */
  fileAt(branch: string, path: string): string | undefined {
    const commit = this.refs.get(`heads/${branch}`);
    if (!commit) return undefined;
    const entry = this.trees.get(this.commits.get(commit)!.tree)!.find((e) => e.path === path);
    return entry ? this.blobs.get(entry.sha) : undefined;
  }

  /** `METHOD /path` of each request, the repository prefix shortened to `…`. */
  get sequence(): string[] {
    const prefix = `/repos/${this.owner}/${this.repo}`;
    return this.requests.map((r) => `${r.method} ${r.path.startsWith(prefix) ? `…${r.path.slice(prefix.length)}` : r.path}${r.query ? `?${r.query}` : ''}`);
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let body: unknown;
        try {
          body = text ? JSON.parse(text) : undefined;
        } catch {
          body = text;
        }
        this.handle(req, res, body);
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private handle(req: IncomingMessage, res: ServerResponse, body: unknown): void {
    const url = new URL(req.url ?? '/', 'http://x');
    const path = decodeURIComponent(url.pathname);
    const method = req.method ?? 'GET';
    this.requests.push({ method, path, query: url.search.slice(1), body, authorization: req.headers.authorization });
    const send = (status: number, data?: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      res.end(data === undefined ? '' : JSON.stringify(data));
    };
    const auth = req.headers.authorization ?? '';
    if (auth.replace(/^(token|bearer)\s+/i, '') !== this.token) return send(401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' });
    if (this.failures.rateLimitAfter !== undefined && this.requests.length > this.failures.rateLimitAfter) {
      return send(403, { message: 'API rate limit exceeded for user ID 1.' }, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Date.UTC(2026, 10, 20, 15, 0) / 1000) });
    }
    if (this.failures.forbidWrites && method !== 'GET') return send(403, { message: 'Resource not accessible by integration' });

    const prefix = `/repos/${this.owner}/${this.repo}`;
    if (!path.startsWith(prefix)) return send(404, { message: 'Not Found' });
    const rest = path.slice(prefix.length);
    const b = (body ?? {}) as Record<string, unknown>;
    let m: RegExpExecArray | null;

    if (method === 'GET' && rest === '') {
      return send(200, {
        full_name: `${this.owner}/${this.repo}`,
        default_branch: this.defaultBranch,
        ...(this.permissions ? { permissions: { admin: false, pull: true, ...this.permissions } } : {}),
      });
    }
    if (method === 'GET' && (m = /^\/git\/ref\/(.+)$/.exec(rest))) {
      const sha = this.failures.hideRefs && m[1] !== `heads/${this.defaultBranch}` ? undefined : this.refs.get(m[1]!);
      return sha ? send(200, { ref: `refs/${m[1]}`, object: { sha, type: 'commit' } }) : send(404, { message: 'Not Found' });
    }
    if (method === 'GET' && (m = /^\/git\/commits\/(\w+)$/.exec(rest))) {
      const c = this.commits.get(m[1]!);
      return c ? send(200, { sha: m[1], tree: { sha: c.tree }, parents: c.parents.map((sha) => ({ sha })), message: c.message }) : send(404, { message: 'Not Found' });
    }
    if (method === 'GET' && (m = /^\/git\/trees\/(\w+)$/.exec(rest))) {
      const t = this.trees.get(m[1]!);
      return t ? send(200, { sha: m[1], tree: t, truncated: false }) : send(404, { message: 'Not Found' });
    }
    if (method === 'GET' && (m = /^\/git\/blobs\/(\w+)$/.exec(rest))) {
      const text = this.blobs.get(m[1]!);
      return text !== undefined ? send(200, { sha: m[1], content: Buffer.from(text).toString('base64'), encoding: 'base64' }) : send(404, { message: 'Not Found' });
    }
    if (method === 'POST' && rest === '/git/trees') {
      const base = this.trees.get(String(b.base_tree)) ?? [];
      const changes = (b.tree as { path: string; mode: string; content: string }[]) ?? [];
      const entries = new Map(base.map((e) => [e.path, e]));
      for (const c of changes) entries.set(c.path, { path: c.path, mode: c.mode, type: 'blob', sha: this.blob(c.content) });
      return send(201, { sha: this.tree([...entries.values()]) });
    }
    if (method === 'POST' && rest === '/git/commits') {
      if (!this.trees.has(String(b.tree))) return send(422, { message: 'Tree SHA does not exist' });
      return send(201, { sha: this.commit(String(b.tree), (b.parents as string[]) ?? [], String(b.message)) });
    }
    if (method === 'POST' && rest === '/git/refs') {
      const ref = String(b.ref).replace(/^refs\//, '');
      if (this.refs.has(ref)) return send(422, { message: 'Reference already exists' });
      this.refs.set(ref, String(b.sha));
      return send(201, { ref: `refs/${ref}`, object: { sha: b.sha, type: 'commit' } });
    }
    if (method === 'DELETE' && (m = /^\/git\/refs\/(.+)$/.exec(rest))) {
      this.refs.delete(m[1]!);
      return send(204);
    }
    if (method === 'POST' && rest === '/pulls') {
      if (!this.refs.has(`heads/${b.head}`)) return send(422, { message: 'Validation Failed' });
      const number = this.pulls.length + 1;
      this.pulls.push({ number, title: String(b.title), head: String(b.head), base: String(b.base), body: String(b.body), merged: false });
      return send(201, { number, html_url: `https://github.example/${this.owner}/${this.repo}/pull/${number}` });
    }
    if (method === 'PUT' && (m = /^\/pulls\/(\d+)\/merge$/.exec(rest))) {
      const pr = this.pulls.find((p) => p.number === Number(m![1]));
      if (!pr) return send(404, { message: 'Not Found' });
      if (this.failures.mergeFails) return send(405, { message: 'Pull Request is not mergeable' });
      pr.merged = true;
      const head = this.refs.get(`heads/${pr.head}`)!;
      const c = this.commits.get(head)!;
      this.refs.set(`heads/${pr.base}`, this.commit(c.tree, [this.refs.get(`heads/${pr.base}`)!], String(b.commit_title ?? pr.title)));
      return send(200, { merged: true, message: 'Pull Request successfully merged' });
    }
    const issueJson = (i: (typeof this.issues)[number]) => ({
      number: i.number,
      title: i.title,
      body: i.body,
      state: i.state,
      labels: i.labels.map((name) => ({ name })),
      html_url: `https://github.example/${this.owner}/${this.repo}/issues/${i.number}`,
      ...(i.pull ? { pull_request: { url: 'x' } } : {}),
    });
    const commentJson = (c: (typeof this.comments)[number]) => ({
      id: c.id,
      body: c.body,
      html_url: `https://github.example/${this.owner}/${this.repo}/issues/${c.issue}#issuecomment-${c.id}`,
    });
    const page = (list: unknown[]) => {
      const per = Number(url.searchParams.get('per_page') ?? 30);
      const n = Number(url.searchParams.get('page') ?? 1);
      const slice = list.slice((n - 1) * per, n * per);
      const headers: Record<string, string> = {};
      if (n * per < list.length) {
        const next = new URL(`${this.url}${path}${url.search}`);
        next.searchParams.set('page', String(n + 1));
        headers.link = `<${next.href}>; rel="next"`;
      }
      return send(200, slice, headers);
    };
    if (method === 'GET' && rest === '/issues') {
      const state = url.searchParams.get('state') ?? 'open';
      const labels = (url.searchParams.get('labels') ?? '').split(',').filter(Boolean);
      return page(
        this.issues
          .filter((i) => (state === 'all' || i.state === state) && labels.every((l) => i.labels.includes(l)))
          .sort((a, b) => b.number - a.number)
          .map(issueJson),
      );
    }
    if (method === 'POST' && rest === '/issues') {
      const issue = { number: this.issues.length + 1, title: String(b.title), body: String(b.body ?? ''), state: 'open' as const, labels: (b.labels as string[]) ?? [] };
      this.issues.push(issue);
      return send(201, issueJson(issue));
    }
    if (method === 'PATCH' && (m = /^\/issues\/(\d+)$/.exec(rest))) {
      const issue = this.issues.find((i) => i.number === Number(m![1]));
      if (!issue) return send(404, { message: 'Not Found' });
      if (typeof b.title === 'string') issue.title = b.title;
      if (typeof b.body === 'string') issue.body = b.body;
      if (b.state === 'open' || b.state === 'closed') issue.state = b.state;
      return send(200, issueJson(issue));
    }
    if (method === 'GET' && (m = /^\/issues\/(\d+)\/comments$/.exec(rest))) {
      return page(this.comments.filter((c) => c.issue === Number(m![1])).map(commentJson));
    }
    if (method === 'POST' && (m = /^\/issues\/(\d+)\/comments$/.exec(rest))) {
      const comment = { id: 1000 + this.comments.length, issue: Number(m[1]), body: String(b.body) };
      this.comments.push(comment);
      return send(201, commentJson(comment));
    }
    if (method === 'PATCH' && (m = /^\/issues\/comments\/(\d+)$/.exec(rest))) {
      const comment = this.comments.find((c) => c.id === Number(m![1]));
      if (!comment) return send(404, { message: 'Not Found' });
      comment.body = String(b.body);
      return send(200, commentJson(comment));
    }
    return send(404, { message: `Not Found: ${method} ${rest}` });
  }
}
