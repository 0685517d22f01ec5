import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    // Benchmarks are never timed unit tests: they live in bench/ and run with `npm run bench`. test/sites/ holds the
    // docs sites' own node_modules (with their packages' tests), driven by test/e2e/sites.e2e.test.ts.
    exclude: ['node_modules', 'dist', 'bench', 'test/sites'],
    testTimeout: 30_000,
  },
});
