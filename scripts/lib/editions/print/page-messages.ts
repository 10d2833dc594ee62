/**
 * What the print page says while Paged.js works: console warnings and errors become one-line
 * warnings for the build report (overflow, items it could not lay out, fonts not loaded), and
 * an uncaught script error ends the wait for layout at once instead of at the timeout.
 */
import type { ConsoleMessage, Page } from "puppeteer-core";
import { RenderError } from "../../errors.ts";

export interface PageMessages {
  /** One line each, in the order the page logged them. */
  warnings: string[];
  /** Rejects on the page's first uncaught error; never resolves. */
  failure: Promise<never>;
  stop(): void;
}

/** Refused requests are reported from the session's own list, so Chromium's line about them is dropped. */
const alreadyReported = /net::ERR_BLOCKED_BY_CLIENT/;

export function watchPageMessages(page: Page): PageMessages {
  const warnings: string[] = [];
  let fail: (error: Error) => void = () => undefined;
  const failure = new Promise<never>((_, reject) => {
    fail = reject;
  });
  failure.catch(() => undefined);

  const onConsole = (message: ConsoleMessage): void => {
    const type = message.type();
    if (type !== "warn" && type !== "error") return;
    const text = oneLine(message.text());
    if (!text || alreadyReported.test(text)) return;
    warnings.push(`${type === "warn" ? "Paged.js warning" : "page error"}: ${text}`);
  };
  const onError = (error: unknown): void => {
    const text = oneLine(error instanceof Error ? error.message : String(error));
    fail(new RenderError(`print edition: the page failed during layout: ${text}`, { code: "print-page-error", cause: error }));
  };
  page.on("console", onConsole);
  page.on("pageerror", onError);
  return {
    warnings,
    failure,
    stop: () => {
      page.off("console", onConsole);
      page.off("pageerror", onError);
    },
  };
}

function oneLine(text: string): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > 300 ? `${line.slice(0, 297)}...` : line;
}
