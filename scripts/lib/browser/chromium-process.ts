/**
 * Starts the system Chromium ourselves, with DevTools on a pipe, instead of through
 * puppeteer.launch. Two reasons: the build can start Chromium in its first milliseconds,
 * before puppeteer (a large import) or anything else is loaded, so the browser's own
 * start-up overlaps parsing and Eleventy; and a build that finds nothing to do can
 * stop it at once. This module imports nothing heavy on purpose.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Readable, Writable } from "node:stream";
import { ToolError } from "../errors.ts";
import { findChromium } from "./chromium-path.ts";

/**
 * Every flag Chromium gets. The brief's own (no sandbox as root, no GPU, no background
 * traffic, no first-run), then what keeps many tabs of one build running at full speed,
 * then what puppeteer.launch would pass for headless PDF work (tagged PDFs and outlines,
 * sRGB colours, no scrollbars in screenshots); chromium-process.test.ts checks the last
 * group still covers puppeteer's defaults after an upgrade.
 */
export const chromiumFlags = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  // No host name resolves: the build's pages come from the virtual site (virtual-site.ts),
  // answered before any lookup, and Chromium's own services (account, update and variation
  // servers, which the flags above do not all silence) reach nothing. The rules apply to
  // addresses written as numbers too: this machine's own stay reachable (the tests serve pages
  // there, and so does the live preview).
  "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost, EXCLUDE [::1]",
  "--disable-dev-shm-usage",
  // Several articles are laid out in tabs of one browser at once: none may be paused or
  // throttled for being in the background, or Paged.js stalls there.
  "--disable-background-timer-throttling",
  "--disable-backgrounding-occluded-windows",
  "--disable-renderer-backgrounding",
  "--font-render-hinting=none",
  "--headless=new",
  "--export-tagged-pdf",
  "--generate-pdf-document-outline",
  "--force-color-profile=srgb",
  "--hide-scrollbars",
  "--mute-audio",
  "--allow-pre-commit-input",
  "--disable-breakpad",
  "--disable-crash-reporter",
  "--disable-client-side-phishing-detection",
  "--disable-component-extensions-with-background-pages",
  "--disable-default-apps",
  "--disable-extensions",
  "--disable-hang-monitor",
  "--disable-infobars",
  "--disable-ipc-flooding-protection",
  "--disable-popup-blocking",
  "--disable-prompt-on-repost",
  "--disable-search-engine-choice-screen",
  "--enable-automation",
  "--metrics-recording-only",
  "--password-store=basic",
  "--use-mock-keychain",
  // puppeteer's list, then ours (Chromium reads one --disable-features only, the last): the
  // Chromium this runs on starts two WebUI pages for the address bar's popup
  // (chrome://omnibox-popup.top-chrome) in every headless browser, renderers nothing uses,
  // which held up the first page.
  "--disable-features=Translate,AcceptCHFrame,MediaRouter,OptimizationHints,WebUIReloadButton,ProcessPerSiteUpToMainFrameThreshold,IsolateSandboxedIframes,WebUIOmniboxPopup,WebUIOmniboxAimPopup,WebUIOmniboxFullPopup",
  "--enable-features=PdfOopif",
];

/** A started Chromium: its DevTools pipes, and how to stop it and remove its profile. */
export interface ChromiumProcess {
  readonly executablePath: string;
  readonly toBrowser: Writable;
  readonly fromBrowser: Readable;
  /** Resolves with a one-line reason when the process ends (or could not start). */
  readonly ended: Promise<string>;
  /** Stops the process and its helpers now and removes its profile folder, best effort; safe to call twice. */
  kill(): void;
  /** Stops the process and its helpers now, then waits for it to be gone and its profile removed. */
  stop(): Promise<void>;
}

const live = new Set<ChromiumProcess>();
let exitHooked = false;

/** Spawns Chromium; throws ToolError when it is not installed. Connecting is BrowserSession's job. */
export function startChromium(): ChromiumProcess {
  const executablePath = findChromium();
  const profile = mkdtempSync(join(tmpdir(), "press-chromium-"));
  // Chromium's own temporary files (shared memory, with --disable-dev-shm-usage) go inside
  // the profile too: a Chromium stopped with SIGKILL (a build with nothing to print) cannot
  // remove them itself, and removing the profile then removes them as well.
  const temp = join(profile, "tmp");
  mkdirSync(temp);
  let child: ChildProcess;
  try {
    child = spawn(executablePath, [...chromiumFlags, `--user-data-dir=${profile}`, "--remote-debugging-pipe", "about:blank"], {
      stdio: ["ignore", "ignore", "pipe", "pipe", "pipe"],
      env: { ...process.env, TMPDIR: temp },
      // A process group of its own, so one signal stops Chromium's helper processes with it.
      detached: true,
    });
  } catch (error) {
    removeProfile(profile);
    throw new ToolError(`Chromium at ${executablePath} did not start: ${(error as Error).message}`, { code: "chromium-start", cause: error });
  }
  let stderrTail = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderrTail = (stderrTail + chunk.toString("utf8")).slice(-2000);
  });
  const ended = new Promise<string>((resolve) => {
    child.once("error", (error) => resolve(error.message));
    child.once("exit", (code, signal) => {
      const lastLine = stderrTail.trim().split("\n").filter(Boolean).pop();
      resolve(signal ? `stopped by ${signal}` : `exited with code ${code}${lastLine ? `: ${lastLine}` : ""}`);
    });
  });
  const signal = () => {
    live.delete(started);
    if (child.exitCode === null && child.signalCode === null && child.pid !== undefined) {
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        child.kill("SIGKILL");
      }
    }
  };
  const kill = () => {
    signal();
    removeProfile(profile);
  };
  const started: ChromiumProcess = {
    executablePath,
    toBrowser: child.stdio[3] as Writable,
    fromBrowser: child.stdio[4] as Readable,
    ended,
    kill,
    async stop() {
      signal();
      await removed;
    },
  };
  // Profiles are removed once the process has gone, whoever stopped it; without blocking
  // this process, which may be reading the editions back meanwhile.
  const removed = ended.then(() => {
    live.delete(started);
    return removeProfileLater(profile);
  });
  live.add(started);
  hookProcessExit();
  return started;
}

/**
 * Helpers of a Chromium just stopped may still be writing into the profile for a moment:
 * retried, and never fatal (a leftover folder in the temporary directory is only disk space).
 */
function removeProfile(profile: string): void {
  try {
    rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 20 });
  } catch {
    // See above.
  }
}

/** As removeProfile, without holding up this process. */
async function removeProfileLater(profile: string): Promise<void> {
  await rm(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 20 }).catch(() => undefined);
}

/** No Chromium outlives the build, even on Ctrl-C or an uncaught error. */
function hookProcessExit(): void {
  if (exitHooked) return;
  exitHooked = true;
  const killAll = () => {
    for (const chromium of [...live]) chromium.kill();
  };
  process.on("exit", killAll);
  for (const [signal, code] of [["SIGINT", 130], ["SIGTERM", 143], ["SIGHUP", 129]] as const) {
    process.on(signal, () => {
      killAll();
      // Another listener (the live preview) shuts down on its own; otherwise behave as if unhandled.
      if (process.listenerCount(signal) === 1) process.exit(code);
    });
  }
}
