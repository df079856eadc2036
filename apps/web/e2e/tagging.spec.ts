import { expect, test } from "@playwright/test";
import { editorCredentials, ensureTeam, search, seedTitle, signIn } from "./helpers";

const bulkTag = "E2E批量标签";

test.beforeAll(async ({ request }) => {
  await ensureTeam(request);
});

test.beforeEach(async ({ page }) => {
  await signIn(page, editorCredentials);
});

test("tags the seed article with the keyboard, then sees it in the audit log", async ({ page }) => {
  await search(page, "布林肯 北约");
  await page.getByRole("link", { name: seedTitle }).click();
  await expect(page.getByRole("heading", { level: 1, name: seedTitle })).toBeVisible();
  await page.locator("body").press("t");
  const picker = page.getByPlaceholder("输入标签名…");
  await expect(picker).toBeFocused();
  await picker.pressSequentially("北约峰会");
  await picker.press("Enter");
  await expect(page.getByTestId("tagging-notice")).toContainText("北约峰会");
  await expect(page.getByTestId("article-tags")).toContainText("北约峰会");

  await page.goto("/audit?action=article.tag");
  const row = page.locator("tr", { hasText: seedTitle });
  await expect(row).toContainText("+ 北约峰会");
  await expect(row).toContainText(editorCredentials.email);
});

test("bulk-tags 20 search results with j/x/t, undoes and redoes, and the audit log shows all 20", async ({ page }) => {
  await search(page, "乌克兰");
  await expect(page.locator("tbody tr").nth(20)).toBeVisible();
  const body = page.locator("body");
  for (let i = 0; i < 20; i += 1) {
    await body.press("x");
    await body.press("j");
  }
  await expect(page.getByTestId("selection-bar")).toContainText("已选 20 篇");
  await body.press("t");
  const picker = page.getByPlaceholder("输入标签名…");
  await picker.pressSequentially(bulkTag);
  await picker.press("Enter");
  await expect(page.getByTestId("tagging-notice")).toContainText(`已为 20 篇文章加上“${bulkTag}”`);
  const tagged = page.locator(`tbody tr [data-tag="${bulkTag}"]`);
  await expect(tagged).toHaveCount(20);

  // Undo with "u", then apply again through the picker's recent tags (key 1).
  await body.press("u");
  await expect(page.getByTestId("tagging-notice")).toContainText("已撤销");
  await expect(tagged).toHaveCount(0);
  await body.press("t");
  // The tag just used is the first recent tag, on key 1.
  await expect(page.getByRole("dialog").getByRole("option").first()).toContainText(`${bulkTag}1`);
  await page.getByPlaceholder("输入标签名…").press("1");
  await expect(tagged).toHaveCount(20);

  // Tagged, untagged by the undo, tagged again: 20 + 20 tag events and 20 untag events, one per article.
  await page.goto("/audit?action=article.tag");
  await expect(page.locator("tbody tr", { hasText: `+ ${bulkTag} (×20)` })).toHaveCount(40);
  await page.goto("/audit?action=article.untag");
  await expect(page.locator("tbody tr", { hasText: `− ${bulkTag} (×20 undo)` })).toHaveCount(20);
});

test("the ? key shows the shortcut sheet", async ({ page }) => {
  await page.locator("body").press("?");
  await expect(page.getByRole("dialog", { name: "键盘快捷键" })).toBeVisible();
});
