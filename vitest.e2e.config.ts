import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    // Said outright (it is vitest's default) so vitest stops suggesting `isolate: false`: a fresh
    // worker per file keeps one file's module state from reaching the next, whatever the order.
    isolate: true,
    globalSetup: ['test/helpers/hermetic-env.ts', 'test/helpers/temp-folder.ts'],
    include: ['test/e2e/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
