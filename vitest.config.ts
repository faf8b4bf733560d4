import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    // The CLI's V8 code cache (src/cli/script-cache.ts) goes to a temporary folder, not the user's.
    env: { FACTLINT_COMPILE_CACHE: join(tmpdir(), 'factlint-test-compile-cache') },
  },
});
