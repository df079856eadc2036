import type { NextConfig } from "next";

/**
 * Security headers for every response. The Content-Security-Policy itself is set per request in src/proxy.ts,
 * because it carries a fresh nonce for Next's own inline scripts (a static `script-src 'self'` here would block
 * them, and 'unsafe-inline' would defeat the point). Two CSP headers would both be enforced, so there is only that one.
 */
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

const nextConfig: NextConfig = {
  // NEWSDESK_NEXT_DIST_DIR lets two builds of this app coexist (e.g. an e2e run beside a developer's build); set it
  // for both `next build` and `npm start`. Default: .next.
  distDir: process.env.NEWSDESK_NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // Gzip of every response by `next start` (on by default). Behind a reverse proxy or load balancer that
  // compresses — as in a several-instance deployment — set NEWSDESK_HTTP_COMPRESSION=off when starting.
  compress: process.env.NEWSDESK_HTTP_COMPRESSION !== "off",
  reactStrictMode: true,
  // @newsdesk/ui ships TypeScript source (a JIT package): Next compiles it like app code.
  transpilePackages: ["@newsdesk/ui"],
  // Server-only packages with native binaries, WebAssembly files or dynamic requires: loaded by Node at run time
  // from node_modules instead of being bundled. (Workspace packages cannot be listed here: Turbopack bundles them
  // anyway; src/server/db.ts loads @newsdesk/db at run time itself.)
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "@prisma/client",
    "@prisma/adapter-pg",
    "pg",
    "@node-rs/argon2",
    "sanitize-html",
    "opencc-js",
  ],
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
