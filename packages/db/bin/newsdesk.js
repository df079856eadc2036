#!/usr/bin/env node
// Thin launcher so that npm can link the bin before the package is built (`npm run build -w @newsdesk/db`).
import "../dist/cli.js";
