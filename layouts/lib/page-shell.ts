/** The HTML document around a page: one place for doctype, lang, metadata and stylesheets. */
import { escapeHtml } from "../../scripts/lib/markdown/html.ts";
import { languageDirection } from "../../scripts/lib/markdown/script-runs.ts";

export interface ShellOptions {
  lang: string;
  title: string;
  description?: string;
  authors?: string[];
  keywords?: string[];
  /** Edition record: shown on the page by the byline, and here for machines. */
  edition?: string;
  date?: string;
  updated?: string;
  stylesheets: string[];
  body: string;
  bodyClass?: string;
  headExtra?: string;
}

export function pageShell(options: ShellOptions): string {
  const meta = [
    options.description ? `<meta name="description" content="${escapeHtml(options.description)}">` : "",
    options.authors?.length ? `<meta name="author" content="${escapeHtml(options.authors.join(", "))}">` : "",
    options.keywords?.length ? `<meta name="keywords" content="${escapeHtml(options.keywords.join(", "))}">` : "",
    options.date ? `<meta name="dcterms.created" content="${escapeHtml(options.date)}">` : "",
    options.updated ? `<meta name="dcterms.modified" content="${escapeHtml(options.updated)}">` : "",
    options.edition ? `<meta name="edition" content="${escapeHtml(options.edition)}">` : "",
  ].filter(Boolean);
  const links = options.stylesheets.map((href) => `<link rel="stylesheet" href="${escapeHtml(href)}">`);
  // A page in a right-to-left language is set right to left throughout: lines, lists, notes, margins.
  const dir = languageDirection(options.lang) === "rtl" ? ` dir="rtl"` : "";
  return `<!DOCTYPE html>
<html lang="${escapeHtml(options.lang)}"${dir}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(options.title)}</title>
${[...meta, ...links].join("\n")}${options.headExtra ? `\n${options.headExtra}` : ""}
</head>
<body${options.bodyClass ? ` class="${escapeHtml(options.bodyClass)}"` : ""}>
${options.body}
</body>
</html>
`;
}
