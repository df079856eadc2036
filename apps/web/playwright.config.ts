import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defineConfig, devices } from "@playwright/test";

/**
 * Browser tests against the production server (`npm start` → migrate, seed the sample archive, first admin,
 * `next start`) on a fresh embedded database in a temporary folder, in Debian's Chromium (never a downloaded one).
 * Build first (`npm run build`); CI runs `turbo run e2e`, which builds.
 */
const port = Number(process.env.NEWSDESK_E2E_PORT ?? 3300);
export const baseURL = `http://127.0.0.1:${port}`;
// The config is evaluated by the runner and by each worker: the first creates the folder, the others inherit it.
process.env.NEWSDESK_E2E_DATA_DIR ??= mkdtempSync(join(tmpdir(), "newsdesk-e2e-"));
export const adminCredentials = { email: "admin@newsdesk.test", password: "e2e-admin-password" };

export const chromiumArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export default defineConfig({
  testDir: "e2e",
  testMatch: "*.spec.ts",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    locale: "zh-CN",
    timezoneId: "UTC",
    viewport: { width: 1366, height: 800 },
    trace: "retain-on-failure",
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: chromiumArgs },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], viewport: { width: 1366, height: 800 }, launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: chromiumArgs } } }],
  webServer: {
    command: "npx tsx scripts/start.ts",
    url: `${baseURL}/sign-in`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: {
      ...(process.env as Record<string, string>),
      PORT: String(port),
      NEWSDESK_DATA_DIR: process.env.NEWSDESK_E2E_DATA_DIR,
      // Always the fresh embedded database, even where DATABASE_URL points at a server.
      DATABASE_URL: "",
      NEWSDESK_ADMIN_EMAIL: adminCredentials.email,
      NEWSDESK_ADMIN_PASSWORD: adminCredentials.password,
      NEXT_TELEMETRY_DISABLED: "1",
    },
  },
});
