/**
 * The verifier's report as text: a compact table (one row per note: the number each edition
 * shows, the PDF pages of call and note, the status), one line per mismatch, the EPUBCheck
 * line when it ran, and a closing summary line.
 */
import { editionKinds, editionNames } from "./edition-types.ts";
import { problemColumns, type NoteRow, type VerifyReport } from "./verify-report.ts";

export interface FormatOptions {
  /** Include the per-note table (default true; the build may show it only on failure). */
  table?: boolean;
}

export function formatVerifyReport(report: VerifyReport, options: FormatOptions = {}): string {
  const lines: string[] = [];
  if (options.table !== false && report.rows.length) lines.push(...noteTable(report.rows), "");
  lines.push(...report.mismatches.filter((m) => m.edition !== "epubcheck").map((m) => m.message));
  if (report.epubcheck) {
    lines.push(report.epubcheck.summary);
    lines.push(...report.epubcheck.messages.slice(0, 5).map((message) => `  ${message}`));
  }
  lines.push(summaryLine(report));
  return lines.join("\n");
}

/** `verified: 11 notes, 13 calls identical in web edition, PDF and EPUB (48 ms)` or the failure count. */
export function summaryLine(report: VerifyReport): string {
  // The editions' own time; EPUBCheck's seconds are in verify.json.
  const time = `${report.timings.editions ?? report.timings.total ?? 0} ms`;
  if (report.passed) {
    const names = editionKinds.filter((kind) => report.editions[kind].found).map((kind) => editionNames[kind]);
    const listed = names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}` : (names[0] ?? "no edition");
    const counts = [
      counted(report.notes, "note", "notes"),
      counted(report.calls, "call", "calls"),
      ...(report.crossReferences ? [counted(report.crossReferences, "cross-reference", "cross-references")] : []),
      ...(report.contentsEntries ? [counted(report.contentsEntries, "contents entry", "contents entries")] : []),
    ];
    return `verified ${report.slug}: ${counts.join(", ")} identical in the ${listed} (${time})`;
  }
  const count = report.mismatches.length;
  const failing = [...editionKinds.filter((kind) => !report.editions[kind].passed).map((kind) => editionNames[kind]), ...(report.epubcheck && report.epubcheck.status !== "passed" ? ["EPUBCheck"] : [])];
  return `verify FAILED for ${report.slug}: ${count} ${count === 1 ? "mismatch" : "mismatches"} (${failing.join(", ")}) (${time})`;
}

const counted = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

function noteTable(rows: NoteRow[]): string[] {
  const header = ["note", "web", "PDF", "EPUB", "PDF call p.", "PDF note p.", "status"];
  const cell = (value: number | null): string => (value === null ? "—" : String(value));
  const body = rows.map((row) => [
    String(row.note),
    cell(row.web),
    cell(row.pdf),
    cell(row.epub),
    cell(row.pdfCallPage),
    cell(row.pdfNotePage),
    row.status === "ok" ? "ok" : `mismatch: ${problemColumns(row)}`,
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...body.map((cells) => (cells[column] ?? "").length)));
  const format = (cells: string[]): string =>
    cells
      .map((text, column) => (column === cells.length - 1 ? text : text.padStart(widths[column] ?? 0)))
      .join("  ")
      .trimEnd();
  return [format(header), ...body.map(format)];
}
