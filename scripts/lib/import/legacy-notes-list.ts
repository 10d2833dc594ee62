/**
 * The trailing note list of a legacy text: where it starts, and the notes it holds.
 *
 * Legacy files have no marker between body and notes, so the list is recognised by shape:
 * the longest run at the end of the file made only of `[n]` lines, blank lines and
 * continuation lines, cut back so it starts where a 1..N sequence plausibly begins.
 */

import type { Diagnostic } from "../errors.ts";

/**
 * Up to 3 leading spaces, as Markdown allows before a block; a deeper indent means the line
 * continues the previous note. No leading zero and at most 6 digits, so `[007]` or a long
 * identifier is never mistaken for a note number and the label we write is the number as typed.
 */
const NOTE_LINE = /^ {0,3}\[([1-9]\d{0,5})\](.*)$/su;

export interface LegacyNote {
  number: number;
  /** After `[n]`, trimmed, with wrapped lines joined by one space. */
  text: string;
  /** 1-based line of the `[n]` in the input. */
  line: number;
}

export interface NoteList {
  /** 0-based index of the list's first line; `lines.length` when the text has no list. */
  start: number;
  notes: LegacyNote[];
  diagnostics: Diagnostic[];
}

export function isBlank(line: string): boolean {
  return line.trim() === "";
}

export function noteLineNumber(line: string): number | undefined {
  const match = NOTE_LINE.exec(line);
  return match ? Number(match[1]) : undefined;
}

/** Lines before `firstBodyIndex` (title, byline) are never part of the list. */
export function findNoteList(lines: readonly string[], firstBodyIndex: number, file: string): NoteList {
  const start = chooseListStart(lines, firstBodyIndex);
  if (start === undefined) return { start: lines.length, notes: [], diagnostics: [] };
  const notes = parseNotes(lines, start);
  return { start, notes, diagnostics: checkNotes(notes, file) };
}

function chooseListStart(lines: readonly string[], firstBodyIndex: number): number | undefined {
  // A line can sit in the list when it is blank, a note, indented, or glued under a non-blank
  // line. The list cannot reach back past the last line that fails this.
  let lastMisfit = firstBodyIndex - 1;
  for (let i = firstBodyIndex; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const fits =
      isBlank(line) ||
      noteLineNumber(line) !== undefined ||
      /^\s/u.test(line) ||
      (i > firstBodyIndex && !isBlank(lines[i - 1] ?? ""));
    if (!fits) lastMisfit = i;
  }

  // The list opens a paragraph: a `[n]` glued under body text is that paragraph's text.
  const candidates: Array<{ index: number; number: number }> = [];
  for (let i = lastMisfit + 1; i < lines.length; i++) {
    const number = noteLineNumber(lines[i] ?? "");
    const opensParagraph = i === firstBodyIndex || isBlank(lines[i - 1] ?? "");
    if (number !== undefined && opensParagraph) candidates.push({ index: i, number });
  }
  if (candidates.length === 0) return undefined;

  // A body paragraph opening with `[2012]` fits the shape too; numbers tell it apart, since a
  // list runs 1..N. Prefer the first `[1]`; failing that, the first number small enough to
  // begin the notes that follow it; failing that, take the whole run and let diagnostics speak.
  const notesFrom = new Map<number, number>();
  let count = 0;
  for (let i = lines.length - 1; i > lastMisfit; i--) {
    if (noteLineNumber(lines[i] ?? "") !== undefined) count++;
    notesFrom.set(i, count);
  }
  const chosen =
    candidates.find((c) => c.number === 1) ??
    candidates.find((c) => c.number <= (notesFrom.get(c.index) ?? 0)) ??
    candidates[0];
  return chosen?.index;
}

function parseNotes(lines: readonly string[], start: number): LegacyNote[] {
  const notes: Array<{ number: number; line: number; parts: string[] }> = [];
  for (let i = start; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (isBlank(line)) continue;
    const match = NOTE_LINE.exec(line);
    const current = notes[notes.length - 1];
    if (match) {
      notes.push({ number: Number(match[1]), line: i + 1, parts: [(match[2] ?? "").trim()] });
    } else if (current) {
      current.parts.push(line.trim());
    }
  }
  return notes.map(({ number, line, parts }) => ({
    number,
    line,
    text: parts.filter((part) => part !== "").join(" "),
  }));
}

function checkNotes(notes: readonly LegacyNote[], file: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const firstLine = new Map<number, number>();
  let highest = 0;
  for (const note of notes) {
    const location = { file, line: note.line };
    const seenAt = firstLine.get(note.number);
    if (seenAt !== undefined) {
      diagnostics.push({
        severity: "error",
        code: "legacy-duplicate-note",
        message: `note [${note.number}] is listed twice (first at line ${seenAt})`,
        location,
      });
      continue;
    }
    firstLine.set(note.number, note.line);
    if (note.number < highest) {
      diagnostics.push({
        severity: "warning",
        code: "legacy-note-order",
        message: `note [${note.number}] is listed after [${highest}]`,
        location,
      });
    }
    highest = Math.max(highest, note.number);
    if (note.text === "") {
      diagnostics.push({ severity: "warning", code: "legacy-empty-note", message: `note [${note.number}] has no text`, location });
    }
  }
  return diagnostics;
}
