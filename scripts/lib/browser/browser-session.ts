/**
 * One headless Chromium per build, shared by every article and edition. Pages opened from
 * the session see only the session's VirtualSite; every other request is blocked and
 * recorded, so a build can report what content tried to reach.
 */
import type { Browser, HTTPRequest, Page } from "puppeteer-core";
import { RenderError, ToolError } from "../errors.ts";
import { startChromium, type ChromiumProcess } from "./chromium-process.ts";
import { PipeTransport } from "./pipe-transport.ts";
import { siteOrigin, VirtualSite } from "./virtual-site.ts";
import { guardAgainstCrash, type CrashGuard } from "./crash-guard.ts";

export interface SessionPage {
  page: Page;
  /** URLs the page asked for (during this use of it) that were refused. */
  blocked: string[];
  /**
   * Ends this use of the page. It is blanked and kept for the next newPage() (which waits for
   * the blanking; this does not), unless `discard` is set (a layout that failed or stalled):
   * then it is closed, and the next use gets a fresh one.
   */
  close(options?: { discard?: boolean }): Promise<void>;
}

export interface NewPageOptions {
  /**
   * For work nothing waits on yet (the e-book covers): take the page prepared last, so the
   * first one ready (Chromium's own blank page, which needs no window opened) goes to the
   * layout that the whole build waits for.
   */
  background?: boolean;
}

/** A page the session opened, with the refused-request list of its current use. */
interface PooledPage {
  page: Page;
  blocked: string[];
  /** The page as handed out: its calls fail at once if its renderer crashes (crash-guard.ts). */
  guard: CrashGuard;
}

export interface SessionOptions {
  /**
   * How long one call into Chromium may take before it is abandoned. A layout or PDF write
   * has its own limit (the build's --timeout), which says how far it came; this one must lie
   * beyond it, or a long book would fail with puppeteer's bare "Runtime.evaluate timed out".
   */
  callLimitMs?: number;
}

/** Puppeteer's own default: enough for everything but a long book's layout or PDF. */
const defaultCallLimitMs = 180_000;

/** The call limit for a build whose steps may each take `stepLimitMs`. */
export function callLimitFor(stepLimitMs: number): number {
  return Math.max(defaultCallLimitMs, stepLimitMs + 60_000);
}

export class BrowserSession {
  readonly site = new VirtualSite();

  private constructor(
    private readonly browser: Browser,
    private readonly chromium: ChromiumProcess,
  ) {}

  /** Starts Chromium and connects to it. */
  static async launch(options: SessionOptions = {}): Promise<BrowserSession> {
    return BrowserSession.connect(startChromium(), options);
  }

  /** Connects to a Chromium started by startChromium (the build starts it before anything else). */
  static async connect(chromium: ChromiumProcess, options: SessionOptions = {}): Promise<BrowserSession> {
    const puppeteer = await import("puppeteer-core");
    const transport = new PipeTransport(chromium.toBrowser, chromium.fromBrowser);
    let timer: NodeJS.Timeout | undefined;
    const failed = Promise.race([
      chromium.ended.then((reason) => `it ${reason}`),
      new Promise<string>((resolve) => (timer = setTimeout(() => resolve("it did not answer within 30 s"), 30_000))),
    ]);
    try {
      const browser = await Promise.race([
        // No default viewport: puppeteer would resize every page it meets (a round trip
        // through the page's renderer, which the first page waited for while Chromium started); the
        // print page and the cover each set the viewport they need.
        puppeteer.connect({ transport, defaultViewport: null, protocolTimeout: options.callLimitMs ?? defaultCallLimitMs }),
        failed.then((reason) => Promise.reject(new Error(reason))),
      ]);
      return new BrowserSession(browser, chromium);
    } catch (error) {
      chromium.kill();
      throw new ToolError(`Chromium at ${chromium.executablePath} did not start: ${(error as Error).message.split("\n")[0]}`, {
        code: "chromium-start",
        cause: error,
      });
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * Pages free for the next newPage(), first come first served: pages released by an earlier
   * use (ready at once) and pages prepare() is still opening. A caller takes the next one,
   * ready or not, rather than waiting for every prepared page.
   */
  private readonly pool: Array<Promise<PooledPage | undefined>> = [];

  /**
   * A blank page whose requests are answered from the virtual site only. Each page has a
   * window of its own: a tab opened after another in the same window hides it, and a hidden
   * page gets no animation frames (the print page copes, see fixed-environment.js, but under
   * load layouts in background tabs were still seen to stall). Opening a window is slow
   * (a new renderer), so pages are reused: a build opens one per article laid out at the same
   * time (and one for the covers), not one per article, and opens them while it renders the
   * print pages (prepare).
   */
  async newPage(options: NewPageOptions = {}): Promise<SessionPage> {
    if (!this.browser.connected) throw new RenderError("Chromium has stopped (crashed or was killed)", { code: "chromium-gone" });
    // Counted from now, while it is still being taken: prepare() opens none for it.
    this.inUse++;
    let use: PooledPage;
    try {
      let pooled: PooledPage | undefined;
      while (!pooled && this.pool.length) {
        const next = await (options.background ? this.pool.pop() : this.pool.shift());
        if (next && !next.page.isClosed()) pooled = next;
      }
      use = pooled ?? (await this.openPage());
    } catch (error) {
      this.inUse--;
      throw error;
    }
    use.blocked = [];
    let released = false;
    return {
      // A crash of the page's renderer fails the use within a moment, not at its timeout.
      page: use.guard.page,
      blocked: use.blocked,
      // A page that crashed is never used again.
      close: async (options = {}) => {
        if (released) return;
        released = true;
        this.inUse--;
        return this.release(use, (options.discard ?? false) || use.guard.crashed);
      },
    };
  }

  /** Pages handed out by newPage() (or being taken) and not yet closed. */
  private inUse = 0;

  /**
   * Makes sure the session has `count` pages, in use or ready, opening the missing ones ahead
   * of use while the caller does other work (the build: while it parses the articles and
   * renders the print pages). The first is the blank page Chromium opens at start, which
   * already has a window of its own.
   */
  async prepare(count: number): Promise<void> {
    const opening: Array<Promise<PooledPage>> = [];
    if (!this.adopted && count > this.inUse + this.pool.length) {
      this.adopted = true;
      opening.push(this.adoptInitialPage());
    }
    while (this.inUse + this.pool.length + opening.length < count) opening.push(this.openPage());
    // In the pool at once, still opening: a newPage() from now on waits for one of these
    // instead of opening a window of its own. One that fails to open is dropped there.
    this.pool.push(...opening.map((page) => page.catch(() => undefined)));
    await Promise.all(opening);
  }

  private async adoptInitialPage(): Promise<PooledPage> {
    const initial = (await this.browser.pages()).find((page) => page.url() === "about:blank");
    return initial ? this.adopt(initial) : this.openPage();
  }

  /** The blank page Chromium opened at start has been taken into the pool (once). */
  private adopted = false;

  private async openPage(): Promise<PooledPage> {
    return this.adopt(await this.browser.newPage({ type: "window" }));
  }

  /** Puts a page behind the virtual site: every request answered from it, or refused. */
  private async adopt(page: Page): Promise<PooledPage> {
    const pooled: PooledPage = { page, blocked: [], guard: guardAgainstCrash(page, this.chromium.ended) };
    await page.setRequestInterception(true);
    page.on("request", (request: HTTPRequest) => {
      void this.answer(request, pooled.blocked);
    });
    return pooled;
  }

  private async release(pooled: PooledPage, discard: boolean): Promise<void> {
    if (pooled.page.isClosed()) return pooled.guard.stop();
    if (!discard && this.browser.connected) {
      // Nothing of the last document survives: the next use starts from a blank page. The
      // caller does not wait for that (the PDF is written, the build goes on); the page is
      // in the pool at once, ahead of pages still opening, and whoever takes it next waits.
      const blank = pooled.page.goto("about:blank", { timeout: 10_000 }).then(
        () => pooled,
        // A page that cannot even go blank is not worth keeping.
        async () => {
          pooled.guard.stop();
          await pooled.page.close().catch(() => undefined);
          return undefined;
        },
      );
      this.pool.unshift(blank);
      return;
    }
    pooled.guard.stop();
    await pooled.page.close().catch(() => undefined);
  }

  private async answer(request: HTTPRequest, blocked: string[]): Promise<void> {
    const url = request.url();
    try {
      const found = request.method() === "GET" ? await this.site.lookup(url) : undefined;
      if (!found) {
        // Chromium asks for a favicon on its own; that is not the content reaching out.
        if (!url.startsWith("data:") && url !== `${siteOrigin}/favicon.ico`) blocked.push(url);
        await request.abort("blockedbyclient");
        return;
      }
      await request.respond({
        status: 200,
        contentType: found.contentType,
        headers: {
          // Only the site's own scripts may run: content cannot add inline or remote script.
          "Content-Security-Policy": `default-src ${siteOrigin} data:; script-src ${siteOrigin}/vendor/; style-src ${siteOrigin} 'unsafe-inline'`,
        },
        body: typeof found.body === "string" ? found.body : Buffer.from(found.body),
      });
    } catch {
      // The page may have closed while we answered; nothing is left to tell.
    }
  }

  get connected(): boolean {
    return this.browser.connected;
  }

  /**
   * Stops Chromium at once. Its profile is a throwaway folder, so a clean shutdown saves
   * nothing worth keeping, and the end of a build would wait for it.
   */
  async close(): Promise<void> {
    await this.chromium.stop();
  }
}

export { siteOrigin };
