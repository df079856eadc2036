// Next's core-web-vitals rules, then the shared config (its typescript-eslint parser must win over Next's parser,
// which the shared type-import rule needs).
import nextVitals from "eslint-config-next/core-web-vitals";
import base from "../../eslint.config.mjs";

const config = [
  ...nextVitals,
  ...base,
  { ignores: ["next-env.d.ts", ".next/**", ".next-*/**", "test-results/**", "playwright-report/**"] },
];

export default config;
