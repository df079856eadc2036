import { defineConfig } from "tsup";

// Compiled so that the `newsdesk` CLI and the dashboard's server run it under plain Node 20. Dependencies stay
// external (PGlite, Prisma's runtime and the schema engine load their .wasm files from their own packages).
export default defineConfig({
  entry: {
    index: "src/index.ts",
    queries: "src/queries/index.ts",
    seed: "src/seed/index.ts",
    testing: "src/testing/index.ts",
    cli: "src/cli/main.ts",
  },
  format: ["esm"],
  target: "node20",
  platform: "node",
  dts: { entry: { index: "src/index.ts", queries: "src/queries/index.ts", seed: "src/seed/index.ts", testing: "src/testing/index.ts" } },
  sourcemap: true,
  clean: true,
  splitting: true,
});
