/**
 * The fake GitHub (test/helpers/fake-github.ts) is held to GitHub's published OpenAPI description:
 * a request the code sends that GitHub would refuse, or an answer GitHub would never give, fails
 * the test that made it, naming the operation and the field.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { FakeGitHub } from './helpers/fake-github.ts';
import { responseProblems, route } from './helpers/github-openapi.ts';

let gh: FakeGitHub | undefined;
afterEach(async () => {
  await gh?.stop().catch(() => undefined); // the tests below look at what stop() says themselves
  gh = undefined;
});

async function fake() {
  gh = new FakeGitHub({ files: { 'status.config.yaml': 'name: Acme\n' } });
  await gh.start();
  return gh;
}

const get = async (g: FakeGitHub, path: string) =>
  (await fetch(`${g.url}${path}`, { headers: { authorization: `token ${g.token}` } })).json();
const post = (g: FakeGitHub, path: string, body: unknown) =>
  fetch(`${g.url}${path}`, {
    method: 'POST',
    headers: { authorization: `token ${g.token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

describe('the fake GitHub against GitHub’s OpenAPI description', () => {
  it('answers a request GitHub would refuse with 422, and fails the test, naming the operation and the field', async () => {
    const g = await fake();
    const res = await post(g, '/repos/acme/status/git/trees', {
      base_tree: g.treeAt('main'),
      tree: [{ path: 'x.md', mode: '100645', type: 'blob', content: 'x' }],
    });
    expect(res.status).toBe(422);
    await expect(g.stop()).rejects.toThrow(
      "GitHub's OpenAPI description contradicts this exchange with the fake GitHub:\n" +
        '- git/create-tree (POST /repos/{owner}/{repo}/git/trees) request body /tree/0/mode must be equal to one of the allowed values ("100644", "100755", "040000", "160000", "120000")',
    );
  });

  it('fails a test that calls an operation the fake does not serve, or a path GitHub does not have', async () => {
    const g = await fake();
    await get(g, '/repos/acme/status/pulls');
    await get(g, '/repos/acme/status/no-such-thing');
    await expect(g.stop()).rejects.toThrow(
      '- pulls/list (GET /repos/{owner}/{repo}/pulls): the fake does not serve this operation; add it to SERVED and to the fake\n' +
        '- GitHub has no GET /repos/acme/status/no-such-thing',
    );
  });

  it('would have failed the old minimal answers: each is named with its missing fields', () => {
    const problems = (method: string, path: string, status: number, body: unknown) => responseProblems(route(method, path)!, status, body);
    const repo = problems('GET', '/repos/acme/status', 200, {
      full_name: 'acme/status',
      default_branch: 'main',
      permissions: { admin: false, pull: true, push: true },
    });
    expect(repo[0]).toBe('repos/get (GET /repos/{owner}/{repo}) 200 response /archive_url is required but missing');
    expect(repo.at(-1)).toBe('repos/get (GET /repos/{owner}/{repo}) 200 response …and 65 more'); // 73 in all
    const pull = problems('POST', '/repos/acme/status/pulls', 201, { number: 1, html_url: 'https://github.example/acme/status/pull/1' });
    expect(pull.at(-1)).toBe('pulls/create (POST /repos/{owner}/{repo}/pulls) 201 response …and 32 more'); // 40 in all
    expect(problems('PUT', '/repos/acme/status/pulls/1/merge', 200, { merged: true, message: 'Pull Request successfully merged' })).toEqual(
      ['pulls/merge (PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge) 200 response /sha is required but missing'],
    );
    expect(problems('POST', '/repos/acme/status/git/trees', 201, { sha: 'abc' })).toEqual([
      'git/create-tree (POST /repos/{owner}/{repo}/git/trees) 201 response /tree is required but missing',
      'git/create-tree (POST /repos/{owner}/{repo}/git/trees) 201 response /truncated is required but missing',
    ]);
    expect(problems('GET', '/repos/acme/status', 201, {})).toEqual([
      'repos/get (GET /repos/{owner}/{repo}): GitHub documents no 201 response (only 200, 301, 403, 404)',
    ]);
    expect(problems('DELETE', '/repos/acme/status/git/refs/heads/x', 204, { ok: true })).toEqual([
      'git/delete-ref (DELETE /repos/{owner}/{repo}/git/refs/{ref}) 204 response has a body, but GitHub sends none',
    ]);
  });

  it('lists a large tree as GitHub does: cut short at the limit, and says so', async () => {
    const g = await fake();
    g.failures.treeLimit = 1;
    const list = async (tree: string) =>
      (await get(g, `/repos/acme/status/git/trees/${tree}?recursive=1`)) as { truncated: boolean; tree: { path: string }[] };
    expect(await list(g.treeAt('main')!)).toMatchObject({ truncated: false, tree: [{ path: 'status.config.yaml' }] });
    const made = (await (
      await post(g, '/repos/acme/status/git/trees', {
        base_tree: g.treeAt('main'),
        tree: [{ path: 'incidents/a.md', mode: '100644', type: 'blob', content: 'a' }],
      })
    ).json()) as { sha: string };
    const listed = await list(made.sha);
    expect([listed.truncated, listed.tree.map((e) => e.path)]).toEqual([true, ['incidents']]);
    await g.stop();
  });
});
