/**
 * `npm run dev -- [file.md | folder] [--out dir] [--port N]`: live preview. Open the printed URL:
 * the catalog and web pages reload after each save; `<slug>/print.html` is the print preview.
 */
import { parseBuildOptions } from "./lib/build/build-options.ts";
import { runCommand } from "./lib/cli/reporter.ts";
import { startDevServer } from "./lib/dev/dev-server.ts";
import { UsageError } from "./lib/errors.ts";

await runCommand(async () => {
  const argv = process.argv.slice(2);
  const portIndex = argv.indexOf("--port");
  const port = portIndex === -1 ? 8080 : Number(argv[portIndex + 1]);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError("--port needs a port number");
  if (portIndex !== -1) argv.splice(portIndex, 2);
  const server = await startDevServer(parseBuildOptions(argv), port);
  process.stdout.write(`previewing at ${server.url} (print preview: ${server.url}<slug>/print.html); Ctrl-C to stop\n`);
  await new Promise<void>((resolve) => {
    process.once("SIGINT", resolve);
    process.once("SIGTERM", resolve);
  });
  await server.close();
  return 0;
});
