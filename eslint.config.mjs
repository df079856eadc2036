// Flat ESLint config shared by every workspace (apps/web extends it with Next's rules).
import js from "@eslint/js";
import tseslint from "typescript-eslint";

// Plain-JS files (bin/, bench/, scripts/) run under Node without TypeScript's lib checks: declare the Node
// globals they use, rather than pulling in a globals package for six names.
const nodeGlobals = Object.fromEntries(
  ["process", "console", "URL", "performance", "Buffer", "globalThis", "setTimeout", "clearTimeout"].map((name) => [name, "readonly"]),
);

export default tseslint.config(
  // tsup writes tsup.config.bundled_*.mjs while it builds, and turbo runs lint beside the build.
  { ignores: ["**/dist/**", "**/.next/**", "**/node_modules/**", "**/generated/**", "**/coverage/**", "**/*.bundled_*.mjs"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
      "no-console": "off",
    },
  },
  { files: ["**/*.js", "**/*.mjs", "**/*.cjs"], languageOptions: { globals: nodeGlobals } },
);
