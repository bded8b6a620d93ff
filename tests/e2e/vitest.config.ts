import { defineConfig } from 'vitest/config';

// One real browser at a time: 2 cores, and each file starts its own Chromium.
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // A browser round trip (inject, read, write IndexedDB) can take more than the default second
    // on a loaded 2-core machine; the polled values themselves are unchanged.
    expect: { poll: { timeout: 10_000 } },
  },
});
