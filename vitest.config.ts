import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['shared/**/*.test.ts', 'renderer/**/*.test.{ts,tsx}', 'electron/**/*.test.ts', 'build/**/*.test.ts', 'hq/**/*.test.ts', 'tests/lint/**/*.test.ts', 'tests/sync/**/*.test.ts', 'tests/soak/**/*.test.ts'],
          setupFiles: ['tests/setup/fake-indexeddb.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.e2e.ts', 'tests/bench/**/*.e2e.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
