/** Starting Chromium ourselves: the same flags puppeteer would pass, and nothing left behind. */
import { existsSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { describe, expect, it } from "vitest";
import { chromiumFlags, startChromium } from "./chromium-process.ts";
import { BrowserSession } from "./browser-session.ts";

describe("chromiumFlags", () => {
  it("include every flag puppeteer.launch passes for headless work", async () => {
    const puppeteer = await import("puppeteer-core");
    const defaults = puppeteer.default.defaultArgs({ headless: true, args: [] }).filter((flag) => flag !== "about:blank");
    // An upgrade of puppeteer that adds a flag shows up here, to be weighed and copied. A
    // feature list may hold more features than puppeteer's, never fewer.
    const features = (flag: string): string[] => flag.slice(flag.indexOf("=") + 1).split(",");
    const covered = (flag: string): boolean => {
      const list = /^--(disable|enable)-features=/.exec(flag)?.[0];
      if (!list) return chromiumFlags.includes(flag);
      const ours = chromiumFlags.filter((own) => own.startsWith(list));
      return ours.length === 1 && features(flag).every((feature) => features(ours[0] as string).includes(feature));
    };
    expect(defaults.filter((flag) => !covered(flag))).toEqual([]);
  });

  it("start no page of Chromium's own besides the blank one", async () => {
    const session = await BrowserSession.connect(startChromium());
    try {
      await session.prepare(1);
      const browser = (session as unknown as { browser: { targets(): Array<{ url(): string }> } }).browser;
      expect(browser.targets().map((target) => target.url()).filter((url) => url.startsWith("chrome://"))).toEqual([]);
    } finally {
      await session.close();
    }
  }, 60_000);

  it("include the brief's flags", () => {
    for (const flag of ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"]) {
      expect(chromiumFlags).toContain(flag);
    }
  });
});

describe("startChromium", () => {
  const profiles = () => readdirSync(tmpdir()).filter((name) => name.startsWith("press-chromium-"));

  it("refuses a CHROMIUM_PATH with nothing there, naming it", () => {
    const saved = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = "/nonexistent/chromium";
    try {
      expect(() => startChromium()).toThrow(/CHROMIUM_PATH is set to \/nonexistent\/chromium/);
    } finally {
      if (saved === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = saved;
    }
  });

  it("stops at once when killed unused, and removes its profile", async () => {
    const before = new Set(profiles());
    const chromium = startChromium();
    const mine = profiles().filter((name) => !before.has(name));
    expect(mine).toHaveLength(1);
    chromium.kill();
    expect(await chromium.ended).toMatch(/SIGKILL|exited/);
    expect(existsSync(`${tmpdir()}/${mine[0]}`)).toBe(false);
  }, 30_000);

  it("is driven through its pipe and stopped by the session, its profile removed", async () => {
    const before = new Set(profiles());
    const chromium = startChromium();
    const mine = profiles().filter((name) => !before.has(name));
    const session = await BrowserSession.connect(chromium);
    const opened = await session.newPage();
    expect(await opened.page.evaluate("1 + 1")).toBe(2);
    await session.close();
    expect(await chromium.ended).toBeTruthy();
    // Gone when close() returns: no helper process, no profile folder.
    expect(existsSync(`${tmpdir()}/${mine[0]}`)).toBe(false);
    await new Promise((resolve) => setImmediate(resolve));
    expect(session.connected).toBe(false);
  }, 60_000);
});
