/**
 * One build at a time per output folder. A second build into the same folder is refused
 * with a clear message instead of interleaving its writes with the first one's.
 */
import { mkdir, open, readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { UsageError } from "../errors.ts";

export interface OutputLock {
  release(): Promise<void>;
}

export async function lockOutput(outDir: string): Promise<OutputLock> {
  await mkdir(outDir, { recursive: true });
  const lockPath = join(outDir, ".build.lock");
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(lockPath, "wx");
      await handle.writeFile(String(process.pid));
      await handle.close();
      return { release: () => rm(lockPath, { force: true }) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = Number((await readFile(lockPath, "utf8").catch(() => "")).trim());
      if (holder && isAlive(holder)) {
        throw new UsageError(`${outDir}: another build (process ${holder}) is writing here; wait for it to finish`);
      }
      // The previous build died without releasing the lock: it is safe to take over.
      await rm(lockPath, { force: true });
    }
  }
  throw new UsageError(`${outDir}: could not take the build lock (${lockPath})`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
