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
 */
export const versionsDirName = ".versions";
export const stagingPrefix = ".staging-";
export const rejectedDirName = ".rejected";
export const lockFileName = ".build.lock";
/** A symlink being made before it is renamed over `<slug>`: `.<slug>.link-<pid>`. */
export const linkSuffix = ".link-";

/** Slugs that would take the place of a shared file or folder of the output. */
export const reservedSlugs: readonly string[] = ["assets"];
// Every other name above starts with a dot or holds one, which a slug cannot (front-matter.ts).

/**
 * The longest slug: the longest name made from it is a temporary file of the EPUB
 * (`.<slug>.epub.<pid>.<8 hex>.tmp`, 31 bytes more), well under 255 bytes.
 */
export const maxSlugLength = 200;

/** Hex digits of the content hash in a version folder's name. */
const versionHashLength = 16;

export function versionName(slug: string, hash: string): string {
  return `${slug}-${hash.slice(0, versionHashLength)}`;
}

/** Why `slug` cannot name an article folder, or undefined when it can. */
export function slugProblem(slug: string): string | undefined {
  if (reservedSlugs.includes(slug)) return `slug "${slug}" is reserved for the output folder's own files (${reservedSlugs.join(", ")}); choose another \`slug:\``;
  if (Buffer.byteLength(slug) > maxSlugLength) return `slug is ${Buffer.byteLength(slug)} characters long; at most ${maxSlugLength} fit in the output's file names`;
  return undefined;
}
