import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['./test/global-setup.ts'],
    // Each integration test file gets its own database cloned from a migrated template.
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
