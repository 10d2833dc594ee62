/**
 * One build at a time per output folder. A second build into the same folder is refused
 * with one line instead of interleaving its writes with the first one's.
 *
 * The lock file `<out>/.build.lock` holds the holder's pid and start time (process-identity.ts).
 * It is created whole or not at all: written under a name of this process, then link(2)ed to
 * `.build.lock`, which fails when the name exists, so no build ever reads a half-written lock.
 * A lock whose holder is dead (a kill -9) is taken over without a race: only the process that
 * exclusively creates `.build.lock.takeover-<pid>-<start>` (named after the dead holder) may
 * remove that holder's lock, and it checks the lock still names that holder first; then every
 * contender competes for `.build.lock` again, and link(2) lets exactly one win. A takeover file
 * left by a taker that died is taken over the same way, by a takeover file named after it.
 * The lock is removed when the build ends, however it ends short of a kill -9 (exit-cleanup.ts).
 */
import { randomBytes } from "node:crypto";
import { readFileSync, unlinkSync } from "node:fs";
import { link, mkdir, readdir, readFile, stat, unlink, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { UsageError } from "../errors.ts";
import { atExit } from "./exit-cleanup.ts";
import { lockFileName } from "./output-layout.ts";
import { asOutputError, writingTo } from "./output-error.ts";
import { formatIdentity, isAlive, ownIdentity, parseIdentity, sameProcess, type ProcessIdentity } from "./process-identity.ts";

export interface OutputLock {
  release(): Promise<void>;
}

const takeoverInfix = ".takeover-";
/** A lock file that names no process is taken for a build still writing it for this long (older builds wrote it in two steps). */
const unnamedGraceMs = 5_000;

export async function lockOutput(outDir: string): Promise<OutputLock> {
  await writingTo(outDir, async () => {
    await mkdir(outDir, { recursive: true });
    // mkdir accepts a symlink to a file; a build cannot write into that either.
    if (!(await stat(outDir)).isDirectory()) throw Object.assign(new Error("not a directory"), { code: "ENOTDIR" });
  });
  const lockPath = join(outDir, lockFileName);
  const me = ownIdentity();
  const mine = join(outDir, `${lockFileName}.${me.pid}.${randomBytes(4).toString("hex")}.tmp`);
  await writingTo(outDir, () => writeFile(mine, formatIdentity(me), { flag: "wx" }));
  try {
    for (let attempt = 0; attempt < 100; attempt++) {
      if (await createdExclusively(mine, lockPath)) return held(outDir, lockPath, me);
      const holder = await readHolder(lockPath);
      if (holder === "gone") continue;
      if (holder === "unnamed" || isAlive(holder)) {
        throw new UsageError(`${outDir}: another build (${holder === "unnamed" ? "just starting" : `process ${holder.pid}`}) is writing here; wait for it to finish`);
      }
      // The holder died without releasing the lock (killed): take it over, then compete again.
      await removeStale(lockPath, holder, mine);
    }
  } finally {
    await unlink(mine).catch(() => undefined);
  }
  throw new UsageError(`${outDir}: could not take the build lock (${lockPath}); remove it if no build is running`);
}

/** link(2) `from` to `to`: true if this call made `to`, false if it already existed. */
async function createdExclusively(from: string, to: string): Promise<boolean> {
  try {
    await link(from, to);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw asOutputError(error, to);
  }
}

async function readHolder(path: string): Promise<ProcessIdentity | "gone" | "unnamed"> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch {
    return "gone";
  }
  const holder = parseIdentity(text);
  if (holder) return holder;
  const age = Date.now() - ((await stat(path).catch(() => undefined))?.mtimeMs ?? 0);
  return age < unnamedGraceMs ? "unnamed" : { pid: 0, start: "" };
}

/**
 * Removes `path` (the lock, or a takeover file) if it still names the dead `owner`, holding the
 * takeover file named after that owner while it does. Returns without removing anything when
 * another live process holds that takeover file: the caller competes for the lock again.
 */
async function removeStale(path: string, owner: ProcessIdentity, mine: string, depth = 0): Promise<void> {
  const claim = join(dirname(path), `${lockFileName}${takeoverInfix}${owner.pid}-${owner.start || "0"}`);
  if (!(await createdExclusively(mine, claim))) {
    const claimer = await readHolder(claim);
    if (claimer === "gone" || claimer === "unnamed") return;
    if (isAlive(claimer)) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      return;
    }
    // The taker died too: take its takeover over, then try again from the start.
    if (depth < 8) await removeStale(claim, claimer, mine, depth + 1);
    return;
  }
  try {
    const current = await readHolder(path);
    if (typeof current === "object" && sameProcess(current, owner)) await unlink(path).catch(() => undefined);
  } finally {
    await unlink(claim).catch(() => undefined);
  }
}

function held(outDir: string, lockPath: string, me: ProcessIdentity): OutputLock {
  const releaseNow = (): void => {
    const current = parseIdentity(readFileSyncOrEmpty(lockPath));
    if (current && sameProcess(current, me)) unlinkSync(lockPath);
  };
  const cancel = atExit(releaseNow);
  void removeTakeoverFiles(outDir);
  return {
    async release() {
      cancel();
      releaseNow();
    },
  };
}

function readFileSyncOrEmpty(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return "";
  }
}

/** Takeover files of takers that died: meaningless once the lock is held (they name dead processes only). */
async function removeTakeoverFiles(outDir: string): Promise<void> {
  const names = await readdir(outDir).catch(() => []);
  await Promise.all(names.filter((name) => name.startsWith(`${lockFileName}${takeoverInfix}`)).map((name) => unlink(join(outDir, name)).catch(() => undefined)));
}
