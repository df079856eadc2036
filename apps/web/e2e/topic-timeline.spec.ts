import { expect, test, type Locator, type Page } from "@playwright/test";
import { adminCredentials, search, signIn } from "./helpers";

const timelineTag = "E2E时间线";

/** Clicks "load more" until the list has no further page, then returns how many rows it shows. */
async function loadAll(page: Page, rows: Locator): Promise<number> {
  const more = page.getByRole("button", { name: "加载更多" });
  for (let guard = 0; guard < 40 && (await more.isVisible()); guard += 1) {
    const before = await rows.count();
    await more.click();
    await expect.poll(() => rows.count()).toBeGreaterThan(before);
  }
  return rows.count();
}

/** The list's dates (ISO, "" for undated) must be oldest first, undated last. */
function expectDateOrder(dates: string[]) {
  const dated = dates.filter(Boolean);
  expect(dated.length).toBeGreaterThan(0);
  expect(dated).toEqual([...dated].sort());
  expect(dates.slice(0, dated.length)).toEqual(dated);
}

test.beforeEach(async ({ page }) => {
  await signIn(page, adminCredentials);
});

test("follows a tag, opens its timeline: the chart and the articles in date order", async ({ page }) => {
  // Tag six articles of a search with a new tag (keyboard, as editors do), so the topic has a known size.
  await search(page, "乌克兰");
  await expect(page.locator("tbody tr").nth(6)).toBeVisible();
  const body = page.locator("body");
  for (let i = 0; i < 6; i += 1) {
    await body.press("x");
    await body.press("j");
  }
  await body.press("t");
  const picker = page.getByPlaceholder("输入标签名…");
  await picker.pressSequentially(timelineTag);
  await picker.press("Enter");
  await expect(page.getByTestId("tagging-notice")).toContainText(timelineTag);

  await page.getByRole("link", { name: "专题", exact: true }).click();
  await expect(page).toHaveURL(/\/topics$/);
  // The demo seed follows its tags already; the new tag is offered in the follow control.
  await expect(page.locator("[data-topic-link]", { hasText: "香港" })).toBeVisible();
  await page.getByRole("combobox", { name: "关注标签" }).selectOption({ label: timelineTag });
  await page.getByRole("button", { name: "关注", exact: true }).click();
  await expect(page.getByTestId("follow-notice")).toContainText(`已关注“${timelineTag}”`);
  const row = page.locator("tbody tr", { hasText: timelineTag });
  await expect(row.getByTestId("topic-article-count")).toHaveText("6");

  await row.locator("[data-topic-link]").click();
  await expect(page.getByRole("heading", { level: 1, name: timelineTag })).toBeVisible();
  const chart = page.getByTestId("topic-counts-chart");
  await expect(chart).toHaveAttribute("data-total", "6");
  await expect(chart.locator("svg.recharts-surface")).toBeVisible();
  const items = page.getByTestId("topic-articles").locator("li");
  await expect(items).toHaveCount(6);
  expectDateOrder(await items.evaluateAll((nodes) => nodes.map((node) => node.getAttribute("data-date") ?? "")));

  // Weeks instead of months, newest first: the URL keeps the view, the list reverses.
  await page.getByRole("combobox", { name: "时段" }).selectOption("week");
  await expect(page).toHaveURL(/period=week/);
  await expect(chart).toHaveAttribute("data-total", "6");
  await page.getByRole("combobox", { name: "按日期排列的文章" }).selectOption("desc");
  await expect(page).toHaveURL(/order=desc/);
  await expect(items.first()).toHaveAttribute("data-active", "true");
  const newestFirst = await items.evaluateAll((nodes) => nodes.map((node) => node.getAttribute("data-date") ?? ""));
  expect(newestFirst.filter(Boolean)).toEqual([...newestFirst.filter(Boolean)].sort().reverse());

  // j moves the cursor; "open as search" lists the tag's articles.
  await body.press("j");
  await expect(items.nth(1)).toHaveAttribute("data-active", "true");
  await page.getByTestId("open-as-search").click();
  await expect(page).toHaveURL(/\/articles\?tag=/);
  await expect(page.locator(`tbody tr [data-tag="${timelineTag}"]`)).toHaveCount(6);
});

test("a saved search's timeline counts the same articles as the search", async ({ page }) => {
  await search(page, "气候");
  const searchRows = page.locator("tbody tr:has([data-article-link])");
  await expect(searchRows.first()).toBeVisible();
  const listed = await loadAll(page, searchRows);
  expect(listed).toBeGreaterThan(0);

  page.once("dialog", (dialog) => void dialog.accept("E2E 气候搜索"));
  await page.getByRole("button", { name: "保存搜索" }).click();
  await page.getByRole("button", { name: /已保存的搜索/ }).click();
  const saved = page.locator("li", { hasText: "E2E 气候搜索" });
  await saved.getByRole("link", { name: "时间线" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "E2E 气候搜索" })).toBeVisible();
  await expect(page.getByTestId("topic-counts-chart")).toHaveAttribute("data-total", String(listed));
  const items = page.getByTestId("topic-articles").locator("li");
  await expect(items.first()).toBeVisible();
  expect(await loadAll(page, items)).toBe(listed);
  expectDateOrder(await items.evaluateAll((nodes) => nodes.map((node) => node.getAttribute("data-date") ?? "")));

  // The topics page lists it with the same count.
  await page.getByRole("link", { name: "全部专题" }).click();
  await expect(page.locator("tbody tr", { hasText: "E2E 气候搜索" }).getByTestId("topic-article-count")).toHaveText(String(listed));
});
