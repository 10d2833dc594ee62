/**
 * The build: stages in order, listed once here. Each stage works on every article; an
 * article that fails is reported and skipped by later stages, and the others still publish.
 */
import { BrowserSession, callLimitFor, type SessionOptions } from "../browser/browser-session.ts";
import type { Reporter } from "../cli/reporter.ts";
import { errorLine } from "../cli/reporter.ts";
import type { BuildOptions } from "./build-options.ts";
import { isLive, type ArticleJob } from "./article-job.ts";
import { lockOutput } from "./output-lock.ts";
import { collectSources } from "./sources.ts";
import { removeLeftovers } from "./leftovers.ts";
import type { BuildState, Stage } from "./stage.ts";
import { parseStage } from "./stages/parse-stage.ts";
import { layoutStage } from "./stages/layout-stage.ts";
import { printStage } from "./stages/print-stage.ts";
import { epubStage } from "./stages/epub-stage.ts";
import { webStage } from "./stages/web-stage.ts";
import { publishStage } from "./stages/publish-stage.ts";
import { catalogStage } from "./stages/catalog-stage.ts";
import { ContentError } from "../errors.ts";
import type { ChromiumProcess } from "../browser/chromium-process.ts";
import { drawCovers } from "./draw-covers.ts";
import { trace } from "../cli/trace.ts";

export const stages: Stage[] = [parseStage, layoutStage, printStage, epubStage, webStage, publishStage, catalogStage];

export interface BuildOutcome {
  jobs: ArticleJob[];
  failed: number;
  /** Milliseconds per stage, for the benchmark. */
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
  const state: BuildState = {
    options,
    reporter,
    jobs: sources.map((source) => ({ source, files: new Map(), timings: {} })),
    browser:
      browserFrom.warm ??
      (() => {
        const chromium = prestarted;
        prestarted = undefined;
        return (session = relaunchIfGone(session, chromium, { callLimitMs: callLimitFor(options.timeoutMs) }));
      }),
  };
  let closing: Promise<void> | undefined;
  const closeSession = async (): Promise<void> => {
    const open = session;
    session = undefined;
    if (open) await (await open.catch(() => undefined))?.close();
  };
  const stageTimings: Record<string, number> = {};
  const reported = new Set<ArticleJob>();
  try {
    for (const stage of stages) {
      if (!stage.always && !state.jobs.some(isLive) && stage !== parseStage) continue;
      const started = performance.now();
      const detail = await stage.run(state);
      stageTimings[stage.name] = performance.now() - started;
      reporter.stage(stage.name, detail, stageTimings[stage.name]!);
      trace(`stage ${stage.name} done`);
      reportNewFailures(state.jobs, reported, reporter);
      if (stage === parseStage) {
        if (state.jobs.some(isLive)) {
          // Connect, open the pages the print stage will use (one per article laid out at
          // once, and one for the covers unless every cover was drawn before) and draw the
          // covers, all while the print pages are rendered.
          const toDraw = await drawCovers(state);
          const pages = Math.min(options.jobs, state.jobs.filter(isLive).length) + (toDraw ? 1 : 0);
          void state
            .browser()
            .then((browser) => (trace("browser connected"), browser.prepare(pages)))
            .then(() => trace(`${pages} pages prepared`))
            .catch(() => undefined);
        } else {
          // Nothing to print: a Chromium started just in case goes at once.
          await prestarted?.stop();
          prestarted = undefined;
        }
      }
      // While Chromium lays out PDFs this process mostly waits: load the verifier's PDF reader then.
      if (stage === layoutStage && state.jobs.some(isLive)) {
        void import("./verify-step.ts").then((step) => step.warmUpVerifier()).catch(() => undefined);
        void import("../editions/epub/render-epub.ts").catch(() => undefined);
      }
      // Nothing after the EPUB needs the browser: let it go now, so its memory is free while
      // the editions are read back and published (the peak of a long book was Chromium's
      // laid-out pages and the PDF reader at once).
      if (stage === epubStage) closing = closeSession();
    }
  } finally {
    await prestarted?.stop();
    await (closing ?? closeSession());
    await lock.release();
  }
  reportNewFailures(state.jobs, reported, reporter);
  return { jobs: state.jobs, failed: state.jobs.filter((job) => job.error).length, stageTimings };
}

function reportNewFailures(jobs: ArticleJob[], reported: Set<ArticleJob>, reporter: Reporter): void {
  for (const job of jobs) {
    if (!job.error || reported.has(job)) continue;
    reported.add(job);
    if (job.error instanceof ContentError) {
      for (const diagnostic of job.error.diagnostics) reporter.diagnostic(diagnostic);
    } else {
      reporter.problem(errorLine(job.error));
    }
  }
}

/** The K-th of N shares: round-robin over the sorted sources, the same on every machine. */
export function shareOf(sources: string[], shard: BuildOptions["shard"]): string[] {
  if (!shard) return sources;
  return sources.filter((_, index) => index % shard.count === shard.index - 1);
}

/** The build's browser; a crashed one is replaced so one article's crash does not fail the rest. */
async function relaunchIfGone(current: Promise<BrowserSession> | undefined, started: ChromiumProcess | undefined, options: SessionOptions): Promise<BrowserSession> {
  const existing = await current?.catch(() => undefined);
  if (existing?.connected) return existing;
  return started ? BrowserSession.connect(started, options) : BrowserSession.launch(options);
}
