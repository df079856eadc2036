/**
 * Screenshots for the README (docs/screenshots/*.png): starts the production server on a fresh embedded database
 * (seeded sample archive), tags a few articles as an editor would, and photographs the list, an article, the
 * audit log, the shortcut sheet and a topic timeline in Debian's Chromium at a laptop size.
 * Run after a build: `npm run screenshots -w @newsdesk/web`.
 */
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Page } from "@playwright/test";
import { chromiumArgs } from "../playwright.config";

const appDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const outDir = join(appDir, "docs", "screenshots");
const port = Number(process.env.NEWSDESK_SCREENSHOT_PORT ?? 3400);
const base = `http://127.0.0.1:${port}`;
const admin = { email: "admin@newsdesk.local", password: "screenshot-admin-password" };
const seedTitle = "布林肯：北约支持乌克兰“没有疲劳感”";

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(`${base}/sign-in`)).ok) return;
    } catch {
      // starting
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("server did not start");
}

async function tagWithKeyboard(page: Page, tag: string): Promise<void> {
  await page.locator("body").press("t");
  const picker = page.getByPlaceholder(/输入标签名/);
  await picker.pressSequentially(tag);
  await picker.press("Enter");
  const notice = page.getByTestId("tagging-notice").filter({ hasText: tag });
  await notice.waitFor();
  const text = await notice.textContent();
  if ((await notice.getAttribute("role")) === "alert") throw new Error(`tagging failed: ${text}`);
  console.log(`tagged: ${text}`);
}

async function main(): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const server = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    cwd: appDir,
    stdio: ["ignore", "inherit", "inherit"],
    env: {
      ...process.env,
      PORT: String(port),
      NEWSDESK_DATA_DIR: mkdtempSync(join(tmpdir(), "newsdesk-screens-")),
      DATABASE_URL: "",
      NEWSDESK_ADMIN_EMAIL: admin.email,
      NEWSDESK_ADMIN_PASSWORD: admin.password,
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: chromiumArgs });
  try {
    await waitForServer();
    const page = await browser.newPage({ viewport: { width: 1366, height: 800 }, locale: "zh-CN", timezoneId: "UTC", deviceScaleFactor: 1 });
    await page.goto(`${base}/sign-in`);
    await page.getByLabel("电子邮箱").fill(admin.email);
    await page.getByLabel("密码").fill(admin.password);
    await page.getByRole("button", { name: "登录" }).click();
    await page.waitForURL(/\/articles/);

    // A little editorial work, so the pages show tags and history.
    await page.goto(`${base}/articles?q=${encodeURIComponent("乌克兰 援助")}`);
    await page.locator("tbody tr").nth(5).waitFor();
    for (let i = 0; i < 6; i++) {
      await page.locator("body").press("x");
      await page.locator("body").press("j");
    }
    await tagWithKeyboard(page, "乌克兰局势");
    await page.getByRole("link", { name: seedTitle }).first().click().catch(async () => {
      await page.goto(`${base}/articles?q=${encodeURIComponent("布林肯 北约")}`);
      await page.getByRole("link", { name: seedTitle }).click();
    });
    await page.getByTestId("article-body").waitFor();
    await tagWithKeyboard(page, "布鲁塞尔外长会");

    await page.goto(`${base}/articles?q=${encodeURIComponent("乌克兰")}`);
    await page.locator("tbody tr").nth(10).waitFor();
    for (let i = 0; i < 3; i++) await page.locator("body").press("j");
    await page.locator("body").press("x");
    await page.waitForTimeout(500);
    await page.screenshot({ path: join(outDir, "article-list.png") });

    await page.goto(`${base}/articles?q=${encodeURIComponent("布林肯 北约")}`);
    await page.getByRole("link", { name: seedTitle }).click();
    await page.getByTestId("article-body").waitFor();
    await page.waitForTimeout(500);
    await page.screenshot({ path: join(outDir, "article.png") });

    await page.goto(`${base}/audit`);
    await page.locator("tbody tr").first().waitFor();
    await page.waitForTimeout(800);
    await page.screenshot({ path: join(outDir, "audit-log.png") });

    await page.goto(`${base}/articles`);
    await page.locator("tbody tr").first().waitFor();
    await page.locator("body").press("?");
    await page.getByRole("dialog").waitFor();
    await page.screenshot({ path: join(outDir, "shortcut-sheet.png") });

    await page.keyboard.press("Escape");
    await page.goto(`${base}/topics`);
    await page.locator("[data-topic-link]", { hasText: "乌克兰援助" }).first().click();
    await page.getByTestId("topic-counts-chart").locator("svg.recharts-surface").waitFor();
    await page.getByTestId("topic-articles").locator("li").first().waitFor();
    await page.waitForTimeout(800);
    await page.screenshot({ path: join(outDir, "topic-timeline.png") });
    console.log(`screenshots written to ${outDir}`);
  } finally {
    await browser.close();
    server.kill("SIGTERM");
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
