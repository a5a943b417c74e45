import { defineConfig } from 'vitest/config';

/**
 * Test projects: unit tests beside the code; integration tests start the real server on port 0;
 * browser (e2e) tests drive real Chromium against the built client.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['server/**/*.test.ts', 'shared/**/*.test.ts', 'client/src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/repository/**/*.test.ts'],
          environment: 'node',
          env: { LOG_LEVEL: 'silent' },
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          exclude: ['tests/integration/scaleOut*.test.ts'],
          environment: 'node',
          env: { LOG_LEVEL: 'silent' },
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'scale-out',
          // Two or three child servers per test, whose heartbeats and fan-out are timed in seconds:
          // they run one file at a time, after the other projects, so a loaded machine does not
          // starve them of the CPU their timings assume.
          include: ['tests/integration/scaleOut*.test.ts'],
          environment: 'node',
          env: { LOG_LEVEL: 'silent' },
          testTimeout: 90_000,
          hookTimeout: 60_000,
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          env: { LOG_LEVEL: 'silent' },
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One browser at a time: the machine has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
