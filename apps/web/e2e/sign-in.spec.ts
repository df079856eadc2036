import { expect, test } from "@playwright/test";
import { adminCredentials, ensureTeam, signIn } from "./helpers";

test.beforeAll(async ({ request }) => {
  await ensureTeam(request);
});

test("signs in, shows who is signed in, and signs out", async ({ page, context }) => {
  await signIn(page, adminCredentials);
  await expect(page.getByTestId("current-user")).toHaveText("Administrator");
  const cookie = (await context.cookies()).find((one) => one.name === "newsdesk_session");
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax" });
  await page.getByRole("button", { name: /退出登录|Sign out/ }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto("/articles");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("refuses a wrong password with a message", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel(/电子邮箱|Email/).fill(adminCredentials.email);
  await page.getByLabel(/密码|Password/).fill("not the password");
  await page.getByRole("button", { name: /^(登录|Sign in)$/ }).click();
  await expect(page.getByRole("alert").filter({ hasText: /邮箱或密码错误|Wrong email or password/ })).toBeVisible();
});

test("switches the interface between Chinese and English", async ({ page }) => {
  await signIn(page, adminCredentials);
  await expect(page.getByRole("heading", { name: "文章" })).toBeVisible();
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { name: "Articles" })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("heading", { name: "Articles" })).toBeVisible();
  await page.getByRole("button", { name: "中文" }).click();
  await expect(page.getByRole("heading", { name: "文章" })).toBeVisible();
});
