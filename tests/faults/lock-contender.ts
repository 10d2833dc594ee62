/**
 * One contender for output folders' locks, run as its own process by concurrent-builds.test.ts
 * (bundled first, so it starts in milliseconds). For each round, given as `folder@startTime`,
 * it waits for the start time, takes the lock or is refused, and when it holds the lock proves
 * it is the only holder by creating `holder` exclusively, holds it a moment, then lets go.
 * Prints one line per round: `held`, `refused <message>` or `RACE ...`.
 */
import { open, rm } from "node:fs/promises";
import { join } from "node:path";
import { lockOutput } from "../../scripts/lib/build/output-lock.ts";

for (const round of process.argv.slice(2)) {
  const [out, startAt] = round.split("@") as [string, string];
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, Number(startAt) - Date.now())));
  let lock;
  try {
    lock = await lockOutput(out);
  } catch (error) {
    process.stdout.write(`refused ${(error as Error).message}\n`);
    continue;
  }
  try {
    const holder = await open(join(out, "holder"), "wx");
    await holder.close();
  } catch {
    process.stdout.write("RACE: another process holds the lock too\n");
    continue;
  }
  await new Promise((resolve) => setTimeout(resolve, 150));
  await rm(join(out, "holder"));
  await lock.release();
  process.stdout.write("held\n");
}
