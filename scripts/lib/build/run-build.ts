/**
 * The build: stages in order, listed once here. Each stage works on every article; an
 * article that fails is reported and skipped by later stages, and the others still publish.
 */
import { BrowserSession } from "../browser/browser-session.ts";
import type { Reporter } from "../cli/reporter.ts";
import { errorLine } from "../cli/reporter.ts";
import type { BuildOptions } from "./build-options.ts";
import { isLive, type ArticleJob } from "./article-job.ts";
import { lockOutput } from "./output-lock.ts";
import { collectSources } from "./sources.ts";
import type { BuildState, Stage } from "./stage.ts";
import { parseStage } from "./stages/parse-stage.ts";
import { layoutStage } from "./stages/layout-stage.ts";
import { printStage } from "./stages/print-stage.ts";
import { epubStage } from "./stages/epub-stage.ts";
import { publishStage } from "./stages/publish-stage.ts";
import { catalogStage } from "./stages/catalog-stage.ts";
import { ContentError } from "../errors.ts";

export const stages: Stage[] = [parseStage, layoutStage, printStage, epubStage, publishStage, catalogStage];

export interface BuildOutcome {
  jobs: ArticleJob[];
  failed: number;
  /** Milliseconds per stage, for the benchmark. */
  stageTimings: Record<string, number>;
}

/**
 * Runs one build. `warmBrowser`, when given, is used instead of launching a browser, and is
 * left open (the live preview keeps one across rebuilds).
 */
export async function runBuild(options: BuildOptions, reporter: Reporter, warmBrowser?: () => Promise<BrowserSession>): Promise<BuildOutcome> {
  const sources = shareOf(await collectSources(options.inputs), options.shard);
  const lock = await lockOutput(options.outDir);
  let session: Promise<BrowserSession> | undefined;
  const state: BuildState = {
    options,
    reporter,
    jobs: sources.map((source) => ({ source, files: new Map(), timings: {} })),
    browser: warmBrowser ?? (() => (session = relaunchIfGone(session))),
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
      reportNewFailures(state.jobs, reported, reporter);
      // Chromium takes about a second to start: start it while Eleventy lays out the pages.
      if (stage === parseStage && state.jobs.some(isLive)) void state.browser().catch(() => undefined);
      // While Chromium lays out PDFs this process mostly waits: load the verifier's PDF reader then.
      if (stage === layoutStage && state.jobs.some(isLive)) {
        void import("../verify/verify-editions.ts").then((verifier) => verifier.warmUpVerifier()).catch(() => undefined);
        void import("../editions/epub/render-epub.ts").catch(() => undefined);
      }
    }
  } finally {
    if (session) await (await session.catch(() => undefined))?.close();
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
async function relaunchIfGone(current: Promise<BrowserSession> | undefined): Promise<BrowserSession> {
  const existing = await current?.catch(() => undefined);
  if (existing?.connected) return existing;
  return BrowserSession.launch();
}
