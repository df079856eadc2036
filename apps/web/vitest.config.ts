import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Unit tests (*.test.ts) and router tests on a fresh embedded database per file (*.int.test.ts, through
// createCaller; no server needed). Browser tests live in e2e/ and run under Playwright, not here.
export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL("./src", import.meta.url)),
      "server-only": fileURLToPath(new URL("./src/server/testing/server-only.ts", import.meta.url)),
    },
  },
  test: {
    include: ["src/**/*.test.ts", "src/**/*.test.tsx", "bench/**/*.test.ts"],
    environment: "node",
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Each *.int.test.ts opens its own PGlite (~150 MB); two at a time suit a 2-core runner.
    maxWorkers: 2,
  },
});
