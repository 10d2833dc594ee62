/**
 * The layers of this project, lowest first, and its editions. A file may import files of its
 * own layer and of the layers below it, never above; anything outside an edition reaches it
 * through its entry point only.
 */
import type { Architecture } from "./layering.ts";

export const projectArchitecture: Architecture = {
  layers: [
    // Errors, paths, terminal output, the Chromium driver, reading an author's files safely, the words the editions print in each language: used everywhere, using nothing of ours.
    { name: "foundation", paths: ["scripts/lib/errors.ts", "scripts/lib/project-paths.ts", "scripts/lib/cli/", "scripts/lib/browser/", "scripts/lib/files/", "scripts/lib/language/"] },
    // Markdown syntax: footnotes and their model, note renderers' interface, the other rules.
    { name: "markdown", paths: ["scripts/lib/markdown/"] },
    // Cross-references and citations: their markdown-it plugins, labels, styles.
    { name: "references", paths: ["scripts/lib/crossref/", "scripts/lib/citations/"] },
    // The one markdown-it instance with every plugin, and the rendering of its tokens for an edition.
    { name: "engine", paths: ["scripts/lib/engine/"] },
    // A parsed article or book: front matter, one numbered footnote model, images, the faces its characters need.
    { name: "document", paths: ["scripts/lib/document/", "scripts/lib/fonts/"] },
    // What the editions share: the layouts' view of an article, datelines, page starts, the layouts' common parts.
    { name: "edition parts", paths: ["scripts/lib/editions/*.ts", "layouts/lib/"] },
    { name: "editions", paths: ["scripts/lib/editions/", "layouts/"] },
    // The read-back proof reads the editions as a reader would: it imports none of them.
    { name: "verify", paths: ["scripts/lib/verify/"] },
    { name: "build", paths: ["scripts/lib/build/"] },
    // What runs a build or works beside it: the Eleventy plugin, the live preview, the bench, the generators, the importer.
    { name: "front ends", paths: ["scripts/lib/eleventy/", "scripts/lib/dev/", "scripts/lib/bench/", "scripts/lib/generate/", "scripts/lib/import/"] },
    { name: "commands", paths: ["scripts/*.ts"] },
  ],
  editions: [
    {
      name: "web",
      paths: ["scripts/lib/editions/web/", "layouts/web-article.11ty.ts", "layouts/web-chapter.11ty.ts", "layouts/catalog-page.ts", "layouts/site/"],
      entry: "scripts/lib/editions/web/web-edition.ts",
    },
    { name: "print", paths: ["scripts/lib/editions/print/", "layouts/print-page.ts"], entry: "scripts/lib/editions/print/print-edition.ts" },
    { name: "epub", paths: ["scripts/lib/editions/epub/"], entry: "scripts/lib/editions/epub/epub-edition.ts" },
  ],
  commands: (path) => /^scripts\/[^/]+\.ts$/.test(path),
};
