// The shared flat config plus Next's core-web-vitals rules (eslint-config-next 16 ships flat configs).
import nextVitals from "eslint-config-next/core-web-vitals";
import base from "../../eslint.config.mjs";

export default [
  ...base,
  ...nextVitals,
  { ignores: ["next-env.d.ts", ".next/**", "test-results/**", "playwright-report/**"] },
];
