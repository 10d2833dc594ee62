/**
 * The renderer's browser sees only the project's own files: requests anywhere else are
 * refused and recorded, inline script never runs, and only scripts under /vendor/ do.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BrowserSession, callLimitFor } from "./browser-session.ts";

let session: BrowserSession;

describe("BrowserSession", () => {
  beforeAll(async () => {
    session = await BrowserSession.launch();
  }, 60_000);
  afterAll(async () => session?.close());

  it("serves the virtual site and refuses the network and the file system", async () => {
    session.site.add("/test/page.html", `<!DOCTYPE html><html><head>
<link rel="stylesheet" href="/test/style.css">
<link rel="stylesheet" href="http://127.0.0.1:9/remote.css">
<script src="/vendor/allowed.js"></script>
</head><body>
<img src="file:///etc/passwd" alt="">
<img src="https://example.invalid/pixel.png" alt="">
<p id="inline">untouched</p>
<script>document.getElementById("inline").textContent = "inline script ran";</script>
<img src="/missing.png" alt="" onerror="document.title = 'handler ran'">
</body></html>`);
    session.site.add("/test/style.css", "p { color: rgb(1, 2, 3); }");
    session.site.add("/vendor/allowed.js", "window.vendorRan = true;");
    const opened = await session.newPage();
    try {
      await opened.page.goto(session.site.url("/test/page.html"), { waitUntil: "load" });
      const state = await opened.page.evaluate(() => ({
        colour: getComputedStyle(document.getElementById("inline")!).color,
        inline: document.getElementById("inline")!.textContent,
        vendor: (window as unknown as { vendorRan?: boolean }).vendorRan === true,
        title: document.title,
      }));
      expect(state).toEqual({ colour: "rgb(1, 2, 3)", inline: "untouched", vendor: true, title: "" });
      // The page's Content-Security-Policy stops remote and file resources before they are asked for;
      // what is asked for and not in the site (the missing image) is refused and recorded.
      expect(opened.blocked).toEqual([session.site.url("/missing.png")]);

      // Behind the policy, the request filter refuses anything outside the site, navigation included.
      await expect(opened.page.goto("http://127.0.0.1:9/elsewhere.html")).rejects.toThrow(/ERR_BLOCKED_BY_CLIENT/);
      expect(opened.blocked).toContain("http://127.0.0.1:9/elsewhere.html");
    } finally {
      await opened.close();
    }
  }, 60_000);

  it("reuses a page once it is closed, blank and with a fresh list of refused requests", async () => {
    session.site.add("/test/refusing.html", '<!DOCTYPE html><img src="/test/absent.png" alt="">');
    const first = await session.newPage();
    await first.page.goto(session.site.url("/test/refusing.html"), { waitUntil: "load" });
    expect(first.blocked).toEqual([session.site.url("/test/absent.png")]);
    await first.close();

    const second = await session.newPage();
    try {
      expect(second.page).toBe(first.page);
      expect(second.page.url()).toBe("about:blank");
      expect(second.blocked).toEqual([]);
    } finally {
      await second.close({ discard: true });
    }
    // A discarded page is closed for good: the next use gets another.
    expect(first.page.isClosed()).toBe(true);
    const third = await session.newPage();
    expect(third.page).not.toBe(first.page);
    await third.close();
  }, 60_000);
});

describe("BrowserSession.prepare", () => {
  it("hands out each prepared page as soon as it is ready, the first to the layout, and opens no other", async () => {
    const fresh = await BrowserSession.launch();
    try {
      // Not awaited: the build prepares pages while it works, and asks for them before they are all open.
      const prepared = fresh.prepare(2);
      const [layout, cover] = await Promise.all([fresh.newPage(), fresh.newPage({ background: true })]);
      await prepared;
      expect(layout.page).not.toBe(cover.page);
      // Chromium's own blank page went to the layout; the cover took the window opened for it; nothing else was opened.
      const pages = await layout.page.browser().pages();
      expect(pages).toHaveLength(2);
      // (The session hands out the page behind a crash guard, crash-guard.ts: compare their targets.)
      expect(pages[0]!.target()).toBe(layout.page.target());
      await Promise.all([layout.close(), cover.close()]);
    } finally {
      await fresh.close();
    }
  }, 60_000);
});

describe("BrowserSession.prepare, with pages already in use", () => {
  it("counts the pages handed out: after the layout took the first page, two pages in all opens one more, not two", async () => {
    const fresh = await BrowserSession.launch();
    try {
      // The build's order: the first layout's page before the parse, the rest once that layout is under way.
      await fresh.prepare(1);
      const layout = await fresh.newPage();
      await fresh.prepare(2);
      expect(await layout.page.browser().pages()).toHaveLength(2);
      const cover = await fresh.newPage({ background: true });
      expect(await layout.page.browser().pages()).toHaveLength(2);
      // A page given back is ready again: asking for two pages in all opens nothing.
      await layout.close();
      await fresh.prepare(2);
      expect(await cover.page.browser().pages()).toHaveLength(2);
      await cover.close();
    } finally {
      await fresh.close();
    }
  }, 60_000);
});

describe("callLimitFor", () => {
  it("lets a call into Chromium outlast the build's own step limit, never under puppeteer's default", () => {
    expect(callLimitFor(120_000)).toBe(180_000);
    expect(callLimitFor(600_000)).toBe(660_000);
    for (const step of [5_000, 120_000, 121_000, 900_000]) expect(callLimitFor(step)).toBeGreaterThan(step);
  });
});
