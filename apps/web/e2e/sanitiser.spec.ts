import { expect, test, type Page } from "@playwright/test";
import { ensureTeam, search, signIn, viewerCredentials } from "./helpers";

/**
 * The demo archive holds articles whose HTML carries <script>, <img onerror>, javascript: links and iframes; each
 * payload sets window.__pwned, changes document.title to "pwned" or calls alert(). These tests fail if any runs.
 */
test.beforeAll(async ({ request }) => {
  await ensureTeam(request);
});

async function watchForPayloads(page: Page) {
  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  // Fails loudly if a payload ever assigns the flag, even if something later deleted it.
  await page.addInitScript(() => {
    Object.defineProperty(window, "__pwned", {
      configurable: false,
      set() {
        document.documentElement.dataset.pwned = "yes";
      },
      get() {
        return document.documentElement.dataset.pwned;
      },
    });
  });
  return dialogs;
}

test("XSS payloads in archive HTML render as inert text, never run", async ({ page }) => {
  const dialogs = await watchForPayloads(page);
  await signIn(page, viewerCredentials);
  await search(page, "XSS测试");
  const links = page.locator("a[data-article-link]");
  await expect(links).toHaveCount(3);
  const hrefs = await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute("href")!));

  for (const href of hrefs) {
    await page.goto(href);
    const body = page.getByTestId("article-body");
    await expect(body).toBeVisible();
    await expect(body).toContainText("测试文章");
    // Give an <img src=x onerror> time to fail to load and a deferred script time to run.
    await page.waitForTimeout(1000);
    await body.hover();
    for (const text of ["点击这里", "悬停文字", "带有危险样式的段落"]) {
      const target = page.getByTestId("article-body").getByText(text);
      if ((await target.count()) > 0) await target.first().hover();
    }
    const state = await page.evaluate(() => ({
      pwned: document.documentElement.dataset.pwned ?? null,
      title: document.title,
      scripts: document.querySelectorAll("[data-testid=article-body] script").length,
      iframes: document.querySelectorAll("iframe").length,
      handlers: [...document.querySelectorAll("[data-testid=article-body] *")].filter((element) =>
        [...element.attributes].some((attribute) => attribute.name.startsWith("on") || /javascript:/i.test(attribute.value)),
      ).length,
    }));
    expect(state).toEqual({ pwned: null, title: expect.not.stringMatching(/pwned/), scripts: 0, iframes: 0, handlers: 0 });
  }
  expect(dialogs).toEqual([]);
});

test("the payload check would catch a payload that runs", async ({ page }) => {
  // Guards the guard: the same probe, on a page where a payload does run, reports it.
  const dialogs = await watchForPayloads(page);
  await page.route("**/__payload-probe", (route) =>
    route.fulfill({ contentType: "text/html", body: `<!doctype html><img src=x onerror="window.__pwned=1;alert('x')">` }),
  );
  await page.goto("/__payload-probe");
  await expect.poll(() => page.evaluate(() => document.documentElement.dataset.pwned ?? null)).toBe("yes");
  expect(dialogs).toEqual(["x"]);
});
