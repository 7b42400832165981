import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    // Said outright (it is vitest's default) so vitest stops suggesting `isolate: false`: a fresh
    // worker per file keeps one file's module state from reaching the next, whatever the order.
    isolate: true,
    globalSetup: ['test/helpers/hermetic-env.ts', 'test/helpers/temp-folder.ts'],
    include: ['test/**/*.test.ts'],
    // The public types' tests (*.test-d.ts): tsc checks them, and each expectTypeOf is reported as a test.
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'] },
    exclude: ['test/e2e/**', 'node_modules/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // GitHub's workflow parser imports its JSON schema without `with { type: 'json' }`, which Node
    // refuses; bundled by Vite's optimizer, it loads.
    deps: { optimizer: { ssr: { enabled: true, include: ['@actions/workflow-parser'] } } },
  },
});
