#!/usr/bin/env node
// Thin launcher so that npm can link the bin before the package is built.
import "../dist/cli.js";
