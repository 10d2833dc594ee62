/**
 * The verifier's result for one article: per edition pass/fail, one row per note (the number
 * each edition shows, the PDF pages of call and note), every mismatch, timings, and the
 * EPUBCheck result when it was run. Serialised as `<slug>/verify.json`.
 */
import type { EditionComparison } from "./compare-edition.ts";
import { editionColumns, editionKinds, type EditionKind, type Mismatch } from "./edition-types.ts";
import type { EpubcheckResult } from "./epubcheck.ts";

export interface EditionSummary {
  /** File name inside the article folder. */
  file: string;
  found: boolean;
  passed: boolean;
  calls: number;
  notes: number;
  /** Pages (PDF) or content documents (EPUB) read. */
  parts?: number;
  mismatches: number;
}

export interface NoteRow {
  note: number;
  /** The number each edition shows for the note (on the note, else at its first call); null when absent. */
  web: number | null;
  pdf: number | null;
  epub: number | null;
  pdfCallPage: number | null;
  pdfNotePage: number | null;
  status: "ok" | "mismatch";
  /** Editions with a mismatch for this note. */
  problems: EditionKind[];
}

export interface VerifyReport {
  slug: string;
  /** Source file as given to the verifier. */
  source: string;
  passed: boolean;
  notes: number;
  calls: number;
  /** Cross-references and contents entries the source has, each checked in every edition; absent when none. */
  crossReferences?: number;
  contentsEntries?: number;
  editions: Record<EditionKind, EditionSummary>;
  rows: NoteRow[];
  mismatches: Mismatch[];
  /** Milliseconds: reading back and comparing each edition, all editions, EPUBCheck, total. */
  timings: Record<string, number>;
  epubcheck?: EpubcheckResult;
}

/** One row per source note, from each edition's comparison (an absent edition shows nulls). */
export function noteRows(notes: number[], comparisons: Partial<Record<EditionKind, EditionComparison>>, mismatches: Mismatch[]): NoteRow[] {
  return notes.map((note) => {
    const shown = (kind: EditionKind): number | null => {
      const outcome = comparisons[kind]?.outcomes.get(note);
      if (!outcome) return null;
      if (outcome.shown !== undefined) return outcome.shown;
      const call = outcome.calls.find((c) => !c.missing);
      return call?.shown ?? null;
    };
    const pdf = comparisons.pdf?.outcomes.get(note);
    const firstCall = pdf?.calls[0];
    const problems = editionKinds.filter((kind) => mismatches.some((m) => m.note === note && m.edition === kind));
    return {
      note,
      web: shown("web"),
      pdf: shown("pdf"),
      epub: shown("epub"),
      pdfCallPage: firstCall && !firstCall.missing ? (firstCall.page ?? null) : null,
      pdfNotePage: pdf?.page ?? null,
      status: problems.length ? "mismatch" : "ok",
      problems,
    };
  });
}

export function verifyReportJson(report: VerifyReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

export function problemColumns(row: NoteRow): string {
  return row.problems.map((kind) => editionColumns[kind]).join(", ");
}
