/**
 * Lines of a PDF as a reader sees them, for checking what starts a line: characters from
 * `mutool draw -F stext` grouped by page and baseline (a raised call joins the line whose
 * baseline lies a little below its own), left to right.
 */
import type { StextChar } from "./print-harness.ts";

export interface PdfLine {
  page: number;
  /** Baseline of the line's largest characters. */
  y: number;
  chars: StextChar[];
}

export function pdfLines(chars: StextChar[]): PdfLine[] {
  const visible = chars.filter((char) => char.c.trim() !== "");
  // Full-size characters set the lines; smaller ones (calls) join the nearest line just below them.
  const lines: PdfLine[] = [];
  const largest = Math.max(...visible.map((char) => char.size));
  for (const char of [...visible].sort((a, b) => b.size - a.size)) {
    const line = lines.find((candidate) => candidate.page === char.page && char.y - candidate.y <= 0.5 && candidate.y - char.y < char.size * 0.9 + (largest - char.size) * 0.5);
    if (line) line.chars.push(char);
    else lines.push({ page: char.page, y: char.y, chars: [char] });
  }
  for (const line of lines) line.chars.sort((a, b) => a.x - b.x);
  return lines.sort((a, b) => a.page - b.page || a.y - b.y);
}

/** Lines whose first character is set smaller than the line's text and raised: a note call starting a line. */
export function linesStartingWithACall(lines: PdfLine[]): PdfLine[] {
  return lines.filter((line) => {
    const [first] = line.chars;
    const textSize = Math.max(...line.chars.map((char) => char.size));
    return first !== undefined && /\d/.test(first.c) && first.size < textSize * 0.8 && line.y - first.y > textSize * 0.15;
  });
}
