/**
 * What the source says every edition must show of its cross-references: each reference's
 * words ("figure 2"), the caption labels in order ("Figure 1.", "Table 1."), the headings'
 * numbers in order, and the entries of the table of contents when the article asks for one.
 * The editions are read without these (html-cross-references.ts, pdf-cross-references.ts),
 * then compared with them (cross-reference-check.ts).
 */
import type { Article } from "../document/article.ts";
import { contentsEntries, type ContentsEntry } from "../crossref/contents.ts";
import { captionLabel } from "../crossref/crossref-types.ts";
import { withNotesOfWork } from "../editions/notes-of-work.ts";

export interface ExpectedCrossrefs {
  /** "figure 2", lower case, one per reference, in the token stream's order. */
  references: string[];
  /** "Figure 1.", "Table 1.", in reading order. */
  captions: string[];
  /** "2.3", every numbered heading in reading order (empty when headings carry no numbers). */
  sectionNumbers: string[];
  /** "2.3 Title" (or "Title"), in order; empty without `toc: true`. */
  contents: string[];
  /** The same as print sets it, which lists the notes gathered at the end of the work too. */
  printContents: string[];
  /** The document's language: the editions word references and captions in it (edition-words.ts). */
  lang: string;
}

export function expectedCrossrefs(article: Article): ExpectedCrossrefs {
  const model = article.env.crossrefs;
  if (!model) return { references: [], captions: [], sectionNumbers: [], contents: [], printContents: [], lang: article.meta.lang };
  // In reading order: a book's chapters in their order (as the labels were read), each by its lines.
  const fileOrder = new Map<string | undefined, number>();
  for (const target of model.targets.values()) if (!fileOrder.has(target.file)) fileOrder.set(target.file, fileOrder.size);
  const place = (file: string | undefined): number => fileOrder.get(file) ?? 0;
  const targets = [...model.targets.values()].sort((a, b) => place(a.file) - place(b.file) || a.line - b.line);
  const flatten = (entries: readonly ContentsEntry[]): string[] =>
    entries.flatMap((entry) => [[entry.section.number, entry.section.text].filter(Boolean).join(" "), ...flatten(entry.children)]);
  const entries = article.meta.toc && model.sections.length ? contentsEntries(model.sections, article.meta.tocDepth) : [];
  return {
    references: model.references.flatMap((reference) => (reference.target ? [`${reference.target.kind} ${reference.target.number}`] : [])),
    captions: targets.filter((target) => target.kind !== "section").map((target) => captionLabel(target, model.lang)),
    sectionNumbers: model.sections.map((section) => section.number).filter(Boolean),
    contents: flatten(entries),
    printContents: entries.length ? flatten(withNotesOfWork(entries, article)) : [],
    lang: article.meta.lang,
  };
}
