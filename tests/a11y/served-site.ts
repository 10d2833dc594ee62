/**
 * A built output folder served on the loopback address and opened in the system Chromium, for
 * tests that look at the web edition as a browser shows it (fonts and stylesheets included).
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Browser, Page } from "puppeteer-core";
import { findChromium } from "../../scripts/lib/browser/chromium-path.ts";
import { chromiumFlags } from "../../scripts/lib/browser/chromium-process.ts";
import { readStatic } from "../../scripts/lib/dev/static-files.ts";

export interface ServedSite {
  url: (path: string) => string;
  /** A new page of the given width, at `path`, once its fonts are loaded. */
  open: (path: string, width: number) => Promise<Page>;
  close: () => Promise<void>;
}

export async function serveSite(root: string): Promise<ServedSite> {
  const server: Server = createServer((request, response) => {
    void readStatic(root, request.url ?? "/").then((found) => {
      if (!found) {
        response.writeHead(404).end();
        return;
      }
      response.writeHead(200, { "content-type": found.type }).end(found.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  const puppeteer = await import("puppeteer-core");
  const browser: Browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: chromiumFlags });
  const url = (path: string): string => `http://127.0.0.1:${port}/${path.replace(/^\//, "")}`;
  return {
    url,
    open: async (path, width) => {
      const page = await browser.newPage();
      await page.setViewport({ width, height: 800, deviceScaleFactor: 1 });
      await page.goto(url(path), { waitUntil: "load" });
      await page.evaluate("document.fonts.ready.then(() => true)");
      return page;
    },
    close: async () => {
      await browser.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
