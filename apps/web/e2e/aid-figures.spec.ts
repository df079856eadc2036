import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { adminCredentials, editorCredentials, ensureTeam, signIn } from "./helpers";

/**
 * Aid figures end to end on the seeded sample archive: an admin imports exchange rates through the rates page
 * (a small file in the ECB history layout that this test writes), then an editor corrects a figure in the
 * review queue and the charts follow.
 */

/** Every business day of 2019–2025 at fixed rates, in the ECB layout (newest first, trailing comma, N/A). */
function writeEcbLayoutFile(): string {
  const lines = ["Date,USD,JPY,GBP,PLN,AUD,CAD,RUB,"];
  for (let time = Date.UTC(2025, 11, 31); time >= Date.UTC(2019, 0, 1); time -= 86_400_000) {
    const day = new Date(time);
    if (day.getUTCDay() === 0 || day.getUTCDay() === 6) continue;
    lines.push(`${day.toISOString().slice(0, 10)},1.1000,160.00,0.8600,4.3000,1.6500,1.4800,N/A,`);
  }
  const path = join(mkdtempSync(join(tmpdir(), "newsdesk-e2e-rates-")), "eurofxref-hist.csv");
  writeFileSync(path, `${lines.join("\n")}\n`);
  return path;
}

async function signOut(page: Page): Promise<void> {
  await page.context().clearCookies();
}

test.beforeAll(async ({ request }) => {
  await ensureTeam(request);
});

test("an editor corrects a figure in the review queue and the chart changes accordingly", async ({ page }) => {
  test.setTimeout(180_000);

  // An admin imports the rates; every figure is re-valued.
  await signIn(page, adminCredentials);
  await page.goto("/aid/rates");
  await page.getByLabel(/欧洲央行历史文件|ECB history file/).setInputFiles(writeEcbLayoutFile());
  await page.getByRole("button", { name: /导入汇率|Import rates/ }).click();
  await expect(page.getByTestId("rates-imported")).toContainText(/重新折算 \d+ 个数字|figures re-valued/, { timeout: 90_000 });
  await expect(page.getByTestId("rate-coverage")).toContainText("USD");
  await signOut(page);

  // The editor opens the charts: United States → Ukraine has tranches; no "E2E" recipient yet.
  await signIn(page, editorCredentials);
  await page.goto("/aid/charts");
  const matrix = page.getByTestId("aid-matrix");
  const usUkraine = matrix.getByTitle(/^United States → Ukraine: /);
  // The first render after navigation waits for the charts query (PGlite in the server process).
  await expect(usUkraine).toBeVisible({ timeout: 30_000 });
  const before = await usUkraine.textContent();
  await expect(matrix).not.toContainText("E2E 测试国");

  // Drill into the cell: the sentences behind it; open the first one in the review queue.
  await usUkraine.click();
  const drill = page.getByTestId("drill-panel");
  await expect(drill.locator("mark").first()).toBeVisible();
  await drill.getByRole("link", { name: /^(更正|Correct)$/ }).first().click();
  await expect(page).toHaveURL(/\/aid\/review\?figure=/);
  const first = page.getByTestId("queue-item").first();
  await expect(first).toHaveAttribute("aria-current", "true", { timeout: 30_000 });
  await expect(first).toContainText("United States → Ukraine");

  // Keyboard: e opens the correction form; the recipient and amount change; Enter saves.
  await page.locator("body").press("e");
  const form = page.getByRole("form", { name: /更正这个数字|Correct this figure/ });
  await expect(form).toBeVisible();
  await form.getByLabel(/^(金额|Amount)$/).fill("12300000000");
  await form.getByLabel(/^(币种|Currency)$/).fill("USD");
  await form.getByLabel(/^(受援方|Recipient)$/).fill("E2E 测试国");
  await form.getByLabel(/^(金额|Amount)$/).press("Enter");
  await expect(page.getByTestId("review-notice")).toContainText(/已更正|Corrected/);
  await expect(first).toHaveAttribute("data-state", "corrected");
  await expect(first).toContainText("United States → E2E 测试国");

  // The chart follows: a new recipient column with the corrected amount, and less for Ukraine.
  await page.goto("/aid/charts");
  const corrected = page.getByTestId("aid-matrix").getByTitle(/^United States → E2E 测试国: /);
  await expect(corrected).toHaveText("US$123亿", { timeout: 30_000 });
  await expect(page.getByTestId("aid-matrix").getByTitle(/^United States → Ukraine: /)).not.toHaveText(before ?? "");

  // The change is audited with the editor's name.
  await page.goto("/audit?action=aid-figure.correct");
  await expect(page.locator("tbody tr", { hasText: "E2E 测试国" }).first()).toContainText(editorCredentials.email, { timeout: 30_000 });
});

test("the queue is keyboard-first: j moves, c confirms, u undoes, r rejects, ? lists the keys", async ({ page }) => {
  await signIn(page, editorCredentials);
  await page.goto("/aid/review");
  const items = page.getByTestId("queue-item");
  await expect(items.first()).toHaveAttribute("aria-current", "true", { timeout: 30_000 });
  const body = page.locator("body");

  await body.press("c");
  await expect(page.getByTestId("review-notice")).toContainText(/已确认|Confirmed/);
  await expect(items.nth(0)).toHaveAttribute("data-state", "confirmed");
  await expect(items.nth(1)).toHaveAttribute("aria-current", "true");

  await body.press("u");
  await expect(page.getByTestId("review-notice")).toContainText(/已撤销|Undone/);
  await expect(items.nth(0)).toHaveAttribute("data-state", "unreviewed");
  await expect(items.nth(0)).toHaveAttribute("aria-current", "true");

  await body.press("j");
  await expect(items.nth(1)).toHaveAttribute("aria-current", "true");
  await body.press("r");
  await expect(items.nth(1)).toHaveAttribute("data-state", "rejected");

  await body.press("?");
  await expect(page.getByRole("dialog")).toContainText(/驳回|Reject/);
});
