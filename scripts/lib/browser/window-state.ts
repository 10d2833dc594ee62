/**
 * Minimizes the window of a page, or shows it again. A page in a minimized window draws no
 * frames; Paged.js needs none (the print page paces it with tasks, see fixed-environment.js),
 * and the frames of a page being laid out are never looked at. A page is shown again before
 * it is printed or pictured.
 */
import type { Page } from "puppeteer-core";

export async function setWindowState(page: Page, state: "minimized" | "normal"): Promise<void> {
  const client = await page.createCDPSession();
  try {
    const { windowId } = await client.send("Browser.getWindowForTarget");
    await client.send("Browser.setWindowBounds", { windowId, bounds: { windowState: state } });
  } finally {
    await client.detach().catch(() => undefined);
  }
}
