import { expect, type APIRequestContext, type Page } from "@playwright/test";
import { adminCredentials, baseURL } from "../playwright.config";

export { adminCredentials };

export const editorCredentials = { email: "editor@newsdesk.test", password: "e2e-editor-password" };
export const viewerCredentials = { email: "viewer@newsdesk.test", password: "e2e-viewer-password" };

/** The seed article of the project (VOA, 2023-11-29) and its photo credit. */
export const seedTitle = "布林肯：北约支持乌克兰“没有疲劳感”";

/** Calls a tRPC mutation over HTTP the way the browser does (JSON body in superjson's envelope, same origin). */
export async function trpcMutation(request: APIRequestContext, path: string, input: unknown) {
  return request.post(`${baseURL}/api/trpc/${path}`, {
    headers: { "content-type": "application/json", origin: baseURL },
    data: { json: input },
  });
}

/** Makes sure the editor and viewer accounts exist (the admin comes from the server's environment). */
export async function ensureTeam(request: APIRequestContext): Promise<void> {
  const signIn = await trpcMutation(request, "auth.signIn", adminCredentials);
  expect(signIn.ok()).toBe(true);
  for (const [credentials, role, name] of [
    [editorCredentials, "editor", "E2E Editor"],
    [viewerCredentials, "viewer", "E2E Viewer"],
  ] as const) {
    const created = await trpcMutation(request, "users.create", { ...credentials, role, name });
    if (!created.ok()) expect(((await created.json()) as { error: { json: { data: { appCode: string } } } }).error.json.data.appCode).toBe("EMAIL_TAKEN");
  }
  await trpcMutation(request, "auth.signOut", null);
}

/** Signs in through the sign-in page and waits for the article list. */
export async function signIn(page: Page, credentials: { email: string; password: string }): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel(/电子邮箱|Email/).fill(credentials.email);
  await page.getByLabel(/密码|Password/).fill(credentials.password);
  await page.getByRole("button", { name: /^(登录|Sign in)$/ }).click();
  await expect(page).toHaveURL(/\/articles/);
  await expect(page.getByTestId("current-user")).toBeVisible();
}

/** Runs a search from the list's search box and waits for the URL to carry it. */
export async function search(page: Page, text: string): Promise<void> {
  const box = page.getByRole("searchbox");
  await box.fill(text);
  await box.press("Enter");
  await expect.poll(() => new URL(page.url()).searchParams.get("q")).toBe(text);
}
