import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['./test/global-setup.ts'],
    // Each integration test file gets its own database cloned from a migrated template.
    // Generous: `pnpm test` may share 2 cores with type checks and other runs. Nothing waits for
    // a fixed time; a passing test ends as soon as it is done.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
