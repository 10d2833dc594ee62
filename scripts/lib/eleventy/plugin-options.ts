/**
 * The options of the Eleventy plugin (`eleventyConfig.addPlugin(footnotePress, options)`): one
 * zod schema that checks them and is also their type. Every option may be left out.
 */
import { z } from "zod";
import { UsageError } from "../errors.ts";

/** The editions the plugin makes beside a page; the web edition is the site's own page. */
export const bookEditions = ["pdf", "epub"] as const;
export type BookEdition = (typeof bookEditions)[number];

export const pluginOptionsSchema = z
  .object({
    /**
     * Which editions to make beside each page the plugin publishes. A page's own `editions`
     * front matter narrows this further. Default: both.
     */
    editions: z.array(z.enum(bookEditions)).min(1).default(["pdf", "epub"]),
    /**
     * Which pages to publish. Default: every Markdown page whose data (front matter, or a
     * directory data file) has `editions` naming `pdf` or `epub`. `{ tag: "book" }`: every
     * Markdown page with that tag. `{ collection: "articles" }`: every Markdown page of that
     * collection (one made with addCollection too).
     */
    select: z
      .union([z.object({ tag: z.string().min(1) }).strict(), z.object({ collection: z.string().min(1) }).strict()])
      .optional(),
    /** Page size of the PDF for pages whose front matter gives no `pageSize`. Default: A5. */
    pageSize: z.enum(["A5", "A4", "Letter"]).optional(),
    /** Also check each EPUB with EPUBCheck (Java; seconds per book). Default: false. */
    epubcheck: z.boolean().default(false),
    /** Longest wait, in seconds, for one page's print layout and PDF. Default: 120. */
    timeoutSeconds: z.number().int().positive().default(120),
  })
  .strict();

/** The options as a site writes them. */
export type FootnotePressOptions = z.input<typeof pluginOptionsSchema>;
/** The options with every default filled in. */
export type ResolvedOptions = z.output<typeof pluginOptionsSchema>;

/** Checks the options a site passed; a wrong one is one line naming the option and what it takes. */
export function resolveOptions(input: unknown): ResolvedOptions {
  const result = pluginOptionsSchema.safeParse(input ?? {});
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const path = issue.path.length ? issue.path.join(".") : "options";
    return `${path}: ${issue.message}`;
  });
  throw new UsageError(`footnote-press/eleventy: wrong plugin options: ${problems.join("; ")}`);
}
