/**
 * All of an article's editions are published at once, or none. `<out>/<slug>` is a symlink to
 * a version folder, `<out>/.versions/<slug>-<hash>/`, which holds one complete set (web page,
 * PDF, EPUB, cover, images, verify.json, edition.json). A new set is written and read back in
 * a staging folder, flushed to disk, renamed into `.versions/` whole, and then published by
 * renaming a new symlink over `<slug>`: rename(2) replaces the old link in one step, so a
 * reader (a web server, the dev server, the next build) sees the old set or the new one, never
 * a mix, whenever the build is killed. URLs stay `<slug>/index.html`; the web page's links
 * (`../assets/`) resolve the same through the link, which sits beside `.versions/`.
 *
 * Files equal to the old set's are hard links to them, so they keep their bytes and mtime (and
 * take no more disk). The old version is removed once the link is switched; a build killed
 * before that leaves it behind, and the next build removes it (leftovers.ts).
 */
import { createHash } from "node:crypto";
import { lstat, link, mkdir, open, readFile, readlink, rename, rm, symlink } from "node:fs/promises";
import { join } from "node:path";
import { linkSuffix, versionName, versionsDirName } from "./output-layout.ts";
import { sha256 } from "./edition-record.ts";
import { writingTo } from "./output-error.ts";
import { isVersionLink, outputSlotProblem } from "./output-slot.ts";
import { PublishError } from "../errors.ts";
import { trace } from "../cli/trace.ts";

/** An article's files, by path inside its folder. */
export type ArticleFiles = ReadonlyMap<string, Uint8Array | string>;

/** The version folder `<out>/<slug>` links to, or the folder itself when an older build published it as a plain folder. */
export async function currentVersion(outDir: string, slug: string): Promise<{ path: string; linked: boolean } | undefined> {
  const entry = join(outDir, slug);
  const info = await lstat(entry).catch(() => undefined);
  if (!info) return undefined;
  if (info.isSymbolicLink()) {
    const target = await readlink(entry);
    return isVersionLink(target) ? { path: join(outDir, target), linked: true } : undefined;
  }
  return info.isDirectory() ? { path: entry, linked: false } : undefined;
}

/**
 * Publishes the complete, verified set in `staging` (holding exactly `files`) as the editions
 * of `source` (its label). Returns how many files differ from the set published before.
 */
export async function publishVersion(outDir: string, slug: string, staging: string, files: ArticleFiles, source: string): Promise<number> {
  return writingTo(outDir, async () => {
    // Checked when the build started too (parse-task.ts); the folder may have changed since.
    const taken = await outputSlotProblem(outDir, slug, source);
    if (taken) throw new PublishError(taken, { code: "output-taken" });
    const versions = join(outDir, versionsDirName);
    const name = versionName(slug, contentHash(files));
    const target = join(versions, name);
    const current = await currentVersion(outDir, slug);
    if (current?.path === target) return 0;

    let changed = 0;
    for (const file of files.keys()) {
      if (current && (await linkIfSame(join(current.path, file), join(staging, file)))) continue;
      changed++;
    }
    await flushTree(staging, files);
    await mkdir(versions, { recursive: true });
    // A folder of this name is a leftover of an interrupted build (never the published one, checked above).
    await rm(target, { recursive: true, force: true });
    await rename(staging, target);
    await flushFolder(versions);
    trace(`publish ${slug}: version folder in place`);

    if (current && !current.linked) {
      // Published by a build from before version folders: moved aside first, as a plain folder
      // cannot be replaced by a link in one rename. Only here can a kill leave no `<slug>`
      // (until the next build, which publishes it again).
      await rename(current.path, join(versions, `${name}.old-${process.pid}`));
    }
    await switchLink(outDir, slug, `${versionsDirName}/${name}`);
    if (current?.linked) await rm(current.path, { recursive: true, force: true });
    if (current && !current.linked) await rm(join(versions, `${name}.old-${process.pid}`), { recursive: true, force: true });
    return changed;
  });
}

/** The version's name part: a hash over every file's path and bytes, in path order. */
function contentHash(files: ArticleFiles): string {
  const hash = createHash("sha256");
  for (const [path, data] of [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) hash.update(`${path}\0${sha256(data)}\0`);
  return hash.digest("hex");
}

/** Points `<out>/<slug>` at `target` (relative to the output folder) in one rename(2). */
async function switchLink(outDir: string, slug: string, target: string): Promise<void> {
  const temporary = join(outDir, `.${slug}${linkSuffix}${process.pid}`);
  await rm(temporary, { force: true });
  await symlink(target, temporary);
  await rename(temporary, join(outDir, slug));
  await flushFolder(outDir);
}

/** Replaces `staged` by a hard link to `published` when both hold the same bytes; false when they differ or cannot be linked. */
async function linkIfSame(published: string, staged: string): Promise<boolean> {
  const [a, b] = await Promise.all([readFile(published).catch(() => undefined), readFile(staged)]);
  if (!a || !a.equals(b)) return false;
  const temporary = `${staged}.link`;
  try {
    await link(published, temporary);
    await rename(temporary, staged);
  } catch {
    await rm(temporary, { force: true });
    // Same bytes all the same: only the mtime is new.
  }
  return true;
}

/** Flushes every file and folder of the staged set, so that a power cut after the switch cannot publish empty files. */
async function flushTree(staging: string, files: ArticleFiles): Promise<void> {
  const folders = new Set([staging]);
  for (const file of files.keys()) {
    await flushFile(join(staging, file));
    const slash = file.lastIndexOf("/");
    if (slash > 0) folders.add(join(staging, file.slice(0, slash)));
  }
  for (const folder of folders) await flushFolder(folder);
}

async function flushFile(path: string): Promise<void> {
  const handle = await open(path, "r");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function flushFolder(path: string): Promise<void> {
  // Some file systems refuse fsync on a folder; the rename is atomic all the same.
  await flushFile(path).catch(() => undefined);
}
