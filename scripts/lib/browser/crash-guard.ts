/**
 * A page whose renderer process dies (killed, out of memory) answers no more: puppeteer's
 * pending calls on it would wait for their own timeouts (the layout's is 120 s). A guarded
 * page fails every pending and later call at once instead, with one RenderError, as soon as
 * Chromium reports the crash (its `Inspector.targetCrashed`, puppeteer's page "error" event)
 * or the browser process itself ends.
 */
import type { Page } from "puppeteer-core";
import { RenderError } from "../errors.ts";

export interface CrashGuard {
  /** The page, whose promise-returning methods reject as soon as it crashes. */
  page: Page;
  /** Whether a crash was seen during this use. */
  readonly crashed: boolean;
  /** Stops listening (the use of the page is over). */
  stop(): void;
}

export function guardAgainstCrash(page: Page, browserEnded: Promise<string>): CrashGuard {
  let crashed = false;
  let fail: (error: RenderError) => void = () => undefined;
  const failure = new Promise<never>((_, reject) => {
    fail = (error) => {
      crashed = true;
      reject(error);
    };
  });
  failure.catch(() => undefined);
  const onError = (error: Error): void =>
    fail(new RenderError(`Chromium's page process crashed (${error.message.replace(/!$/, "")}): killed, or out of memory`, { code: "renderer-crashed", cause: error }));
  page.on("error", onError);
  let stopped = false;
  void browserEnded.then((reason) => {
    if (!stopped) fail(new RenderError(`Chromium stopped while a page was in use (${reason})`, { code: "chromium-gone" }));
  });
  const guarded = new Proxy(page, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== "function") return value;
      return (...args: unknown[]) => {
        const result: unknown = (value as (...a: unknown[]) => unknown).apply(target, args);
        return result instanceof Promise ? Promise.race([result, failure]) : result;
      };
    },
  });
  return {
    page: guarded,
    get crashed() {
      return crashed;
    },
    stop() {
      stopped = true;
      page.off("error", onError);
    },
  };
}
