// Shared Vite/Vitest configuration. scripts/build.mjs reuses it for every build target
// (extension pages, the IIFE background/content bundles, the Node CLI) and overrides only
// what differs per target; `vitest` reads the `test` block.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  oxc: {
    jsx: { runtime: 'automatic', importSource: 'preact' },
  },
  define: {
    // Replaced per bundle by scripts/build.mjs; tests run as Chrome.
    __BROWSER__: JSON.stringify('chrome'),
  },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/meta/**/*.test.{ts,tsx}'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 20_000,
  },
});
