import { expect, test } from "@playwright/test";
import { baseURL } from "../playwright.config";
import { ensureTeam, search, seedTitle, signIn, viewerCredentials } from "./helpers";

test.beforeAll(async ({ request }) => {
  await ensureTeam(request);
});

test("a viewer reads but cannot tag: no tagging controls, and the API refuses the call", async ({ page }) => {
  await signIn(page, viewerCredentials);
  await search(page, "布林肯 北约");
  await page.locator("body").press("x");
  await expect(page.getByRole("button", { name: /为所选文章加标签/ })).toHaveCount(0);
  await page.locator("body").press("t");
  await expect(page.getByPlaceholder("输入标签名…")).toHaveCount(0);
  await expect(page.getByRole("dialog")).toHaveCount(0);

  await page.getByRole("link", { name: seedTitle }).click();
  await expect(page.getByRole("heading", { level: 1, name: seedTitle })).toBeVisible();
  await expect(page.getByRole("button", { name: /添加标签|Add tag/ })).toHaveCount(0);

  // The server is the real gate: the same call the editor's picker makes is refused for a viewer.
  const articleId = decodeURIComponent(new URL(page.url()).pathname.split("/").pop()!);
  const response = await page.evaluate(
    async ({ url, articleId: id }) => {
      const tags = await fetch(`${url}/api/trpc/tags.list`).then((r) => r.json());
      const tagId = tags.result.data.json[0]?.id ?? "none";
      const result = await fetch(`${url}/api/trpc/tagging.add`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ json: { articleIds: [id], tagIds: [tagId] } }),
      });
      return { status: result.status, body: await result.json() };
    },
    { url: baseURL, articleId },
  );
  expect(response.status).toBe(403);
  expect(response.body.error.json.data.appCode).toBe("FORBIDDEN_ROLE");
});

test("a viewer does not see the admin pages", async ({ page }) => {
  await signIn(page, viewerCredentials);
  await expect(page.getByRole("link", { name: "用户" })).toHaveCount(0);
  await page.goto("/uploads");
  await expect(page.getByText(/你没有执行此操作的权限/)).toBeVisible();
});
