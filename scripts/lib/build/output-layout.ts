/**
 * The names an output folder uses besides article folders, and the limits a slug must keep so
 * that every name derived from it fits in a file name (255 bytes on Linux file systems).
 *
 *   <out>/<slug>                   symlink to .versions/<slug>-<hash>: switched by one rename(2)
 *   <out>/.versions/<slug>-<hash>/ one complete set of an article's editions
 *   <out>/.staging-<pid>/<slug>/   a build's editions while they are written and read back
 *   <out>/.rejected/<slug>/        editions that failed the read-back, kept for inspection
 *   <out>/.build.lock              the build holding the folder (see output-lock.ts)
 *   <out>/index.html, <out>/assets the catalog and the web edition's shared files
 *
 * What a slug may be, so that it fits among them, is in document/slug-limits.ts.
 */
export const versionsDirName = ".versions";
export const stagingPrefix = ".staging-";
export const rejectedDirName = ".rejected";
export const lockFileName = ".build.lock";
/** A symlink being made before it is renamed over `<slug>`: `.<slug>.link-<pid>`. */
export const linkSuffix = ".link-";

/** Hex digits of the content hash in a version folder's name. */
const versionHashLength = 16;

export function versionName(slug: string, hash: string): string {
  return `${slug}-${hash.slice(0, versionHashLength)}`;
}
