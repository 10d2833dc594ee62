/**
 * Finishes Chromium's PDF: document information from the article (in the Info dictionary and
 * as XMP), the language in the catalog, bookmark titles as the headings read, the tags
 * repaired for PDF/UA, fixed dates and a content-derived file ID, so the same article always
 * gives the same bytes. Chromium's structure tree (tagging) and outline are kept.
 *
 * Dates: SOURCE_DATE_EPOCH when set (the reproducible-builds convention: the environment
 * wins), else the article's `updated` or `date` at 00:00 UTC (a year or a month written alone:
 * its first day), else a fixed epoch. Never now.
 */
import { createHash } from "node:crypto";
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFRawStream, PDFString } from "pdf-lib";
import { renumberStructureIds } from "./pdf-structure-ids.ts";
import type { Article } from "../../document/article.ts";
import type { Token } from "../../markdown/markdown-types.ts";
import { editionWords } from "../../language/edition-words.ts";
import { firstInstantOf } from "../../document/written-date.ts";
import { RenderError } from "../../errors.ts";
import { repairOutlineTitles } from "./pdf-outline.ts";
import { headingBookmark } from "./heading-bookmarks.ts";
import { addLinkContents } from "./pdf-link-contents.ts";
import { repairTags } from "./pdf-tags.ts";
import { markContent } from "./pdf-content-marks.ts";
import { addElementLangs } from "./pdf-element-langs.ts";
import { languagePassages } from "./language-passages.ts";
import { foreignRuns } from "../../markdown/script-runs.ts";
import { foldPresentationForms, quoteModifiers } from "./pdf-presentation-forms.ts";
import { repairClusterCodes } from "./pdf-cluster-codes.ts";
import { setXmpMetadata } from "./pdf-xmp.ts";
import type { PdfInfo } from "./pdf-info.ts";
import { restoreInternalLinks } from "./pdf-internal-links.ts";
import type { LinkTargets } from "./browser-scripts.ts";
import { metaOf } from "../../markdown/markdown-types.ts";

export type { PdfInfo };

export const pdfCreator = "footnote-press print edition (Paged.js in Chromium)";
export const pdfProducer = "footnote-press";
/** Used when neither SOURCE_DATE_EPOCH nor a date in the front matter is available. */
export const fallbackPdfDate = new Date("2000-01-01T00:00:00Z");


/** The date written into the PDF for an article. Throws if SOURCE_DATE_EPOCH is not a number. */
export function pdfDateOf(article: Article, env: NodeJS.ProcessEnv = process.env): Date {
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  if (epoch) {
    if (!/^\d+$/.test(epoch)) throw new RenderError(`SOURCE_DATE_EPOCH must be whole seconds since 1970, not "${epoch}"`, { code: "source-date-epoch" });
    return new Date(Number(epoch) * 1000);
  }
  const day = article.meta.updated ?? article.meta.date;
  return day ? firstInstantOf(day) : fallbackPdfDate;
}

export function pdfInfoOf(article: Article, env: NodeJS.ProcessEnv = process.env): PdfInfo {
  const meta = article.meta;
  const passages = languagePassages(article.tokens);
  const modifierLetters = writtenModifiers(article);
  return {
    title: meta.title,
    authors: meta.authors,
    description: meta.description,
    keywords: meta.keywords,
    lang: meta.lang,
    date: pdfDateOf(article, env),
    edition: meta.edition,
    headings: [titleHeading(article), ...article.headings.map((heading) => headingBookmark(article, heading))],
    otherLanguages: passages.length > 0 || hasOtherLanguages(article),
    // Only when there are any: the file ID hashes this information, and an article without them keeps its bytes.
    ...(Object.keys(meta.scriptLanguages).length > 0 ? { scriptLanguages: meta.scriptLanguages } : {}),
    ...(passages.length > 0 ? { languagePassages: passages } : {}),
    linkTargets: linkTargetsOf(article),
    ...(modifierLetters ? { modifierLetters } : {}),
  };
}

/** Those of the modifier letters a face draws as quotation marks (ʼ, ʻ) that any text of the article holds, its front matter's included. */
function writtenModifiers(article: Article): string {
  const holds = (letter: string, tokens: readonly Token[]): boolean => tokens.some((token) => token.content.includes(letter) || holds(letter, token.children ?? []));
  const front = [article.meta.title, article.meta.subtitle ?? "", ...article.meta.authors];
  return Object.keys(quoteModifiers)
    .filter((letter) => front.some((text) => text.includes(letter)) || holds(letter, article.tokens))
    .join("");
}

/** The title, and what its heading prints when note calls follow it ("A Title1,2"): its bookmark is the title alone. */
function titleHeading(article: Article): string | { text: string; printed: string[] } {
  const calls = article.headerCalls?.title ?? [];
  if (calls.length === 0) return article.meta.title;
  const numbers = calls.map((call) => String(metaOf(call).number ?? ""));
  // The commas between calls are marked as no text, and a bookmark may leave them out.
  return { text: article.meta.title, printed: [article.meta.title + numbers.join(","), article.meta.title + numbers.join("")] };
}

/** Headings by their id, with their numbers, and figures and tables by theirs: where a cross-reference or a contents entry leads. */
function linkTargetsOf(article: Article): Record<string, string> {
  const model = article.env.crossrefs;
  const words = editionWords(article.meta.lang);
  const targets: Record<string, string> = {};
  for (const section of model?.sections ?? []) targets[section.id] = `${words.crossrefs.section} ${[section.number, section.text].filter(Boolean).join(" ")}`;
  for (const target of model?.targets.values() ?? []) if (target.kind !== "section") targets[target.id] = `${words.crossrefs[target.kind]} ${target.number}`;
  return targets;
}

/** Runs the language rule marked in the text or notes, or foreign runs in the title block. */
function hasOtherLanguages(article: Article): boolean {
  if (article.tokens.some((token) => token.children?.some((child) => child.type === "language_open"))) return true;
  const { title, subtitle, authors, lang, scriptLanguages } = article.meta;
  return [title, subtitle ?? "", ...authors].some((text) => foreignRuns(text, lang, scriptLanguages).length > 0);
}

/**
 * Rewrites the PDF with the article's information; same input bytes and info give the same
 * output bytes. `linkTargets` are the places of the links printed as leaving links
 * (browser/internal-links.js), made links within the PDF again before anything reads them.
 */
export async function finishPdf(chromiumPdf: Uint8Array, info: PdfInfo, linkTargets: LinkTargets = {}): Promise<Uint8Array> {
  // pdf-lib pauses for a timer every 100 objects read and every 50 written, to keep a page's UI
  // responsive; here there is no UI, the pauses were most of the time spent on a long book's
  // thousands of objects, and nothing waits on this process meanwhile. No pauses: Infinity.
  const doc = await PDFDocument.load(chromiumPdf, { updateMetadata: false, parseSpeed: Infinity });
  doc.setTitle(info.title, { showInWindowTitleBar: true });
  if (info.authors.length) doc.setAuthor(info.authors.join(", "));
  if (info.description) doc.setSubject(info.description);
  // pdf-lib joins keywords with spaces, which merges multi-word keywords: join them ourselves.
  if (info.keywords.length) doc.setKeywords([info.keywords.join(", ")]);
  doc.setCreator(pdfCreator);
  doc.setProducer(pdfProducer);
  doc.setCreationDate(info.date);
  doc.setModificationDate(info.date);
  if (info.edition) {
    // The Info dictionary has no standard edition field; a custom entry is what readers such as pdfinfo -custom show.
    const infoDict = doc.context.lookup(doc.context.trailerInfo.Info, PDFDict);
    infoDict.set(PDFName.of("Edition"), PDFHexString.fromText(info.edition));
  }
  restoreInternalLinks(doc, linkTargets);
  if (!doc.catalog.get(PDFName.of("Lang"))) doc.catalog.set(PDFName.of("Lang"), PDFString.of(info.lang));
  repairOutlineTitles(doc, info.headings);
  renumberStructureIds(doc);
  // PDF/UA-1: XMP with the document's title and identification, notes tagged as notes, a
  // text on every link (see pdf-xmp.ts, pdf-tags.ts, pdf-link-contents.ts).
  setXmpMetadata(doc, info, pdfCreator, pdfProducer);
  repairTags(doc);
  addLinkContents(doc, info.lang, info.linkTargets);
  markContent(doc);
  if (info.otherLanguages) addElementLangs(doc, info.lang, info.scriptLanguages, info.languagePassages);
  repairClusterCodes(doc);
  foldPresentationForms(doc, info.modifierLetters);
  // Chromium's ID mixes in the time; ours is derived from what the finished PDF holds (fileIdOf).
  const id = PDFHexString.of(fileIdOf(doc, info));
  doc.context.trailerInfo.ID = doc.context.obj([id, id]);
  return doc.save({ useObjectStreams: false, addDefaultPage: false, updateFieldAppearances: false, objectsPerTick: Infinity });
}

/**
 * The file identifier (ISO 32000-1 14.4): the first 16 bytes of sha256 over the information
 * written into the PDF and the bytes of every stream it holds (pages, fonts, images, XMP), in
 * object order. The same article gives the same ID; a change to its pages, pictures, fonts or
 * metadata gives another. The trailer is written by pdf-lib with it; nothing is spliced.
 */
export function fileIdOf(doc: PDFDocument, info: PdfInfo): string {
  const hash = createHash("sha256").update(JSON.stringify(info));
  for (const [ref, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFRawStream)) continue;
    hash.update(`\0${ref.toString()}\0`).update(object.getContents());
  }
  return hash.digest("hex").slice(0, 32).toUpperCase();
}
