/**
 * The build, as a graph of tasks declared in one place. What waits on what is here and only
 * here; the scheduler (task-graph.ts) starts each task for an article as soon as that
 * article has what the task needs:
 *
 *   parse ─┬─▶ layout (print page) ─┬─▶ print ──▶ page starts ─┬─▶ epub ─┐
 *          │                        │           └─▶ pdf ───────┼────────┼─▶ verify ─▶ publish ─▶ catalog
 *          │                        └─▶ web pages (Eleventy) ──┼────────┘
 *          └─▶ cover lookup ─▶ covers ─────────────────────────┘
 *
 * The overlaps follow from it: Eleventy renders the web pages while Chromium lays out the
 * print pages; the covers are drawn beside the print pages; the EPUB is built while the PDF is
 * written; the browser goes as soon as every PDF and cover is done; the verifier is loaded
 * while Chromium works. What only the later tasks need (Eleventy, the covers, the verifier,
 * more pages) waits until the first layout no longer needs this process (state.layoutHandedOver:
 * it is under way, or waits for Chromium), so that nothing in this process stands between the
 * parse and that layout. The order of the tasks below is the order of the progress lines.
 */
import type { Reporter } from "../cli/reporter.ts";
import { errorLine } from "../cli/reporter.ts";
import { trace } from "../cli/trace.ts";
import type { Article } from "../document/article.ts";
import { preloadEpubRenderer } from "../editions/epub/epub-edition.ts";
import { asPublishError, ContentError } from "../errors.ts";
import type { ArticleJob } from "./article-job.ts";
import type { BuildState } from "./build-state.ts";
import { OrderedOutput } from "./ordered-output.ts";
import { OutputError } from "./output-error.ts";
import { runTaskGraph, type Task } from "./task-graph.ts";
import { cachedCover, drawCovers } from "./tasks/cover-tasks.ts";
import { catalogTask } from "./tasks/catalog-task.ts";
import { epubTask } from "./tasks/epub-task.ts";
import { layoutTask } from "./tasks/layout-task.ts";
import { parseTask } from "./tasks/parse-task.ts";
import { printTask } from "./tasks/print-task.ts";
import { publishTask } from "./tasks/publish-task.ts";
import { webTask } from "./tasks/web-task.ts";

/** A task of the build; one with a `line` prints a progress line (`print    1 PDF, 3 pages ...`) once settled. */
type BuildTask = Task<ArticleJob> & { line?: () => string; lineFrom?: string };

type Live = ArticleJob & { article: Article };

/** Runs every task of one build; resolves to milliseconds per task, for the benchmark. */
export async function runBuildGraph(state: BuildState, reporter: Reporter): Promise<Record<string, number>> {
  const output = new OrderedOutput(reporter);
  const out = (name: string): Reporter => output.reporterFor(name);
  const parse = parseTask(state, out("parse"));
  const layout = layoutTask(state);
  const print = printTask(state, out("print"));
  const epub = epubTask();
  const web = webTask(state);
  const publish = publishTask(state, out("publish"));
  const catalog = catalogTask(state);
  const covers = drawCovers(state);

  const tasks: BuildTask[] = [
    { name: "parse", scope: "all", needs: [], produces: ["article"], run: (jobs, provide) => parse.run(jobs, (job) => provide("article", job)), line: parse.line },
    { name: "cover lookup", scope: "each", needs: ["article"], produces: ["cover lookup"], run: async (job, provide) => (await cachedCover(job as Live), provide("cover lookup")) },
    {
      name: "browser",
      scope: "all",
      needs: ["cover lookup"],
      produces: [],
      // Opens the pages the print task will use (one per article laid out at once, and one
      // for the covers unless every cover was cached) once the first layout is handed over:
      // the first layouts' pages were asked for before the parse (run-build.ts), and opening a
      // window is work for Chromium that the first layout would wait behind. A browser that cannot
      // start is reported by the article that needs it; one that never answers is waited for
      // by that article, with its time limit, not here.
      run: (jobs) => {
        const pages = Math.min(state.options.jobs, jobs.length) + (jobs.some((job) => !job.coverPng) ? 1 : 0);
        void state.layoutHandedOver.given
          .then(() => state.browser())
          .then((browser) => browser.prepare(pages))
          .then(() => trace(`${pages} pages prepared`))
          .catch(() => undefined);
      },
    },
    { name: "layout", scope: "each", needs: ["article"], produces: ["print page"], run: async (job, provide) => (await layout.run(job as Live), provide("print page")), line: layout.line },
    { name: "covers", scope: "all", needs: ["cover lookup"], produces: ["cover"], run: (jobs, provide) => covers(jobs, (job) => provide("cover", job)) },
    {
      name: "print",
      scope: "each",
      needs: ["print page"],
      produces: ["page starts", "pdf"],
      concurrency: state.options.jobs,
      run: async (job, provide) => (await print.run(job as Live, () => provide("page starts")), provide("pdf")),
      line: print.line,
    },
    { name: "epub", scope: "each", needs: ["page starts", "cover"], produces: ["epub"], run: async (job, provide) => (await epub.run(job as Live), provide("epub")), line: epub.line },
    { name: "web", scope: "all", needs: ["print page"], produces: ["web pages"], run: (jobs, provide) => web.run(jobs, (job) => provide("web pages", job)), line: web.line },
    {
      name: "verifier",
      scope: "all",
      needs: ["print page"],
      produces: [],
      // While Chromium lays out PDFs this process mostly waits: load the verifier's PDF reader and the EPUB builder then.
      run: async () => {
        await state.layoutHandedOver.given;
        trace("verifier warming up");
        await Promise.all([import("./verify-step.ts").then((step) => step.warmUpVerifier()), preloadEpubRenderer()]).catch(() => undefined);
      },
    },
    {
      name: "browser release",
      scope: "all",
      always: true,
      needs: ["pdf", "cover"],
      produces: [],
      // Nothing after the PDFs and covers needs the browser: its memory is free while the
      // editions are read back and published (the peak of a long book was Chromium's laid-out
      // pages and the PDF reader at once). A Chromium started just in case goes too.
      run: () => state.releaseBrowser(),
    },
    {
      name: "verify",
      scope: "each",
      needs: ["pdf", "epub", "web pages"],
      produces: ["verified"],
      concurrency: state.options.jobs,
      run: async (job, provide) => (await publish.verify(job as Live), provide("verified")),
    },
    {
      name: "publish",
      scope: "each",
      needs: ["verified"],
      produces: ["published"],
      run: async (job, provide) => (await publish.publish(job as Live), provide("published")),
      line: publish.line,
      // The progress line counts the read-back, as it always did (the bench's "publish+verify" column).
      lineFrom: "verify",
    },
    { name: "catalog", scope: "all", always: true, needs: ["published"], produces: [], run: (jobs) => catalog.run(jobs), line: catalog.line },
  ];

  const handedOver = (): void => {
    if (!state.layoutHandedOver.isGiven) trace("first layout handed over: the print task has no layout to start");
    state.layoutHandedOver.give();
  };
  output.declare(tasks.map((task) => ({ name: task.name, reported: task.line !== undefined })));
  const reported = new Set(tasks.filter((task) => task.line).map((task) => task.name));
  const timings: Record<string, number> = {};
  const spans = new Map<string, { start: number; end: number }>();
  const reportedErrors = new Set<ArticleJob>();
  /** Prints, after `task`'s line, the failures of articles not yet reported. */
  const reportFailures = (task: string): void => {
    for (const job of state.jobs) {
      if (!job.error || reportedErrors.has(job)) continue;
      reportedErrors.add(job);
      const error = job.error;
      output.after(task, () => {
        if (error instanceof ContentError) for (const diagnostic of error.diagnostics) reporter.diagnostic(diagnostic);
        else reporter.problem(errorLine(error));
      });
    }
  };
  try {
    await runTaskGraph(tasks.map(timedPerArticle), state.jobs, {
      failed: (job, task, error) => {
        job.error ??= asPublishError(error, `${task} failed for ${job.article?.slug ?? job.source}`, { file: job.source });
        reportFailures(task);
      },
      isFatal: (error) => error instanceof OutputError,
      progress: (task, done, total, elapsedMs) => {
        // A print that ended (or was skipped) before its layout started must not hold back the work waiting for one.
        if (task === "print") handedOver();
        if (reported.has(task)) out(task).progress?.(task, done, total, elapsedMs);
      },
      settled: (name, span) => {
        if (name === "print") handedOver();
        timings[name] = span ? span.end - span.start : 0;
        if (span) spans.set(name, span);
        trace(`task ${name} done`);
        const task = tasks.find((candidate) => candidate.name === name);
        reportFailures(name);
        const start = (task?.lineFrom && spans.get(task.lineFrom)?.start) || span?.start;
        if (task?.line) output.settled(name, span && start !== undefined ? { detail: task.line(), ms: span.end - start } : null);
      },
    });
  } finally {
    await publish.close();
    output.finish();
  }
  return timings;
}

/** Records each article's time in a reported per-article task, by task name (edition.json's buildMilliseconds). */
function timedPerArticle(task: BuildTask): BuildTask {
  if (task.scope !== "each" || !task.line) return task;
  return {
    ...task,
    run: async (job: ArticleJob, provide: (product: string) => void) => {
      const started = performance.now();
      try {
        await task.run(job, provide);
      } finally {
        job.timings[task.name] = (job.timings[task.name] ?? 0) + performance.now() - started;
      }
    },
  };
}
