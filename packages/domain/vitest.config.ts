import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // Generous: `pnpm test` may share 2 cores with type checks, API tests and other runs (the
    // property-based tests of common.test.ts took 5.9 s on a loaded machine). A passing test
    // still ends as soon as it is done; nothing waits for a fixed time.
    testTimeout: 60_000,
  },
});
