/**
 * What interrupted builds leave behind, removed by the next build once it holds the output
 * lock (so no other build into this folder is running): staging folders, symlinks and
 * temporary files not yet renamed into place, version folders no article links to (the old
 * set of a build killed just after its switch, or a new set never switched to), lock files of
 * contenders that died, and Chromium profiles in the temporary folder that no process uses.
 */
import { readdir, readFile, readlink, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { temporarySuffix } from "./atomic-write.ts";
import { linkSuffix, lockFileName, stagingPrefix, versionsDirName } from "./output-layout.ts";
import { isAlive } from "./process-identity.ts";

/** Chromium profiles of this pipeline (chromium-process.ts makes them with this prefix). */
const profilePrefix = "press-chromium-";
/** A profile younger than this may belong to a Chromium still starting: it is left alone. */
const profileGraceMs = 10_000;

/** Removes the leftovers; returns how many entries went. Never fails the build. */
export async function removeLeftovers(outDir: string, temporaryDir: string = tmpdir()): Promise<number> {
  const removed = await Promise.all([removeOutputLeftovers(outDir), removeUnusedProfiles(temporaryDir)]);
  return removed[0] + removed[1];
}

async function removeOutputLeftovers(outDir: string): Promise<number> {
  const names = await readdir(outDir).catch(() => [] as string[]);
  const doomed: string[] = [];
  const linked = new Set<string>();
  for (const name of names) {
    const path = join(outDir, name);
    if (name.startsWith(stagingPrefix) || (name.startsWith(".") && name.includes(linkSuffix))) doomed.push(path);
    else if (name.startsWith(`${lockFileName}.`) && name.endsWith(temporarySuffix)) {
      if (!isAlive({ pid: Number(name.split(".")[3]), start: "" })) doomed.push(path);
    } else if (name.startsWith(".") && name.endsWith(temporarySuffix)) doomed.push(path);
    else {
      const target = await readlink(path).catch(() => undefined);
      if (target?.startsWith(`${versionsDirName}/`)) linked.add(target.slice(versionsDirName.length + 1));
    }
  }
  for (const folder of [join(outDir, "assets"), join(outDir, "assets", "fonts")]) {
    for (const name of await readdir(folder).catch(() => [] as string[])) {
      if (name.startsWith(".") && name.endsWith(temporarySuffix)) doomed.push(join(folder, name));
    }
  }
  for (const name of await readdir(join(outDir, versionsDirName)).catch(() => [] as string[])) {
    if (!linked.has(name)) doomed.push(join(outDir, versionsDirName, name));
  }
  await Promise.all(doomed.map((path) => rm(path, { recursive: true, force: true }).catch(() => undefined)));
  return doomed.length;
}

/** Profiles no running process names with --user-data-dir (Linux: read from /proc). */
async function removeUnusedProfiles(temporaryDir: string): Promise<number> {
  const profiles = (await readdir(temporaryDir).catch(() => [] as string[])).filter((name) => name.startsWith(profilePrefix)).map((name) => join(temporaryDir, name));
  if (!profiles.length) return 0;
  const inUse = await profilesInUse();
  if (!inUse) return 0;
  let removed = 0;
  for (const profile of profiles) {
    if (inUse.has(profile)) continue;
    const info = await stat(profile).catch(() => undefined);
    if (!info?.isDirectory() || Date.now() - info.mtimeMs < profileGraceMs) continue;
    await rm(profile, { recursive: true, force: true, maxRetries: 3 }).catch(() => undefined);
    removed++;
  }
  return removed;
}

async function profilesInUse(): Promise<Set<string> | undefined> {
  const pids = await readdir("/proc").catch(() => undefined);
  if (!pids) return undefined;
  const used = new Set<string>();
  await Promise.all(
    pids
      .filter((name) => /^\d+$/.test(name))
      .map(async (pid) => {
        const commandLine = await readFile(`/proc/${pid}/cmdline`, "utf8").catch(() => "");
        for (const argument of commandLine.split("\0")) if (argument.startsWith("--user-data-dir=")) used.add(argument.slice("--user-data-dir=".length));
      }),
  );
  return used;
}
