/**
 * The live preview behind `npm run dev`: builds once, serves the output folder on localhost
 * with live reload, serves a print preview (the print page paginated in the reader's browser
 * by the same Paged.js and stylesheets), and rebuilds a moment after a source is saved, with
 * the build's browser kept warm between rebuilds. Errors are printed and the watcher goes on.
 */
import { watch, type FSWatcher } from "node:fs";
import { createServer, type Server } from "node:http";
import { BrowserSession } from "../browser/browser-session.ts";
import { VirtualSite } from "../browser/virtual-site.ts";
import type { BuildOptions } from "../build/build-options.ts";
import { runBuild } from "../build/run-build.ts";
import { consoleReporter, errorLine, formatDuration, type Reporter } from "../cli/reporter.ts";
import { addPrintPage, printPage, registerPrintAssets, renderPrintBody } from "../editions/print/print-edition.ts";
import { webView } from "../editions/web/web-edition.ts";
import { layoutsDir, stylesDir } from "../project-paths.ts";
import { debounceSerial } from "./debounce.ts";
import { injectReload, LiveReload, reloadPath } from "./live-reload.ts";
import { readStatic } from "./static-files.ts";
import type { ArticleJob } from "../build/article-job.ts";

export interface DevServer {
  url: string;
  /** Resolves after the next rebuild finishes (for tests and scripts). */
  nextBuild(): Promise<void>;
  close(): Promise<void>;
}

export async function startDevServer(options: BuildOptions, port: number, reporter: Reporter = consoleReporter()): Promise<DevServer> {
  let session: Promise<BrowserSession> | undefined;
  const warmBrowser = async (): Promise<BrowserSession> => {
    const current = await session?.catch(() => undefined);
    if (current?.connected) return current;
    session = BrowserSession.launch();
    return session;
  };
  const preview = new VirtualSite();
  registerPrintAssets(preview);
  const reload = new LiveReload();
  let waiting: Array<() => void> = [];

  const rebuild = async (): Promise<void> => {
    const started = performance.now();
    try {
      // Incremental: only the articles whose inputs changed are laid out again.
      const outcome = await runBuild(options, reporter, { warm: warmBrowser });
      updatePrintPreviews(outcome.jobs, preview);
      reporter.info(`rebuilt in ${formatDuration(performance.now() - started)}${outcome.failed ? `, ${outcome.failed} failed` : ""}; reloading ${reload.count} page(s)`);
      reload.reload();
    } catch (error) {
      reporter.problem(errorLine(error));
    }
    for (const resolve of waiting) resolve();
    waiting = [];
  };
  const schedule = debounceSerial(rebuild, 250);

  const server: Server = createServer((request, response) => {
    void (async () => {
      const path = new URL(request.url ?? "/", "http://localhost").pathname;
      if (path === reloadPath) return reload.attach(response);
      const fromPreview = await preview.lookup(preview.url(path));
      const found = fromPreview ? { body: Buffer.from(fromPreview.body), type: fromPreview.contentType } : await readStatic(options.outDir, path);
      if (!found) {
        response.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end(`not found: ${path}\n`);
        return;
      }
      const body = found.type.startsWith("text/html") ? injectReload(found.body.toString("utf8")) : found.body;
      response.writeHead(200, { "Content-Type": found.type, "Cache-Control": "no-store" }).end(body);
    })();
  });

  await rebuild();
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : port}/`;

  const watchers: FSWatcher[] = [...new Set([...options.inputs, layoutsDir, stylesDir])].map((path) =>
    watch(path, { recursive: true }, (_event, name) => {
      if (name && /(^|\/)\.|~$|\.tmp$/.test(String(name))) return;
      schedule();
    }),
  );

  return {
    url,
    nextBuild: () => new Promise((resolve) => waiting.push(resolve)),
    close: async () => {
      for (const watcher of watchers) watcher.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await (await session?.catch(() => undefined))?.close();
    },
  };
}

/** Print pages for the preview: from the build when it laid the article out, else rendered here (up-to-date articles). */
function updatePrintPreviews(jobs: ArticleJob[], preview: VirtualSite): void {
  for (const job of jobs) if (job.article && !job.error && !job.printHtml) job.printHtml = printPage(webView(job.article, renderPrintBody(job.article)));
  for (const job of jobs) if (job.article && job.printHtml) addPrintPage(preview, job.article.slug, job.printHtml, job.article.meta.lang);
}
