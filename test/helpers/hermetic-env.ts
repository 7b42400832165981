/**
 * vitest globalSetup: the tests see the same environment on a laptop, in a terminal and in CI.
 * What a CI runner or a developer's shell exports would otherwise reach the builds and scripts the
 * tests start: `CI` or `FORCE_COLOR` turn on Astro's colours (so printed lines no longer match),
 * `GITHUB_*` point the publish scripts at a real repository, `STATUS_*` at other content. Tests that
 * need one of these set it themselves, for the process they start.
 */
const DROPPED = /^(CI|FORCE_COLOR|GITHUB_.*|GH_TOKEN|RUNNER_.*|ACTIONS_.*|STATUS_.*|EMAIL_.*|PR_BASE_REF|BUILD_OUTCOME)$/;

export default function setup(): void {
  for (const name of Object.keys(process.env)) if (DROPPED.test(name)) delete process.env[name];
  process.env.NO_COLOR = '1';
}
