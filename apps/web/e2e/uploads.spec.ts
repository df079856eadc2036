import { expect, test } from "@playwright/test";
import { archiveFileText, voaArticleHtml } from "../src/server/testing/archive-files";
import { tarGz } from "../src/server/testing/tar-gz";
import { adminCredentials, ensureTeam, search, signIn } from "./helpers";

test.beforeAll(async ({ request }) => {
  await ensureTeam(request);
});

test("an admin uploads an archive: the good file goes in, the broken one is reported", async ({ page }) => {
  const title = "上传测试：北约外长会议在布鲁塞尔举行";
  const archive = tarGz([
    {
      name: "upload-good.txt",
      content: archiveFileText({ title, url: "https://www.voachinese.com/a/e2e-upload/8000001.html", html: voaArticleHtml({ published: "Thu, 30 Nov 2023 10:00:00 GMT", body: "北约外长周四在布鲁塞尔举行会议。" }) }),
    },
    { name: "upload-broken.txt", content: "not an archive article at all" },
  ]);
  await signIn(page, adminCredentials);
  await page.getByRole("link", { name: "上传" }).click();
  await page.getByLabel("存档文件").setInputFiles({ name: "e2e-upload.tar.gz", mimeType: "application/gzip", buffer: Buffer.from(archive) });
  await page.getByRole("button", { name: "上传并导入" }).click();

  const row = page.locator("tr[data-upload='e2e-upload.tar.gz']");
  await expect(row.locator("[data-upload-status]")).toHaveAttribute("data-upload-status", "imported", { timeout: 30_000 });
  const outcomes = page.getByTestId("upload-outcomes");
  await expect(outcomes.locator("[data-file-status=failed]")).toContainText("upload-broken.txt");
  await expect(outcomes.locator("[data-file-status=new]")).toContainText("upload-good.txt");

  await page.goto("/articles");
  await search(page, "北约外长会议在布鲁塞尔");
  await expect(page.getByRole("link", { name: title })).toBeVisible();
});
