import { expect, test } from "@playwright/test";
import { ensureTeam, search, seedTitle, signIn, viewerCredentials } from "./helpers";

test.beforeAll(async ({ request }) => {
  await ensureTeam(request);
});

test.beforeEach(async ({ page }) => {
  await signIn(page, viewerCredentials);
});

test("finds the seed article by 乌克兰 (Simplified) and by 烏克蘭 (Traditional)", async ({ page }) => {
  await search(page, "乌克兰");
  await expect(page.getByRole("link", { name: seedTitle })).toBeVisible();
  await search(page, "烏克蘭");
  await expect(page.getByRole("link", { name: seedTitle })).toBeVisible();
});

test("a search is a shareable URL", async ({ page }) => {
  await page.goto(`/articles?q=${encodeURIComponent("烏克蘭")}&sort=published-desc`);
  await expect(page.getByRole("searchbox")).toHaveValue("烏克蘭");
  await expect(page.getByRole("link", { name: seedTitle })).toBeVisible();
});

test("opens the seed article: source, dates, photo caption with its credit, clean body", async ({ page }) => {
  await search(page, "布林肯 北约");
  await page.getByRole("link", { name: seedTitle }).click();
  await expect(page.getByRole("heading", { level: 1, name: seedTitle })).toBeVisible();
  await expect(page.getByText("美国之音")).toBeVisible();
  const credit = page.getByTestId("image-credit");
  await expect(credit).toContainText("AP");
  await expect(credit).toContainText("美联社");
  await expect(page.getByTestId("lead-image")).toContainText("布林肯和乌克兰外交部长库列巴");
  await expect(page.getByTestId("article-body")).toContainText("没有疲劳感");
  await expect(page.getByRole("link", { name: /原文|Original article/ })).toHaveAttribute("href", /voachinese\.com/);
});

test("the language filter lists the archive's languages and keeps one a link asks for", async ({ page }) => {
  await page.goto("/articles");
  const filter = page.getByRole("combobox", { name: /^(语言|Language)$/ });
  await expect(filter.locator("option", { hasText: "中文" })).toHaveCount(1);
  await filter.selectOption("zh");
  await expect(page).toHaveURL(/lang=zh/);
  await search(page, "乌克兰");
  await expect(page.getByRole("link", { name: seedTitle })).toBeVisible();
  // A shared link to Tibetan articles: the archive has none, the filter still says what is applied.
  await page.goto("/articles?lang=bo");
  await expect(filter).toHaveValue("bo");
  await expect(filter.locator("option:checked")).toHaveText(/藏文|Tibetan/);
  await expect(page.getByText(/没有符合条件的文章|No article matches/)).toBeVisible();
});

test("shows an empty state for a search with no result", async ({ page }) => {
  await search(page, "这个词不会出现在任何文章里");
  await expect(page.getByText(/没有符合条件的文章|No article matches/)).toBeVisible();
});

test("exports the current search as CSV and JSON, with tags", async ({ page, request }) => {
  await search(page, "布林肯 北约");
  const csvLink = page.getByRole("link", { name: "CSV" });
  const csv = await page.request.get((await csvLink.getAttribute("href"))!);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const csvText = await csv.text();
  expect(csvText).toMatch(/^\uFEFF?id,title,source,sourceDomain,publishedAt,archivedAt,language,url,tags,aidFigureCount,duplicateOfId\r\n/);
  expect(csvText).toContain("布林肯：北约支持乌克兰");
  const json = await page.request.get((await page.getByRole("link", { name: "JSON" }).getAttribute("href"))!);
  const rows = (await json.json()) as Array<{ title: string; tags: string[]; sourceDomain: string }>;
  expect(rows.map((row) => row.title)).toContain(seedTitle);
  expect(rows.find((row) => row.title === seedTitle)).toMatchObject({ sourceDomain: "www.voachinese.com", tags: expect.any(Array) });
  // Without a session (a separate request context has no cookie), the export is refused.
  const anonymous = await request.get("/api/export?format=csv");
  expect(anonymous.status()).toBe(401);
});
