/**
 * A table inside a note, read cell by cell. A note's lines are read row by row, left to right,
 * which is a table's reading order only while no cell takes two lines: a first column's
 * "Source of the / figures used" beside a one-line "2019" reads "Source of the 2019 figures
 * used". A reader follows the cells instead: each row's cells left to right, each cell's lines
 * top to bottom. This gives that reading of a note's lines, for the comparison to try beside
 * the plain one; it never replaces it.
 *
 * The table is where lines stand side by side. Its rows are told apart by the space between
 * them (cell padding, rules), a little more than the step from one line of a cell to the next;
 * as a text layer's baselines wander by a fraction of a point, each step found in the table is
 * tried as the widest inside a row, one reading each. Its cells are told apart by their lines'
 * horizontal extents, which overlap only within a column.
 */
import { lineBase } from "./pdf-line-metrics.ts";
import type { PdfLine } from "./pdf-lines.ts";

/** A note's line and the text it contributes to the note (its number taken off the first). */
export interface NoteLine {
  line: PdfLine;
  text: string;
}

/** Baselines closer than this fraction of the note size are one visual row. */
const sameRow = 0.3;
/** Steps between visual rows closer than this (points) are taken as one. */
const sameStep = 0.3;
/** At most this many readings: a table has few distinct steps between its lines. */
const mostReadings = 4;

/** The note's text read with its table cell by cell (a reading per way to tell its rows apart); none when no lines stand side by side. */
export function cellByCellReadings(lines: readonly NoteLine[], noteSize: number): string[] {
  const rows = visualRows(lines, noteSize);
  const firstWide = rows.findIndex((row) => row.length > 1);
  if (firstWide < 0) return [];
  let lastWide = rows.length - 1;
  while ((rows[lastWide]?.length ?? 0) < 2) lastWide--;
  // Rows after the last one with cells side by side still belong to the table while they sit
  // under its cells (a last cell's second line), not at the note's own left edge.
  const tableLeft = Math.min(...rows.slice(firstWide, lastWide + 1).flat().map(({ line }) => line.left));
  let end = lastWide;
  while (end + 1 < rows.length && (rows[end + 1] ?? []).every(({ line }) => line.left > tableLeft + 1 && line.page === rows[end]?.[0]?.line.page)) end++;
  const before = rows.slice(0, firstWide).flat();
  const readings = [end, endInColumns(rows, firstWide, end)].flatMap((last) => {
    const table = rows.slice(firstWide, last + 1);
    const after = rows.slice(last + 1).flat();
    const steps = stepsBetween(table);
    return rowSteps(steps).map((widest) => {
      const cells = tableRows(table, steps, widest).flatMap(cellsOf);
      return [...before.map(({ text }) => text), ...cells.flat().map(({ text }) => text), ...after.map(({ text }) => text)].join("\n");
    });
  });
  return [...new Set(readings)];
}

/*
 * A first column's last lines, under the last row with cells side by side ("…including the
 * Sinai / peninsula and the / coastal strip" beside a "1,034.5" set against its middle line),
 * stand at the table's left edge, which may be the note's own: told from the note's text
 * after the table by standing inside one column, no further below the row above than the
 * table's rows are apart. Returns the index of the table's last row read that way.
 */
function endInColumns(rows: NoteLine[][], firstWide: number, end: number): number {
  const columns = cellsOf(rows.slice(firstWide, end + 1).flat()).map((lines) => ({
    left: Math.min(...lines.map(({ line }) => line.left)),
    right: Math.max(...lines.map(({ line }) => line.right)),
  }));
  const widestStep = Math.max(0, ...stepsBetween(rows.slice(firstWide, end + 1)).filter(Number.isFinite));
  const inColumn = ({ line }: NoteLine): boolean => columns.some(({ left, right }) => line.left >= left - 1 && line.right <= right + 1);
  let last = end;
  while (last + 1 < rows.length) {
    const next = rows[last + 1] ?? [];
    const step = stepsBetween([rows[last] ?? [], next])[0] ?? Infinity;
    if (!(step <= widestStep + sameStep) || !next.every(inColumn)) break;
    last++;
  }
  return last;
}

/** Lines grouped by their baseline (and page), in reading order. */
function visualRows(lines: readonly NoteLine[], noteSize: number): NoteLine[][] {
  const rows: NoteLine[][] = [];
  for (const entry of lines) {
    const row = rows[rows.length - 1];
    const first = row?.[0];
    if (row && first && first.line.page === entry.line.page && Math.abs(lineBase(first.line).baseline - lineBase(entry.line).baseline) < sameRow * noteSize) row.push(entry);
    else rows.push([entry]);
  }
  return rows;
}

/** The steps from each visual row's baseline to the next one's (Infinity across a page break). */
function stepsBetween(rows: NoteLine[][]): number[] {
  const baseline = (row: NoteLine[]): number => lineBase((row[0] as NoteLine).line).baseline;
  return rows.slice(1).map((row, i) => (row[0]?.line.page === rows[i]?.[0]?.line.page ? baseline(row) - baseline(rows[i] as NoteLine[]) : Infinity));
}

/** The distinct steps, shortest first, each a candidate for the widest step inside a table row. */
function rowSteps(steps: readonly number[]): number[] {
  const distinct: number[] = [];
  for (const step of steps.filter(Number.isFinite).sort((a, b) => a - b)) {
    const last = distinct[distinct.length - 1];
    if (last === undefined || step - last > sameStep) distinct.push(step);
    else distinct[distinct.length - 1] = step;
  }
  return distinct.length ? distinct.slice(0, mostReadings) : [0];
}

/** Visual rows gathered into the table's rows: a step (`steps`, from stepsBetween) wider than `widest` opens a new one. */
function tableRows(rows: NoteLine[][], steps: readonly number[], widest: number): NoteLine[][] {
  const grouped: NoteLine[][] = [];
  rows.forEach((row, i) => {
    const step = i === 0 ? Infinity : (steps[i - 1] ?? Infinity);
    if (i === 0 || step > widest + 0.01) grouped.push([...row]);
    else grouped[grouped.length - 1]?.push(...row);
  });
  return grouped;
}

/** A table row's lines as cells (lines whose extents overlap), left to right, each top to bottom. */
function cellsOf(row: NoteLine[]): NoteLine[][] {
  const cells: Array<{ left: number; right: number; lines: NoteLine[] }> = [];
  for (const entry of row) {
    const cell = cells.find(({ left, right }) => entry.line.left < right && entry.line.right > left);
    if (cell) {
      cell.lines.push(entry);
      cell.left = Math.min(cell.left, entry.line.left);
      cell.right = Math.max(cell.right, entry.line.right);
    } else cells.push({ left: entry.line.left, right: entry.line.right, lines: [entry] });
  }
  return cells.sort((a, b) => a.left - b.left).map(({ lines }) => lines.sort((a, b) => lineBase(a.line).baseline - lineBase(b.line).baseline));
}
