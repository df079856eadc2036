import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    globalSetup: ["test/helpers/global-setup.ts"],
    // The corpus, property and pack tests parse thousands of files or install a package.
    testTimeout: 60_000,
  },
});
