#!/usr/bin/env node
// Thin launcher so that npm can link the bin before the package is built (`npm run build -w @newsdesk/db`).
import { existsSync } from "node:fs";

const cli = new URL("../dist/cli.js", import.meta.url);
if (!existsSync(cli)) {
  console.error("newsdesk: @newsdesk/db is not built yet. Run `npm run build` (or `npm run build -w @newsdesk/db`) first.");
  process.exit(1);
}
await import(cli.href);
