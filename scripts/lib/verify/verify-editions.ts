/**
 * The proof that every edition carries the same notes: reads the web page, the PDF and the
 * EPUB of one article back from its folder, compares each with the footnote model, writes
 * `verify.json` beside them and returns the report. The build calls this at the end of every
 * build, so it reads each file once and keeps MuPDF loaded between articles.
 */
import { readFile, writeFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { projectRoot } from "../project-paths.ts";
import type { Article } from "../document/article.ts";
import { PublishError } from "../errors.ts";
import { compareEdition, type EditionComparison } from "./compare-edition.ts";
import { editionKinds, editionNames, type EditionKind, type ExtractedEdition, type Mismatch } from "./edition-types.ts";
import { extractEpubEdition } from "./epub-edition.ts";
import { runEpubcheck, type EpubcheckResult } from "./epubcheck.ts";
import { extractPdfEdition, readPdfEdition } from "./pdf-edition.ts";
import { pdfLinkMismatches, readPdfNoteLinks, type PdfNoteLink } from "./pdf-links.ts";
import { loadMupdf, readPdfPages } from "./pdf-lines.ts";
import { languageDirection } from "../markdown/script-runs.ts";
import { noteRows, verifyReportJson, type EditionSummary, type VerifyReport } from "./verify-report.ts";
import { extractWebPages, readLinkedWebPages } from "./web-edition.ts";
import { sourcePassages } from "./source-passages.ts";
import { firstMissingPassage } from "./passage-check.ts";
import { excerpt } from "./describe-note.ts";
import { expectedCrossrefs, type ExpectedCrossrefs } from "./crossref-expected.ts";
import { htmlCrossrefMismatches, pdfCrossrefMismatches } from "./cross-reference-check.ts";
import { readHtmlCrossrefs } from "./html-cross-references.ts";
import { readPdfCrossrefs } from "./pdf-cross-references.ts";
import { readEpubDocuments } from "./epub-documents.ts";

export interface VerifyOptions {
  /** Also run EPUBCheck on the EPUB (slow: seconds). */
  epubcheck?: boolean;
  /** Write `verify.json` into the article folder (default true). */
  writeJson?: boolean;
  /** The editions to read (default all three; an Eleventy site may publish only some beside its page). */
  kinds?: readonly EditionKind[];
}

/** File names of the editions inside an article folder. */
export function editionFiles(slug: string): Record<EditionKind, string> {
  return { web: "index.html", pdf: `${slug}.pdf`, epub: `${slug}.epub` };
}

export async function verifyEditions(articleDir: string, article: Article, options: VerifyOptions = {}): Promise<VerifyReport> {
  const started = performance.now();
  const files = editionFiles(article.slug);
  const timings: Record<string, number> = {};
  // EPUBCheck takes seconds; it runs while the editions are read.
  const epubcheck: Promise<EpubcheckResult> | undefined = options.epubcheck ? runEpubcheck(join(articleDir, files.epub)) : undefined;

  const mismatches: Mismatch[] = [];
  const passages = sourcePassages(article);
  const crossrefs = expectedCrossrefs(article);
  const comparisons: Partial<Record<EditionKind, EditionComparison>> = {};
  const summaries = {} as Record<EditionKind, EditionSummary>;
  // Files are read together; the parsing is CPU work, done one edition after the other so
  // each edition's time is its own. MuPDF starts loading meanwhile.
  // A failure to load is reported when the PDF is read, not as an unhandled rejection here.
  loadMupdf().catch(() => undefined);
  const kinds = options.kinds ?? editionKinds;
  const rightToLeft = languageDirection(article.meta.lang) === "rtl";
  const contents = await Promise.all(editionKinds.map((kind) => (kinds.includes(kind) ? readFile(join(articleDir, files[kind])).catch(() => undefined) : undefined)));
  for (const [index, kind] of editionKinds.entries()) {
    const file = files[kind];
    const bytes = contents[index];
    const summary: EditionSummary = { file, found: bytes !== undefined, passed: false, calls: 0, notes: 0, mismatches: 0 };
    summaries[kind] = summary;
    // An edition not asked for is neither read nor missing.
    if (!kinds.includes(kind)) continue;
    if (!bytes) {
      mismatches.push({ edition: kind, kind: "edition", message: `${editionNames[kind]}: ${file} not found in ${articleDir}` });
      continue;
    }
    const readStarted = performance.now();
    let edition: ExtractedEdition;
    let pdfLinks: PdfNoteLink[] | undefined;
    let crossrefMismatches: Mismatch[] = [];
    try {
      ({ edition, pdfLinks, crossrefMismatches } = await extract(kind, bytes, file, articleDir, crossrefs));
    } catch (error) {
      const detail = error instanceof PublishError ? error.message : `could not be read: ${(error as Error).message}`;
      mismatches.push({ edition: kind, kind: "edition", message: `${editionNames[kind]}: ${detail}` });
      continue;
    } finally {
      timings[kind] = Math.round(performance.now() - readStarted);
    }
    const compareStarted = performance.now();
    const comparison = compareEdition(article.notes, edition, { endnotes: article.meta.notePlacement !== "footnotes", rightToLeft });
    // The PDF's links are followed by what its pages show (the web's and EPUB's by compareEdition).
    if (pdfLinks) comparison.mismatches.push(...pdfLinkMismatches(pdfLinks, edition, article.meta.notePlacement));
    comparison.mismatches.push(...crossrefMismatches);
    comparisons[kind] = comparison;
    const lost = edition.bodyText === undefined ? undefined : firstMissingPassage(passages, edition.bodyText, { rightToLeft: kind === "pdf" && rightToLeft });
    if (lost) mismatches.push({ edition: kind, kind: "text-lost", message: `the ${editionNames[kind]} lacks the passage "${excerpt(lost.text)}" (${lost.file ? `${relative(dirname(article.sourcePath), lost.file)}, ` : ""}line ${lost.line})` });
    timings[`${kind}Compare`] = Math.round(performance.now() - compareStarted);
    Object.assign(summary, { calls: edition.calls.length, notes: edition.notes.length, parts: edition.parts });
  }
  // Messages in a stable order: web, PDF, EPUB, each in note order.
  for (const kind of editionKinds) mismatches.push(...(comparisons[kind]?.mismatches ?? []));
  for (const kind of editionKinds) {
    const count = mismatches.filter((m) => m.edition === kind).length;
    summaries[kind].mismatches = count;
    summaries[kind].passed = (summaries[kind].found || !kinds.includes(kind)) && count === 0;
  }

  timings.editions = Math.round(performance.now() - started);

  let epubcheckResult: EpubcheckResult | undefined;
  if (epubcheck) {
    epubcheckResult = await epubcheck;
    timings.epubcheck = epubcheckResult.milliseconds;
    if (epubcheckResult.status !== "passed") {
      const detail = epubcheckResult.messages[0] ? `: ${epubcheckResult.messages[0]}` : "";
      mismatches.push({ edition: "epubcheck", kind: "epubcheck", message: `${epubcheckResult.summary}${detail}` });
    }
  }
  timings.total = Math.round(performance.now() - started);
  const timingOrder = ["web", "webCompare", "pdf", "pdfCompare", "epub", "epubCompare", "editions", "epubcheck", "total"];
  const orderedTimings = Object.fromEntries(timingOrder.filter((key) => key in timings).map((key) => [key, timings[key] ?? 0]));

  const report: VerifyReport = {
    slug: article.slug,
    source: article.sourcePath,
    passed: mismatches.length === 0,
    notes: article.notes.notes.length,
    calls: article.notes.calls.length,
    ...(crossrefs.references.length ? { crossReferences: crossrefs.references.length } : {}),
    ...(crossrefs.contents.length ? { contentsEntries: crossrefs.contents.length } : {}),
    editions: summaries,
    rows: noteRows(
      article.notes.notes.map((note) => note.number),
      comparisons,
      mismatches,
    ),
    mismatches,
    timings: orderedTimings,
    ...(epubcheckResult ? { epubcheck: epubcheckResult } : {}),
  };
  if (options.writeJson !== false) await writeFile(join(articleDir, "verify.json"), verifyReportJson(report));
  return report;
}

/**
 * A one-page PDF from this pipeline (made from warm-up.md beside it), read a few times by
 * warmUpVerifier. Reading the first PDF of a process costs twice what the next one does, even
 * a different one: MuPDF's and the reader's code is compiled on first use.
 */
export const warmUpPdfPath = join(projectRoot, "scripts", "lib", "verify", "warm-up.pdf");

/**
 * Gets the PDF reader ready ahead of the first verification, while Chromium lays out pages and
 * this process waits: loads MuPDF's WASM and reads the warm-up PDF, so the first real
 * read-back is as quick as later ones (the reader's code is compiled on first use).
 */
export async function warmUpVerifier(): Promise<void> {
  await loadMupdf();
  const pdf = await readFile(warmUpPdfPath);
  for (let round = 0; round < 3; round++) await extractPdfEdition(pdf, "warm-up.pdf");
}

interface Extracted {
  edition: ExtractedEdition;
  pdfLinks?: PdfNoteLink[];
  /** Cross-references, captions, section numbers and contents against the source (cross-reference-check.ts). */
  crossrefMismatches: Mismatch[];
}

async function extract(kind: EditionKind, bytes: Buffer, file: string, articleDir: string, crossrefs: ExpectedCrossrefs): Promise<Extracted> {
  if (kind === "web") {
    // A book's web edition is its contents page and the chapter pages it links to, read once for both checks.
    const pages = await readLinkedWebPages(bytes.toString("utf8"), file, (name) => readFile(join(articleDir, name), "utf8").catch(() => undefined));
    return { edition: extractWebPages(pages), crossrefMismatches: htmlCrossrefMismatches("web", crossrefs, readHtmlCrossrefs(pages, undefined, crossrefs.lang)) };
  }
  if (kind === "epub") {
    const edition = await extractEpubEdition(bytes, file);
    const { documents, navPath } = await readEpubDocuments(bytes, file);
    return { edition, crossrefMismatches: htmlCrossrefMismatches("epub", crossrefs, readHtmlCrossrefs(documents, navPath, crossrefs.lang)) };
  }
  // What extractPdfEdition does, in two steps, so the links are read against the same page text.
  const pages = await readPdfPages(bytes, file, { rightToLeft: languageDirection(crossrefs.lang) === "rtl" });
  return { edition: readPdfEdition(pages, crossrefs.lang), pdfLinks: readPdfNoteLinks(pages, crossrefs.lang), crossrefMismatches: pdfCrossrefMismatches(crossrefs, readPdfCrossrefs(pages, crossrefs.lang)) };
}
