import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Build-level and browser tests run the real `astro build`; give them room on 2 cores.
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
