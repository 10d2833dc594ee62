/**
 * One build: the articles found, the output folder locked, and the build graph run over them
 * (build-graph.ts). An article that fails is reported and skipped by the tasks that need what
 * it failed to make, and the others still publish.
 */
import { BrowserSession, callLimitFor, type SessionOptions } from "../browser/browser-session.ts";
import type { Reporter } from "../cli/reporter.ts";
import type { BuildOptions } from "./build-options.ts";
import type { ArticleJob } from "./article-job.ts";
import { lockOutput } from "./output-lock.ts";
import { collectSources } from "./sources.ts";
import { removeLeftovers } from "./leftovers.ts";
import type { BuildState } from "./build-state.ts";
import { runBuildGraph } from "./build-graph.ts";
import type { ChromiumProcess } from "../browser/chromium-process.ts";
import { trace } from "../cli/trace.ts";
import { startSignal } from "./start-signal.ts";
import { sharedInputsHash } from "./inputs-hash.ts";

export interface BuildOutcome {
  jobs: ArticleJob[];
  failed: number;
  /** Milliseconds per task, from its first start to its last end, for the benchmark. */
  stageTimings: Record<string, number>;
}

/** Where a build gets its browser, when not from a Chromium it starts itself. */
export interface BuildBrowser {
  /** A browser kept open across builds (the live preview's); the build leaves it open. */
  warm?: () => Promise<BrowserSession>;
  /** A Chromium the command started at its very beginning; the build connects to it, or stops it if nothing needs printing. */
  started?: ChromiumProcess;
}

/** Runs one build. */
export async function runBuild(options: BuildOptions, reporter: Reporter, browserFrom: BuildBrowser = {}): Promise<BuildOutcome> {
  // What every article's inputs hash shares (the code, layouts, packages): its files are read
  // while the articles are found and read, not after the parse. Its failure is the parse's to report.
  sharedInputsHash().catch(() => undefined);
  let prestarted = browserFrom.started;
  const stopStarted = async (error: unknown): Promise<never> => {
    await prestarted?.stop();
    throw error;
  };
  const sources = shareOf(await collectSources(options.inputs).catch(stopStarted), options.shard);
  const lock = await lockOutput(options.outDir).catch(stopStarted);
  // Holding the lock, no other build writes here: what interrupted builds left can go.
  const removed = await removeLeftovers(options.outDir);
  if (removed) trace(`${removed} leftovers of interrupted builds removed`);
  let session: Promise<BrowserSession> | undefined;
  const releaseBrowser = async (): Promise<void> => {
    const open = session;
    session = undefined;
    await prestarted?.stop();
    prestarted = undefined;
    if (open) await (await open.catch(() => undefined))?.close();
  };
  const state: BuildState = {
    options,
    jobs: sources.map((source) => ({ source, files: new Map(), timings: {} })),
    browser:
      browserFrom.warm ??
      (() => {
        const chromium = prestarted;
        prestarted = undefined;
        return (session = relaunchIfGone(session, chromium, { callLimitMs: callLimitFor(options.timeoutMs) }));
      }),
    releaseBrowser: browserFrom.warm ? async () => undefined : releaseBrowser,
    layoutHandedOver: startSignal(),
  };
  if (!browserFrom.warm && sources.length > 0) connectEarly(state, Math.min(options.jobs, sources.length));
  let stageTimings: Record<string, number>;
  try {
    stageTimings = await runBuildGraph(state, reporter);
  } finally {
    await releaseBrowser();
    await lock.release();
  }
  return { jobs: state.jobs, failed: state.jobs.filter((job) => job.error).length, stageTimings };
}

/** The K-th of N shares: round-robin over the sorted sources, the same on every machine. */
export function shareOf(sources: string[], shard: BuildOptions["shard"]): string[] {
  if (!shard) return sources;
  return sources.filter((_, index) => index % shard.count === shard.index - 1);
}

/**
 * Connects to the build's Chromium and opens the pages of the first layouts (`pages`: one per
 * article laid out at once; the first is the page Chromium opened at start) before the
 * articles are parsed. The parse keeps this process busy; Chromium finishes starting and opens
 * the pages meanwhile, on the other core, so the first layout need not wait for them once the
 * parse is done. A browser that cannot start is reported later, by the article that needs it
 * (state.browser() tries again); a build with nothing to print lets it go as before.
 */
function connectEarly(state: BuildState, pages: number): void {
  trace("connecting to the browser");
  void state
    .browser()
    .then((browser) => (trace("browser connected"), browser.prepare(pages)))
    .then(() => trace(`${pages} ${pages === 1 ? "page" : "pages"} for the first layouts ready`))
    .catch(() => undefined);
}

/** The build's browser; a crashed one is replaced so one article's crash does not fail the rest. */
async function relaunchIfGone(current: Promise<BrowserSession> | undefined, started: ChromiumProcess | undefined, options: SessionOptions): Promise<BrowserSession> {
  const existing = await current?.catch(() => undefined);
  if (existing?.connected) return existing;
  return started ? BrowserSession.connect(started, options) : BrowserSession.launch(options);
}
