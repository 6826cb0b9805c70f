import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Build-level and browser tests run the real `astro build`; give them room on 2 cores.
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // Once, under full load, a worker running the policy verifiers died in V8's deoptimizer
    // ("Fatal error … unreachable code", SIGTRAP). Maglev, V8's mid-tier JIT, is the usual
    // suspect of such crashes in Node 22; the tests lose little speed without it.
    execArgv: ['--no-maglev'],
  },
});
