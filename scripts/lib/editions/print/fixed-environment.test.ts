/**
 * The print page's fixed environment (browser/fixed-environment.js), in a real Chromium: a
 * seeded Math.random and a pinned clock, and animation frames and idle callbacks that still
 * come in a background tab, where Chromium sends none and Paged.js would wait forever, as
 * next tasks rather than timers.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BrowserSession } from "../../browser/browser-session.ts";
import { fixedEnvironmentScript } from "./browser-scripts.ts";

let session: BrowserSession;

beforeAll(async () => {
  session = await BrowserSession.launch();
  session.site.add("/test/environment.html", "<!DOCTYPE html><p>environment</p>");
}, 60_000);
afterAll(async () => session?.close());

const within5s = (work: Promise<unknown>) => Promise.race([work, new Promise((resolve) => setTimeout(() => resolve("nothing within 5 s"), 5_000))]);
const frame = "new Promise((resolve) => requestAnimationFrame(() => resolve('frame')))";
const idle = "new Promise((resolve) => requestIdleCallback((deadline) => resolve(deadline.timeRemaining() > 0 ? 'idle' : 'no time')))";

describe("the print page's fixed environment", () => {
  it("gives frames and idle callbacks in a background tab, where Chromium gives none", async () => {
    // The session gives each page a window; tabs opened in one window hide each other.
    const window = await session.newPage();
    const browser = window.page.browser();
    const withEnvironment = await browser.newPage();
    const plain = await browser.newPage();
    const front = await browser.newPage();
    try {
      await withEnvironment.evaluateOnNewDocument(fixedEnvironmentScript(7, Date.UTC(2011, 10, 5), { hideFinishedPages: true, isolateTextNodes: true }));
      for (const page of [withEnvironment, plain, front]) await page.goto("about:blank");
      await front.bringToFront();
      expect(await withEnvironment.evaluate("document.visibilityState")).toBe("hidden");
      expect(await plain.evaluate("document.visibilityState")).toBe("hidden");
      // The reason for the shim: a plain background tab never gets its frame.
      expect(await within5s(plain.evaluate(frame))).toBe("nothing within 5 s");
      expect(await within5s(withEnvironment.evaluate(frame))).toBe("frame");
      expect(await within5s(withEnvironment.evaluate(idle))).toBe("idle");
    } finally {
      await Promise.all([withEnvironment.close(), plain.close(), front.close(), window.close()]);
    }
  }, 60_000);

  it("runs frame and idle callbacks as next tasks, never through a timer (nested timers are held back 4 ms each)", async () => {
    const opened = await session.newPage();
    try {
      await opened.page.evaluateOnNewDocument(fixedEnvironmentScript(7, Date.UTC(2011, 10, 5), { hideFinishedPages: true, isolateTextNodes: true }));
      await opened.page.goto(session.site.url("/test/environment.html"));
      // Thirty callbacks each asking for the next, as Paged.js asks for one per page, and one
      // cancelled on the way; setTimeout is counted meanwhile.
      const result = (await opened.page.evaluate(`new Promise((resolve) => {
        let timers = 0;
        const setTimer = window.setTimeout;
        window.setTimeout = (...args) => { timers += 1; return setTimer(...args); };
        const order = [];
        const cancelled = requestAnimationFrame(() => order.push("cancelled"));
        cancelAnimationFrame(cancelled);
        const step = (n) => {
          order.push(n);
          if (n === 30) return resolve({ order, timers });
          if (n % 2) requestAnimationFrame(() => step(n + 1));
          else requestIdleCallback(() => step(n + 1));
        };
        requestAnimationFrame(() => step(1));
      })`)) as { order: Array<number | string>; timers: number };
      expect(result.order).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
      expect(result.timers).toBe(0);
    } finally {
      await opened.close({ discard: true });
    }
  }, 60_000);

  it("pins the clock and seeds Math.random, the same on every load", async () => {
    const opened = await session.newPage();
    try {
      await opened.page.evaluateOnNewDocument(fixedEnvironmentScript(7, Date.UTC(2011, 10, 5), { hideFinishedPages: true, isolateTextNodes: true }));
      const read = async () => {
        await opened.page.goto(session.site.url("/test/environment.html"));
        return opened.page.evaluate("({ now: Date.now(), year: new Date().getUTCFullYear(), random: [Math.random(), Math.random()] })");
      };
      const first = (await read()) as { now: number; year: number; random: number[] };
      expect(first.now).toBe(Date.UTC(2011, 10, 5));
      expect(first.year).toBe(2011);
      expect(await read()).toEqual(first);
    } finally {
      await opened.close({ discard: true });
    }
  }, 60_000);
});
