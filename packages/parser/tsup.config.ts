import { defineConfig } from "tsup";

export default defineConfig({
  // parse-worker is its own entry: readArchive starts it as a worker thread from dist/parse-worker.js.
  entry: { index: "src/index.ts", cli: "src/cli.ts", "parse-worker": "src/archive/parse-worker.ts" },
  format: ["esm"],
  target: "node20",
  platform: "node",
  dts: { entry: { index: "src/index.ts" } },
  sourcemap: true,
  clean: true,
  splitting: true,
});
