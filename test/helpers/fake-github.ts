/**
 * A stand-in for the GitHub REST API on 127.0.0.1, for the CLI's `--pr` flow and the workflow
 * scripts. It keeps an in-memory repository (blobs, trees as git nests them, commits, refs, pull
 * requests, issues, comments), records every request, and can be told to fail the ways GitHub fails.
 *
 * It holds itself and the code to GitHub's published OpenAPI description (github-openapi.ts): every
 * request is checked against its operation's parameters and body (GitHub would answer 422), every
 * answer is built from the complete example GitHub documents and checked against the response
 * schema. Each mismatch is kept in `contractProblems`, and `stop()` (every test's afterEach) throws
 * them, so no test passes against an answer real GitHub would contradict.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { example, requestProblems, responseProblems, route, type OperationId } from './github-openapi.ts';

export interface RecordedRequest {
  method: string;
  /** Path without the query, with `%2F` decoded. */
  path: string;
  query: string;
  body: unknown;
  authorization: string | undefined;
}

/** One entry of one tree, as git stores it: a name in its folder. */
interface TreeEntry {
  path: string;
  mode: '100644' | '040000';
  type: 'blob' | 'tree';
  sha: string;
}

export interface FakeGitHubOptions {
  owner?: string;
  repo?: string;
  token?: string;
  defaultBranch?: string;
  /** What GET /repos/{o}/{r} says the token may do; `undefined` leaves `permissions` out (as for app tokens). */
  permissions?: { push: boolean } | undefined;
  /** Whether GET /repos/{o}/{r} says the repository is private (GitHub's example says public). */
  private?: boolean;
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
  /**
   * A tree listing holds at most this many entries and says `truncated: true` past it, as GitHub's
   * does past 100,000 entries or 7 MB.
   */
  treeLimit?: number;
}

type Json = ReturnType<typeof example>;

const sha1 = (text: string) => createHash('sha1').update(text).digest('hex');
const DOCS = 'https://docs.github.com/rest';
/** GitHub's blobs come in base64 broken into lines of 60. */
const base64Lines = (text: string) => `${Buffer.from(text).toString('base64').replace(/.{60}/g, '$&\n')}\n`;

export class FakeGitHub {
  readonly owner: string;
  readonly repo: string;
  readonly token: string;
  readonly defaultBranch: string;
  permissions: { push: boolean } | undefined;
  isPrivate: boolean;
  readonly requests: RecordedRequest[] = [];
  /** Where the code or the fake disagree with GitHub's OpenAPI description; `stop()` throws them. */
  readonly contractProblems: string[] = [];
  readonly blobs = new Map<string, string>();
  readonly trees = new Map<string, TreeEntry[]>();
  readonly commits = new Map<string, { tree: string; parents: string[]; message: string }>();
  readonly refs = new Map<string, string>();
  readonly pulls: { number: number; title: string; head: string; base: string; body: string; merged: boolean }[] = [];
  /** Issues and pull requests share numbers, as on GitHub; `pull` marks a pull request. */
  readonly issues: { number: number; title: string; body: string; state: 'open' | 'closed'; labels: string[]; pull?: boolean }[] = [];
  readonly comments: { id: number; issue: number; body: string }[] = [];
  /** The jobs of every workflow run attempt, with their steps (name, conclusion, started_at, completed_at…). */
  runJobs: { name: string; steps: Record<string, unknown>[] }[] = [];
  /** The workflow files the repository has, which `workflow_dispatch` may start. */
  workflows = ['deploy.yml', 'watchdog.yml', 'timekeeper.yml'];
  /** Every workflow run started through the API, in order. */
  readonly dispatches: { workflow: string; ref: string }[] = [];
  /** The runs each workflow has (a dispatch adds one, created at `now()`), which GET …/workflows/{id}/runs lists. */
  readonly workflowRuns: { workflow: string; created_at: string }[] = [];
  /** The fake's clock, for when a dispatched run is created; a test with a fake clock passes its own. */
  now: () => Date = () => new Date();
  failures: Failures = {};
  private server?: Server;
  url = '';

  constructor(options: FakeGitHubOptions) {
    this.owner = options.owner ?? 'acme';
    this.repo = options.repo ?? 'status';
    this.token = options.token ?? 'ghp_test';
    this.defaultBranch = options.defaultBranch ?? 'main';
    this.permissions = 'permissions' in options ? options.permissions : { push: true };
    this.isPrivate = options.private ?? false;
    const files = new Map(Object.entries(options.files).map(([path, text]) => [path, this.blob(text)]));
    this.refs.set(`heads/${this.defaultBranch}`, this.commit(this.writeTree(files), [], 'initial'));
  }

  private blob(text: string): string {
    const sha = sha1(`blob ${text}`);
    this.blobs.set(sha, text);
    return sha;
  }

  /** Writes the nested trees for `files` (path → blob SHA) and returns the root's SHA. */
  private writeTree(files: Map<string, string>): string {
    const entries: TreeEntry[] = [];
    const folders = new Map<string, Map<string, string>>();
    for (const [path, sha] of files) {
      const slash = path.indexOf('/');
      if (slash < 0) entries.push({ path, mode: '100644', type: 'blob', sha });
      else {
        const name = path.slice(0, slash);
        if (!folders.has(name)) folders.set(name, new Map());
        folders.get(name)!.set(path.slice(slash + 1), sha);
      }
    }
    for (const [name, inner] of folders) entries.push({ path: name, mode: '040000', type: 'tree', sha: this.writeTree(inner) });
    entries.sort((a, b) => a.path.localeCompare(b.path));
    const sha = sha1(`tree ${JSON.stringify(entries)}`);
    this.trees.set(sha, entries);
    return sha;
  }

  /** A tree's entries with their full paths, each folder followed by what it holds (GitHub's order). */
  private listing(tree: string, recursive: boolean, prefix = ''): TreeEntry[] {
    return this.trees.get(tree)!.flatMap((e) => {
      const entry = { ...e, path: prefix + e.path };
      return recursive && e.type === 'tree' ? [entry, ...this.listing(e.sha, true, `${entry.path}/`)] : [entry];
    });
  }

  /** Every file under a tree: path → blob SHA. */
  private files(tree: string): Map<string, string> {
    return new Map(this.listing(tree, true).flatMap((e) => (e.type === 'blob' ? [[e.path, e.sha] as const] : [])));
  }

  private commit(tree: string, parents: string[], message: string): string {
    const sha = sha1(`commit ${tree} ${parents.join(',')} ${message} ${this.commits.size}`);
    this.commits.set(sha, { tree, parents, message });
    return sha;
  }

  /** The root tree at the tip of `branch`. */
  treeAt(branch: string): string | undefined {
    const commit = this.refs.get(`heads/${branch}`);
    return commit ? this.commits.get(commit)!.tree : undefined;
  }

  /** The blob SHA of `path` at the tip of `branch`. */
  blobAt(branch: string, path: string): string | undefined {
    const tree = this.treeAt(branch);
    return tree ? this.files(tree).get(path) : undefined;
  }

  /** The text of `path` at the tip of `branch`. */
  fileAt(branch: string, path: string): string | undefined {
    const sha = this.blobAt(branch, path);
    return sha ? this.blobs.get(sha) : undefined;
  }

  /** `METHOD /path` of each request, the repository prefix shortened to `…`. */
  get sequence(): string[] {
    const prefix = `/repos/${this.owner}/${this.repo}`;
    return this.requests.map(
      (r) => `${r.method} ${r.path.startsWith(prefix) ? `…${r.path.slice(prefix.length)}` : r.path}${r.query ? `?${r.query}` : ''}`,
    );
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
    await new Promise<void>((resolve) => (this.server?.listening ? this.server.close(() => resolve()) : resolve()));
    if (this.contractProblems.length) {
      throw new Error(
        `GitHub's OpenAPI description contradicts this exchange with the fake GitHub:\n- ${[...new Set(this.contractProblems)].join('\n- ')}`,
      );
    }
  }

  /** URLs as GitHub writes them, for this repository on this fake. */
  private get api(): string {
    return `${this.url}/repos/${this.owner}/${this.repo}`;
  }
  private get web(): string {
    return `https://github.example/${this.owner}/${this.repo}`;
  }

  /** GitHub's documented example for the response, moved to this repository. */
  private documented(id: OperationId, status: number): Json {
    const text = JSON.stringify(example(id, status))
      .replaceAll('https://api.github.com/repos/octocat/Hello-World', this.api)
      .replaceAll('https://github.com/octocat/Hello-World', this.web)
      .replaceAll('https://api.github.com', this.url);
    return JSON.parse(text) as Json;
  }

  private handle(req: IncomingMessage, res: ServerResponse, body: unknown): void {
    const url = new URL(req.url ?? '/', 'http://x');
    const path = decodeURIComponent(url.pathname);
    const method = req.method ?? 'GET';
    this.requests.push({ method, path, query: url.search.slice(1), body, authorization: req.headers.authorization });
    const op = route(method, path);
    const send = (status: number, data?: unknown, headers: Record<string, string> = {}) => {
      if (op) this.contractProblems.push(...responseProblems(op, status, data));
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      res.end(data === undefined ? '' : JSON.stringify(data));
    };
    const error = (status: number, message: string, extra: Record<string, unknown> = {}) =>
      send(status, { message, documentation_url: DOCS, status: String(status), ...extra });
    if (!op) {
      this.contractProblems.push(`GitHub has no ${method} ${path}`);
      return error(404, 'Not Found');
    }
    const wrong = requestProblems(op, url.searchParams, body);
    if (wrong.length) {
      this.contractProblems.push(...wrong);
      return error(422, 'Invalid request.', { errors: wrong.map((message) => ({ code: 'invalid', message })) });
    }
    const auth = req.headers.authorization ?? '';
    if (auth.replace(/^(token|bearer)\s+/i, '') !== this.token) return error(401, 'Bad credentials');
    if (this.failures.rateLimitAfter !== undefined && this.requests.length > this.failures.rateLimitAfter) {
      return send(
        403,
        { message: 'API rate limit exceeded for user ID 1.', documentation_url: `${DOCS}/overview/rate-limits-for-the-rest-api` },
        { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Date.UTC(2026, 10, 20, 15, 0) / 1000) },
      );
    }
    if (this.failures.forbidWrites && method !== 'GET') return error(403, 'Resource not accessible by integration');
    if (op.params.owner !== this.owner || op.params.repo !== this.repo) return error(404, 'Not Found');
    const b = (body ?? {}) as Record<string, unknown>;
    const p = op.params;

    switch (op.id) {
      case 'repos/get':
        return send(200, this.repository());
      case 'git/get-ref': {
        const sha = this.failures.hideRefs && p.ref !== `heads/${this.defaultBranch}` ? undefined : this.refs.get(p.ref!);
        return sha ? send(200, this.ref(p.ref!, sha)) : error(404, 'Not Found');
      }
      case 'git/create-ref': {
        const name = String(b.ref).replace(/^refs\//, '');
        if (this.refs.has(name)) return error(422, 'Reference already exists');
        this.refs.set(name, String(b.sha));
        return send(201, this.ref(name, String(b.sha)));
      }
      case 'git/delete-ref':
        if (!this.refs.delete(p.ref!)) return send(422); // GitHub documents no body for it
        return send(204);
      case 'git/get-commit':
        return this.commits.has(p.commit_sha!) ? send(200, this.commitJson('git/get-commit', 200, p.commit_sha!)) : error(404, 'Not Found');
      case 'git/create-commit': {
        if (!this.trees.has(String(b.tree))) return error(422, 'Tree SHA does not exist');
        return send(
          201,
          this.commitJson('git/create-commit', 201, this.commit(String(b.tree), (b.parents as string[]) ?? [], String(b.message))),
        );
      }
      case 'git/get-tree': {
        if (!this.trees.has(p.tree_sha!)) return error(404, 'Not Found');
        return send(200, this.treeJson(p.tree_sha!, url.searchParams.has('recursive')));
      }
      case 'git/create-tree': {
        const files = b.base_tree ? this.files(String(b.base_tree)) : new Map<string, string>();
        for (const c of b.tree as { path: string; content?: string; sha?: string | null }[]) {
          if (c.sha === null) files.delete(c.path);
          else files.set(c.path, c.content !== undefined ? this.blob(c.content) : c.sha!);
        }
        return send(201, this.treeJson(this.writeTree(files), false));
      }
      case 'git/get-blob': {
        const text = this.blobs.get(p.file_sha!);
        if (text === undefined) return error(404, 'Not Found');
        return send(200, {
          ...this.documented('git/get-blob', 200),
          sha: p.file_sha,
          node_id: `B_${p.file_sha}`,
          size: Buffer.byteLength(text),
          url: `${this.api}/git/blobs/${p.file_sha}`,
          content: base64Lines(text),
          encoding: 'base64',
        });
      }
      case 'pulls/create': {
        if (!this.refs.has(`heads/${b.head}`))
          return error(422, 'Validation Failed', { errors: [{ resource: 'PullRequest', field: 'head', code: 'invalid' }] });
        const number = this.issues.length + 1;
        const pr = { number, title: String(b.title), head: String(b.head), base: String(b.base), body: String(b.body), merged: false };
        this.pulls.push(pr);
        this.issues.push({ number, title: pr.title, body: pr.body, state: 'open', labels: [], pull: true });
        return send(201, this.pullJson(pr));
      }
      case 'pulls/merge': {
        const pr = this.pulls.find((x) => x.number === Number(p.pull_number));
        if (!pr) return error(404, 'Not Found');
        if (this.failures.mergeFails)
          return send(405, { message: 'Pull Request is not mergeable', documentation_url: `${DOCS}/pulls/pulls#merge-a-pull-request` });
        pr.merged = true;
        const head = this.commits.get(this.refs.get(`heads/${pr.head}`)!)!;
        const merged = this.commit(head.tree, [this.refs.get(`heads/${pr.base}`)!], String(b.commit_title ?? pr.title));
        this.refs.set(`heads/${pr.base}`, merged);
        return send(200, {
          ...this.documented('pulls/merge', 200),
          sha: merged,
          merged: true,
          message: 'Pull Request successfully merged',
        });
      }
      case 'issues/list-for-repo': {
        const state = url.searchParams.get('state') ?? 'open';
        const labels = (url.searchParams.get('labels') ?? '').split(',').filter(Boolean);
        const list = this.issues
          .filter((i) => (state === 'all' || i.state === state) && labels.every((l) => i.labels.includes(l)))
          .sort((x, y) => y.number - x.number);
        return this.page(
          url,
          path,
          list.map((i) => this.issueJson('issues/list-for-repo', i)),
          send,
        );
      }
      case 'issues/create': {
        const issue = {
          number: this.issues.length + 1,
          title: String(b.title),
          body: String(b.body ?? ''),
          state: 'open' as const,
          labels: (b.labels as string[]) ?? [],
        };
        this.issues.push(issue);
        return send(201, this.issueJson('issues/create', issue));
      }
      case 'issues/update': {
        const issue = this.issues.find((i) => i.number === Number(p.issue_number));
        if (!issue) return error(404, 'Not Found');
        if (typeof b.title === 'string') issue.title = b.title;
        if (typeof b.body === 'string') issue.body = b.body;
        if (b.state === 'open' || b.state === 'closed') issue.state = b.state;
        return send(200, this.issueJson('issues/update', issue));
      }
      case 'issues/list-comments':
        return this.page(
          url,
          path,
          this.comments.filter((c) => c.issue === Number(p.issue_number)).map((c) => this.commentJson('issues/list-comments', c)),
          send,
        );
      case 'issues/create-comment': {
        const comment = { id: 1000 + this.comments.length, issue: Number(p.issue_number), body: String(b.body) };
        this.comments.push(comment);
        return send(201, this.commentJson('issues/create-comment', comment));
      }
      case 'issues/update-comment': {
        const comment = this.comments.find((c) => c.id === Number(p.comment_id));
        if (!comment) return error(404, 'Not Found');
        comment.body = String(b.body);
        return send(200, this.commentJson('issues/update-comment', comment));
      }
      case 'actions/create-workflow-dispatch': {
        if (!this.workflows.includes(p.workflow_id!)) return error(404, 'Not Found');
        if (!this.refs.has(`heads/${String(b.ref)}`)) return error(422, `No ref found for: ${String(b.ref)}`);
        this.dispatches.push({ workflow: p.workflow_id!, ref: String(b.ref) });
        this.workflowRuns.push({ workflow: p.workflow_id!, created_at: this.now().toISOString() });
        return send(204);
      }
      case 'actions/list-workflow-runs': {
        if (!this.workflows.includes(p.workflow_id!)) return error(404, 'Not Found');
        // Only the form the timekeeper sends: `created=>=<ISO time>`.
        const since = url.searchParams.get('created')?.match(/^>=(.+)$/)?.[1];
        const runs = this.workflowRuns
          .filter((r) => r.workflow === p.workflow_id && (!since || Date.parse(r.created_at) >= Date.parse(since)))
          .reverse();
        const documented = (this.documented(op.id, 200) as { workflow_runs: Record<string, unknown>[] }).workflow_runs[0]!;
        const per = Number(url.searchParams.get('per_page') ?? 30);
        return send(200, {
          total_count: runs.length,
          workflow_runs: runs
            .slice(0, per)
            .map((r, n) => ({ ...documented, id: n + 1, path: `.github/workflows/${r.workflow}`, created_at: r.created_at })),
        });
      }
      case 'actions/list-jobs-for-workflow-run-attempt': {
        const documented = this.documented(op.id, 200) as { jobs: Record<string, unknown>[] };
        // GitHub's example leaves out created_at, which its schema requires.
        const jobs = this.runJobs.map((j) => ({ created_at: '2020-01-20T17:42:40Z', ...documented.jobs[0], name: j.name, steps: j.steps }));
        return send(200, { total_count: jobs.length, jobs });
      }
    }
    this.contractProblems.push(`the fake does not serve ${op.id} (${method} ${op.template})`);
    return error(404, 'Not Found');
  }

  /** A page of a list, with GitHub's `link: <…>; rel="next"` while more follow. */
  private page(
    url: URL,
    path: string,
    list: unknown[],
    send: (status: number, data: unknown, headers?: Record<string, string>) => void,
  ): void {
    const per = Number(url.searchParams.get('per_page') ?? 30);
    const n = Number(url.searchParams.get('page') ?? 1);
    const headers: Record<string, string> = {};
    if (n * per < list.length) {
      const next = new URL(`${this.url}${path}${url.search}`);
      next.searchParams.set('page', String(n + 1));
      headers.link = `<${next.href}>; rel="next"`;
    }
    send(200, list.slice((n - 1) * per, n * per), headers);
  }

  private repository(): Json {
    const e = this.documented('repos/get', 200);
    const { parent: _parent, source: _source, permissions: _permissions, ...repo } = e; // not a fork; permissions only when known
    return {
      ...repo,
      name: this.repo,
      full_name: `${this.owner}/${this.repo}`,
      owner: { ...(e.owner as Json), login: this.owner, html_url: `https://github.example/${this.owner}` },
      fork: false,
      private: this.isPrivate,
      visibility: this.isPrivate ? 'private' : 'public',
      default_branch: this.defaultBranch,
      language: null,
      ...(this.permissions
        ? { permissions: { admin: false, maintain: false, push: this.permissions.push, triage: true, pull: true } }
        : {}),
    };
  }

  private ref(name: string, sha: string): Json {
    const e = this.documented('git/get-ref', 200);
    return {
      ...e,
      ref: `refs/${name}`,
      node_id: `REF_${sha1(name)}`,
      url: `${this.api}/git/refs/${name}`,
      object: { type: 'commit', sha, url: `${this.api}/git/commits/${sha}` },
    };
  }

  private commitJson(id: 'git/get-commit' | 'git/create-commit', status: number, sha: string): Json {
    const c = this.commits.get(sha)!;
    return {
      ...this.documented(id, status),
      sha,
      node_id: `C_${sha}`,
      url: `${this.api}/git/commits/${sha}`,
      html_url: `${this.web}/commit/${sha}`,
      message: c.message,
      tree: { sha: c.tree, url: `${this.api}/git/trees/${c.tree}` },
      parents: c.parents.map((parent) => ({
        sha: parent,
        url: `${this.api}/git/commits/${parent}`,
        html_url: `${this.web}/commit/${parent}`,
      })),
    };
  }

  private treeJson(sha: string, recursive: boolean): Json {
    const all = this.listing(sha, recursive);
    const limit = this.failures.treeLimit ?? Infinity;
    const tree = all
      .slice(0, limit)
      .map((e) =>
        e.type === 'blob'
          ? { ...e, size: Buffer.byteLength(this.blobs.get(e.sha)!), url: `${this.api}/git/blobs/${e.sha}` }
          : { ...e, url: `${this.api}/git/trees/${e.sha}` },
      );
    return { sha, url: `${this.api}/git/trees/${sha}`, tree, truncated: all.length > limit };
  }

  private pullJson(pr: (typeof this.pulls)[number]): Json {
    const e = this.documented('pulls/create', 201);
    const n = pr.number;
    const side = (key: 'head' | 'base', ref: string) => ({
      ...(e[key] as Record<string, Json>),
      ref,
      label: `${this.owner}:${ref}`,
      sha: this.refs.get(`heads/${ref}`)!,
    });
    return {
      ...e,
      id: 10_000 + n,
      node_id: `PR_${n}`,
      number: n,
      title: pr.title,
      body: pr.body,
      state: 'open',
      url: `${this.api}/pulls/${n}`,
      html_url: `${this.web}/pull/${n}`,
      diff_url: `${this.web}/pull/${n}.diff`,
      patch_url: `${this.web}/pull/${n}.patch`,
      issue_url: `${this.api}/issues/${n}`,
      head: side('head', pr.head),
      base: side('base', pr.base),
      labels: [],
      milestone: null,
      assignee: null,
      assignees: [],
      requested_reviewers: [],
      requested_teams: [],
      merged: false,
      merged_at: null,
      merge_commit_sha: null,
      mergeable: null,
      closed_at: null,
      maintainer_can_modify: true,
    };
  }

  private issueJson(id: 'issues/list-for-repo' | 'issues/create' | 'issues/update', i: (typeof this.issues)[number]): Json {
    const e = this.documented(id, id === 'issues/create' ? 201 : 200);
    const { pull_request: pull, ...issue } = e; // GitHub's example issue is a pull request's
    const label = (e.labels as Json[])[0] as Record<string, Json>;
    const n = i.number;
    return {
      ...issue,
      id: 20_000 + n,
      node_id: `I_${n}`,
      number: n,
      title: i.title,
      body: i.body,
      state: i.state,
      state_reason: i.state === 'closed' ? 'completed' : null,
      closed_at: i.state === 'closed' ? '2026-11-20T15:00:00Z' : null,
      labels: i.labels.map((name, k) => ({
        ...label,
        id: 30_000 + k,
        node_id: `L_${name}`,
        name,
        url: `${this.api}/labels/${encodeURIComponent(name)}`,
        default: false,
      })),
      url: `${this.api}/issues/${n}`,
      html_url: `${this.web}/${i.pull ? 'pull' : 'issues'}/${n}`,
      comments_url: `${this.api}/issues/${n}/comments`,
      events_url: `${this.api}/issues/${n}/events`,
      labels_url: `${this.api}/issues/${n}/labels{/name}`,
      comments: this.comments.filter((c) => c.issue === n).length,
      ...(i.pull
        ? {
            pull_request: {
              ...(pull as Record<string, Json>),
              url: `${this.api}/pulls/${n}`,
              html_url: `${this.web}/pull/${n}`,
              diff_url: `${this.web}/pull/${n}.diff`,
              patch_url: `${this.web}/pull/${n}.patch`,
            },
          }
        : {}),
    };
  }

  private commentJson(
    id: 'issues/list-comments' | 'issues/create-comment' | 'issues/update-comment',
    c: (typeof this.comments)[number],
  ): Json {
    return {
      ...this.documented(id, id === 'issues/create-comment' ? 201 : 200),
      id: c.id,
      node_id: `IC_${c.id}`,
      body: c.body,
      url: `${this.api}/issues/comments/${c.id}`,
      html_url: `${this.web}/issues/${c.issue}#issuecomment-${c.id}`,
      issue_url: `${this.api}/issues/${c.issue}`,
    };
  }
}
