/**
 * Work that must be done however the process ends: on a normal end, on an uncaught error,
 * and on SIGINT and SIGTERM (the CLI turns those into process.exit, see cli/signals.ts).
 * Only synchronous work can run then. A kill -9 runs nothing: what these clean up is also
 * removed by the next build (leftovers.ts).
 */
const tasks = new Set<() => void>();
let hooked = false;

/** Runs `task` when the process exits, unless the returned function is called first. */
export function atExit(task: () => void): () => void {
  if (!hooked) {
    hooked = true;
    process.on("exit", () => {
      for (const pending of [...tasks]) {
        try {
          pending();
        } catch {
          // Best effort: the process is ending anyway.
        }
      }
    });
  }
  tasks.add(task);
  return () => {
    tasks.delete(task);
  };
}
