/**
 * Builds one EPUB in a separate process, for the determinism test to run under another time
 * zone and at another time: `tsx tests/epub/build-epub-child.ts <article.md> <out.epub> [--sample-pages]`.
 */
import { writeFileSync } from "node:fs";
import { loadArticle } from "../../scripts/lib/document/article.ts";
import { renderEpub } from "../../scripts/lib/editions/epub/render-epub.ts";
import { samplePageStarts } from "./books.ts";

const [input, output, flag] = process.argv.slice(2);
if (!input || !output) throw new Error("usage: build-epub-child.ts <article.md> <out.epub> [--sample-pages]");
const article = await loadArticle(input);
const { epub } = await renderEpub(article, { pageStarts: flag === "--sample-pages" ? samplePageStarts(article) : undefined });
writeFileSync(output, epub);
