/**
 * What a slug may be. A slug names the article's folder in the output (build/output-layout.ts
 * lists the other names there), so it must not take a shared folder's name and every file
 * name made from it must fit in 255 bytes. The front matter checks a slug it is given; the
 * build checks one taken from a file name.
 */

/** Slugs that would take the place of a shared file or folder of the output. */
export const reservedSlugs: readonly string[] = ["assets"];
// Every other name of the output folder starts with a dot or holds one, which a slug cannot (front-matter.ts).

/**
 * The longest slug: the longest name made from it is a temporary file of the EPUB
 * (`.<slug>.epub.<pid>.<8 hex>.tmp`, 31 bytes more), well under 255 bytes.
 */
export const maxSlugLength = 200;

/** Why `slug` cannot name an article folder, or undefined when it can. */
export function slugProblem(slug: string): string | undefined {
  if (reservedSlugs.includes(slug)) return `slug "${slug}" is reserved for the output folder's own files (${reservedSlugs.join(", ")}); choose another \`slug:\``;
  if (Buffer.byteLength(slug) > maxSlugLength) return `slug is ${Buffer.byteLength(slug)} characters long; at most ${maxSlugLength} fit in the output's file names`;
  return undefined;
}
