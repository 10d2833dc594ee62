/** `npm run build -- [file.md | folder] [--out dir] ...`: builds the web, print and e-book editions. */
import { parseBuildOptions } from "./lib/build/build-options.ts";
import { runBuild } from "./lib/build/run-build.ts";
import { consoleReporter, formatDuration, runCommand } from "./lib/cli/reporter.ts";
import { displayPath } from "./lib/build/edition-record.ts";

await runCommand(async () => {
  const started = performance.now();
  const options = parseBuildOptions(process.argv.slice(2));
  const reporter = consoleReporter();
  const outcome = await runBuild(options, reporter);
  const built = outcome.jobs.length - outcome.failed;
  const summary = `${built} of ${outcome.jobs.length} article${outcome.jobs.length === 1 ? "" : "s"} built into ${displayPath(options.outDir)} in ${formatDuration(performance.now() - started)}`;
  if (outcome.failed) {
    reporter.problem(`build failed: ${summary}; ${outcome.failed} failed (see above)`);
    return 1;
  }
  reporter.info(summary);
  return 0;
});
