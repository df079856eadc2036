import { defineConfig } from "vitest/config";

// Components render in happy-dom; pure helpers (*.test.ts) run there too, which costs nothing.
export default defineConfig({
  test: {
    environment: "happy-dom",
    include: ["src/**/*.test.ts", "src/**/*.test.tsx"],
  },
});
