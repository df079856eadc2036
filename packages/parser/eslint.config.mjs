import base from "../../eslint.config.mjs";

// Plain-JS scripts (bench/, scripts/, bin/) run under Node: declare the globals they use.
const nodeGlobals = Object.fromEntries(
  ["process", "console", "URL", "performance", "Buffer", "globalThis"].map((name) => [name, "readonly"]),
);

export default [...base, { files: ["**/*.js", "**/*.mjs"], languageOptions: { globals: nodeGlobals } }];
