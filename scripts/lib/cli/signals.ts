/**
 * Ctrl-C (SIGINT), SIGTERM and SIGHUP end a command at once with the shell's exit code for
 * the signal (130, 143, 129) and one line on stderr. Ending through process.exit runs the
 * exit tasks (build/exit-cleanup.ts: the output lock, the staging folder) and stops Chromium
 * (browser/chromium-process.ts); every article keeps its old editions or its new ones, whole, since publishing is one
 * rename per article (build/publish-version.ts).
 */
const signals = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 } as const;

export function exitOnSignals(what: string): void {
  for (const [signal, code] of Object.entries(signals)) {
    process.once(signal, () => {
      process.stderr.write(`${what} stopped by ${signal}; nothing was left half-published\n`);
      process.exit(code);
    });
  }
}
