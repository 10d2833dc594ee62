/**
 * Test fixtures only: a small EPUB 3 made by hand with jszip, shaped as the EPUB edition
 * writes notes: calls `<a epub:type="noteref" role="doc-noteref" href="…#fn-N">N</a>`, notes
 * `<aside epub:type="footnote" role="doc-footnote" id="fn-N">` whose first paragraph starts
 * with the number as a backlink. The body is split into chapter files (in a sub-folder, so
 * links are relative paths), and the notes are placed either at the end of the chapter of
 * their first call or in a separate notes file. editEpubEntry breaks one on purpose.
 */
import JSZip from "jszip";
import type { Article } from "../../../scripts/lib/document/article.ts";
import { escapeHtml } from "../../../scripts/lib/markdown/html.ts";
import { noteIds, type NoteRenderer } from "../../../scripts/lib/markdown/note-renderer.ts";
import { renderTokens, splitNotes } from "../../../scripts/lib/engine/render.ts";
import { articleBlocks, groupBlocks } from "./article-blocks.ts";

export interface EpubPlan {
  /** Number of chapter files (default 2). */
  chapters?: number;
  /** Where the notes go (default: the chapter of each note's first call). */
  notes?: "in-chapter" | "notes-file";
}

const notesPath = "notes/notes.xhtml";

export async function makeFixtureEpub(article: Article, plan: EpubPlan = {}): Promise<Uint8Array> {
  const blocks = articleBlocks(article);
  const chapterCount = Math.max(1, Math.min(plan.chapters ?? 2, blocks.length));
  const chapters = groupBlocks(blocks, Math.ceil(blocks.length / chapterCount));
  const chapterPath = (index: number): string => `text/chapter-${index + 1}.xhtml`;
  const separate = plan.notes === "notes-file";

  // Which chapter each call sits in, in reading order, as the EPUB writer decides it.
  const callChapter = new Map<string, number>();
  const noteChapter = new Map<number, number>();
  chapters.forEach((group, index) => {
    for (const block of group) for (const n of block.firstCalls) noteChapter.set(n, index);
  });
  const { notes: noteTokens } = splitNotes(article);
  for (const note of article.notes.notes) {
    for (const call of note.calls) {
      const index = chapters.findIndex((group) => group.some((block) => block.tokens.some((token) => token === article.tokens[call.tokenIndex])));
      callChapter.set(`${note.number}:${call.occurrence}`, Math.max(index, 0));
    }
  }
  const relative = (from: string, to: string): string => (from.split("/")[0] === to.split("/")[0] ? to.split("/")[1] ?? to : `../${to}`);
  const noteFileOf = (n: number): string => (separate ? notesPath : chapterPath(noteChapter.get(n) ?? 0));

  const rendererFor = (file: string): NoteRenderer => ({
    call: (note, occurrence) =>
      `<a epub:type="noteref" role="doc-noteref" href="${relative(file, noteFileOf(note.number))}#${noteIds.note(note.number)}" id="${noteIds.call(note.number, occurrence)}">${note.number}</a>`,
    notesOpen: () => "",
    notesClose: () => "",
    noteOpen: (note) => `<aside epub:type="footnote" role="doc-footnote" id="${noteIds.note(note.number)}">`,
    noteNumber: (note) => `<a href="${relative(file, chapterPath(callChapter.get(`${note.number}:0`) ?? 0))}#${noteIds.call(note.number, 0)}" role="doc-backlink">${note.number}</a>. `,
    noteClose: () => "</aside>\n",
    backlinks: () => "",
  });
  const notesHtml = (file: string, numbers: number[]): string =>
    numbers.map((n) => renderTokens(article, noteTokens.get(n) ?? [], rendererFor(file), { xhtml: true }, true)).join("");

  const files = new Map<string, string>();
  chapters.forEach((group, index) => {
    const file = chapterPath(index);
    const body = group.map((block) => renderTokens(article, block.tokens, rendererFor(file), { xhtml: true })).join("");
    const own = separate ? "" : notesHtml(file, group.flatMap((block) => block.firstCalls).sort((a, b) => a - b));
    files.set(file, xhtmlDocument(article, `Part ${index + 1}`, body + own));
  });
  if (separate) files.set(notesPath, xhtmlDocument(article, "Notes", notesHtml(notesPath, article.notes.notes.map((note) => note.number))));
  return packEpub(article, files);
}

function xhtmlDocument(article: Article, title: string, body: string): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="${article.meta.lang}" xml:lang="${article.meta.lang}">
<head><title>${escapeHtml(title)}</title></head>
<body>
${body}
</body>
</html>
`;
}

async function packEpub(article: Article, files: Map<string, string>): Promise<Uint8Array> {
  const zip = new JSZip();
  const date = new Date("2011-11-05T00:00:00Z");
  zip.file("mimetype", "application/epub+zip", { compression: "STORE", date });
  zip.file(
    "META-INF/container.xml",
    `<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
<rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles>
</container>
`,
    { date },
  );
  const paths = [...files.keys()];
  const nav = `<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="en" xml:lang="en">
<head><title>Contents</title></head>
<body><nav epub:type="toc" id="toc"><h1>Contents</h1><ol>
${paths.map((path, i) => `<li><a href="${path}">Part ${i + 1}</a></li>`).join("\n")}
</ol></nav></body>
</html>
`;
  const opf = `<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="book-id" xml:lang="en">
<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:identifier id="book-id">urn:uuid:7d3c1c3e-5b7a-4f5e-9d51-${article.sourceHash.slice(0, 12)}</dc:identifier>
<dc:title>${escapeHtml(article.meta.title)}</dc:title>
<dc:language>${article.meta.lang}</dc:language>
<meta property="dcterms:modified">2011-11-05T00:00:00Z</meta>
</metadata>
<manifest>
<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
${paths.map((path, i) => `<item id="doc-${i + 1}" href="${path}" media-type="application/xhtml+xml"/>`).join("\n")}
</manifest>
<spine>
${paths.map((_path, i) => `<itemref idref="doc-${i + 1}"/>`).join("\n")}
</spine>
</package>
`;
  zip.file("OEBPS/content.opf", opf, { date });
  zip.file("OEBPS/nav.xhtml", nav, { date });
  for (const [path, text] of files) zip.file(`OEBPS/${path}`, text, { date });
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", mimeType: "application/epub+zip" });
}

/** Rewrites one file inside an EPUB, as someone editing the zip by hand would. */
export async function editEpubEntry(bytes: Uint8Array, path: string, edit: (text: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const entry = zip.file(path);
  if (!entry) throw new Error(`${path} is not in the EPUB`);
  zip.file(path, edit(await entry.async("string")));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
