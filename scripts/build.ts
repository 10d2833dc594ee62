/** `npm run build -- [file.md | folder] [--out dir] ...`: builds the web, print and e-book editions. */
import { startChromium, type ChromiumProcess } from "./lib/browser/chromium-process.ts";
import { trace } from "./lib/cli/trace.ts";
import { exitOnSignals } from "./lib/cli/signals.ts";

trace("build started");
exitOnSignals("build");
// Chromium is slow to start. Start it before loading the rest of the
// build, so that it comes up while the articles are parsed and their print pages rendered;
// the build stops it again if nothing needs printing. A missing Chromium is reported later,
// by the article that needs it, once its content has been checked.
let chromium: ChromiumProcess | undefined;
try {
  chromium = startChromium();
} catch {
  // Reported later, as said above.
}

const [{ parseBuildOptions }, { runBuild }, { consoleReporter, formatDuration, runCommand }, { displayPath }] = await Promise.all([
  import("./lib/build/build-options.ts"),
  import("./lib/build/run-build.ts"),
  import("./lib/cli/reporter.ts"),
  import("./lib/build/edition-record.ts"),
]);

trace("build modules loaded");
await runCommand(async () => {
  const started = performance.now();
  const options = parseBuildOptions(process.argv.slice(2));
  const reporter = consoleReporter();
  const outcome = await runBuild(options, reporter, { started: chromium });
  const built = outcome.jobs.length - outcome.failed;
  const summary = `${built} of ${outcome.jobs.length} article${outcome.jobs.length === 1 ? "" : "s"} built into ${displayPath(options.outDir)} in ${formatDuration(performance.now() - started)}`;
  if (outcome.failed) {
    reporter.problem(`build failed: ${summary}; ${outcome.failed} failed (see above)`);
    return 1;
  }
  reporter.info(summary);
  trace("build finished");
  return 0;
});
