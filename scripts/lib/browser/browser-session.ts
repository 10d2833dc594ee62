/**
 * One headless Chromium per build, shared by every article and edition. Pages opened from
 * the session see only the session's VirtualSite; every other request is blocked and
 * recorded, so a build can report what content tried to reach.
 */
import type { Browser, HTTPRequest, Page } from "puppeteer-core";
import { RenderError, ToolError } from "../errors.ts";
import { findChromium } from "./chromium-path.ts";
import { siteOrigin, VirtualSite } from "./virtual-site.ts";

/** Flags the brief requires: no sandbox as root, and no background traffic to a closed network. */
export const chromiumFlags = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-dev-shm-usage",
  // Several articles are laid out in tabs of one browser at once: none may be paused or
  // throttled for being in the background, or Paged.js stalls there.
  "--disable-background-timer-throttling",
  "--disable-backgrounding-occluded-windows",
  "--disable-renderer-backgrounding",
  "--font-render-hinting=none",
];

export interface SessionPage {
  page: Page;
  /** URLs the page asked for that were refused. */
  blocked: string[];
  close(): Promise<void>;
}

export class BrowserSession {
  readonly site = new VirtualSite();

  private constructor(private readonly browser: Browser) {}

  static async launch(): Promise<BrowserSession> {
    const executablePath = findChromium();
    const puppeteer = await import("puppeteer-core");
    try {
      const browser = await puppeteer.launch({
        executablePath,
        headless: true,
        args: chromiumFlags,
        timeout: 30_000,
      });
      return new BrowserSession(browser);
    } catch (error) {
      throw new ToolError(`Chromium at ${executablePath} did not start: ${(error as Error).message.split("\n")[0]}`, {
        code: "chromium-start",
        cause: error,
      });
    }
  }

  /** A fresh page whose requests are answered from the virtual site only. */
  async newPage(): Promise<SessionPage> {
    if (!this.browser.connected) throw new RenderError("Chromium has stopped (crashed or was killed)", { code: "chromium-gone" });
    const page = await this.browser.newPage();
    const blocked: string[] = [];
    await page.setRequestInterception(true);
    page.on("request", (request: HTTPRequest) => {
      void this.answer(request, blocked);
    });
    return {
      page,
      blocked,
      close: async () => {
        if (!page.isClosed()) await page.close().catch(() => undefined);
      },
    };
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

  async close(): Promise<void> {
    await this.browser.close().catch(() => undefined);
  }
}

export { siteOrigin };
