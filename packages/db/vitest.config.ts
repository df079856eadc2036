import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    // Integration tests (*.int.test.ts) import the corpus and start PGlite: generous limits, separate processes
    // (PGlite and the schema engine keep handles open; a fork per file is torn down cleanly).
    pool: "forks",
    testTimeout: 240_000,
    hookTimeout: 240_000,
  },
});
