import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    // Benchmarks are never timed unit tests: they live in bench/ and run with `npm run bench`.
    exclude: ['node_modules', 'dist', 'bench'],
    testTimeout: 30_000,
  },
});
