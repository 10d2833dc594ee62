/**
 * The trailing note list of a legacy text: where it starts, and the notes it holds.
 *
 * Legacy files have no marker between body and notes, so the list is recognised by shape:
 * the longest run at the end of the file made only of `[n]` lines, blank lines and
 * continuation lines, cut back so it starts where a 1..N sequence plausibly begins. Many
 * put a heading line above it ("Notes:", "References", "Anmerkungen"): the list may start
 * right under such a line, and the line is no part of the body, since every edition heads
 * the notes with its own word.
 *
 * Word processors save a numbered list as "1. text" or "1) text". Such a list is taken for the
 * notes only under a notes heading, starting at 1, at the very end, when the text calls `[1]`:
 * anywhere else it is the author's own list and stays in the body.
 *
 * Text copied out of a word processor or a PDF keeps its notes as superscript figures: calls
 * "June.¹" and a list of "¹ text" lines. Such a list is taken for the notes likewise, under a
 * notes heading at the very end, starting at ¹, when the text holds a ¹; its calls are then
 * superscript figures (legacy-calls.ts).
 */

import type { Diagnostic } from "../errors.ts";
import { bracketCalls } from "./legacy-call-groups.ts";

/**
 * Up to 3 leading spaces; a deeper indent means the line continues the previous note. No
 * leading zero and at most 6 digits, so the label we write is the number as typed; other
 * numbers on a line shaped like a note are reported (MALFORMED_NOTE_LINE).
 */
const NOTE_LINE = /^ {0,3}\[([1-9]\d{0,5})\](.*)$/su;

/**
 * A line shaped like a note whose number cannot be one: zero, signed, with a leading zero, or
 * longer than any note count (`[0]`, `[-1]`, `[01]`, `[99999999999999999999]`). It belongs to
 * the list, so that it never turns the notes before it into body text, and it is reported,
 * never glued onto the note above it.
 */
const MALFORMED_NOTE_LINE = /^ {0,3}\[([+-]?\d+)\]/u;

/** A numbered list's line, as word processors save one: "1. text", "12) text". */
const NUMBERED_LINE = /^ {0,3}([1-9]\d{0,5})[.)][ \t]+(\S.*)$/su;

/**
 * The list's own numbering, "1." or "1)", as its first line has it: a line numbered the other
 * way ("3. Aufl." wrapped under "2) Meyer, Bd. 2,") continues a note.
 */
function numberedLineIn(first: string): RegExp {
  const delimiter = /^ {0,3}\d+([.)])/u.exec(first)?.[1] ?? ".";
  return new RegExp(String.raw`^ {0,3}([1-9]\d{0,5})[${delimiter}][ \t]+(\S.*)$`, "su");
}

/** A line that ends a sentence: a note above it is finished. */
export const SENTENCE_END = /[.!?…)\]"”»’]$/u;

/** A note line as copied with its superscript number: "¹ text", "¹²Text". */
const SUPERSCRIPT_LINE = /^ {0,3}([¹²³⁴⁵⁶⁷⁸⁹][⁰¹²³⁴⁵⁶⁷⁸⁹]{0,5})[ \t]*(\S.*)$/su;

const superscriptFigures = "⁰¹²³⁴⁵⁶⁷⁸⁹";

/** The number superscript figures write ("¹²" is 12). */
export function superscriptNumber(figures: string): number {
  return Number([...figures].map((figure) => String(superscriptFigures.indexOf(figure))).join(""));
}

/** Digits in the largest note number accepted. */
const MAX_NOTE_DIGITS = 6;

export interface LegacyNote {
  number: number;
  /** After `[n]`, trimmed, with wrapped lines joined by one space; a note's paragraphs apart by a blank line. */
  text: string;
  /** 1-based line of the `[n]` in the input. */
  line: number;
}

/** How the text calls its notes: `[1]`, or a superscript figure ¹. */
export type CallStyle = "bracket" | "superscript" | "caret";

export interface NoteList {
  calls: CallStyle;
  /** 0-based index of the list's first line; `lines.length` when the text has no list. */
  start: number;
  /** Where the body ends: the list's start, or the heading line above the list. */
  bodyEnd: number;
  /** 0-based first line of a block after the list (a signature), kept as the body's last paragraph. */
  after?: number;
  notes: LegacyNote[];
  diagnostics: Diagnostic[];
}

/**
 * A line that only names the note list, as legacy texts head it, in the languages the editions
 * speak: "Notes", "NOTES:", "Endnotes", "References", "Sources", "Anmerkungen", "Notas"…
 */
const NOTES_HEADING =
  /^\s*(?:notes?|end-?\s?notes|foot-?\s?notes|references|sources|works cited|anmerkungen|fu(?:ß|ss)noten|quellen|notas|referencias|fuentes|références|noten|bronnen|fonti|یادداشت‌ها|یادداشت ها|پی‌نوشت‌ها|پی‌نوشت|منابع|الحواشي|الهوامش|المراجع|المصادر)\s*:?\s*$/iu;

/** A rule of dashes, underscores, equals signs, asterisks or tildes, alone on its line. */
const SEPARATOR = /^\s*([-_=*~])(?:\s*\1){2,}\s*$/u;

/**
 * A notes heading, or a rule that sets the notes apart as one: under it the list may start
 * glued, and the line is no part of the body.
 */
function isNotesHeading(line: string): boolean {
  return NOTES_HEADING.test(line) || SEPARATOR.test(line);
}

/** Where the body ends above the heading at `index`: above the word too when the rule underlines it ("Notes" over "====="). */
function headingTop(lines: readonly string[], index: number, firstBodyIndex: number): number {
  return SEPARATOR.test(lines[index] ?? "") && index - 1 >= firstBodyIndex && NOTES_HEADING.test(lines[index - 1] ?? "") ? index - 1 : index;
}

export function isBlank(line: string): boolean {
  return line.trim() === "";
}

export function noteLineNumber(line: string): number | undefined {
  const match = NOTE_LINE.exec(line);
  return match ? Number(match[1]) : undefined;
}

/** The number as written on a note-shaped line that is not a valid note number. */
function malformedNumber(line: string): string | undefined {
  if (NOTE_LINE.test(line)) return undefined;
  return MALFORMED_NOTE_LINE.exec(line)?.[1];
}

function isNoteShaped(line: string): boolean {
  return noteLineNumber(line) !== undefined || malformedNumber(line) !== undefined;
}

/**
 * Lines before `firstBodyIndex` (title, byline) are never part of the list. A short last block
 * after the notes (a signature, "-- " and a name, a copyright line) would hide the list, which
 * must end the file: it is set aside as `after`, kept as the body's last paragraph.
 */
export function findNoteList(lines: readonly string[], firstBodyIndex: number, file: string): NoteList {
  const whole = findNoteListIn(lines, firstBodyIndex, file);
  if (whole.notes.length > 0) return whole;
  const after = trailingBlockStart(lines, firstBodyIndex);
  const before = after === undefined ? undefined : findNoteListIn(lines.slice(0, after), firstBodyIndex, file);
  if (after === undefined || before === undefined || before.notes.length === 0) return withUnreadHeading(whole, lines, firstBodyIndex, file);
  return {
    ...before,
    after,
    diagnostics: [
      ...before.diagnostics,
      { severity: "warning", code: "legacy-after-notes", message: `the lines after the note list are kept as the text's last ${paragraphCount(lines.slice(after)) > 1 ? "paragraphs" : "paragraph"}, before the notes`, location: { file, line: after + 1 } },
    ],
  };
}

/**
 * A note list the text holds above the one that ends it: a newsletter whose items each end in
 * "Notes" and a list numbered from 1 again. The importer reads only the last list, and every
 * item's calls would be given its notes: refused at the earlier heading's line, never guessed.
 * Only a heading in words over note-shaped lines counts; a rule is as often a section break.
 */
export function earlierNoteLists(lines: readonly string[], firstBodyIndex: number, bodyEnd: number, file: string): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (let index = firstBodyIndex; index < bodyEnd; index++) {
    if (!NOTES_HEADING.test(lines[index] ?? "")) continue;
    let next = index + 1;
    while (next < bodyEnd && isBlank(lines[next] ?? "")) next++;
    if (next >= bodyEnd || !isNoteShaped(lines[next] ?? "")) continue;
    found.push({
      severity: "error",
      code: "legacy-several-note-lists",
      message: `a note list ("${(lines[index] ?? "").trim()}") stands here, above the one that ends the text at line ${bodyEnd + 1}: the importer reads one list, and notes numbered again in each part would be attached to the wrong calls; import each part as a file of its own, or number the notes through and gather them at the end`,
      location: { file, line: index + 1 },
    });
  }
  return found;
}

/**
 * A notes heading over lines the importer cannot read as notes ("(1)" calls with "1)" notes,
 * "*" and "**"): they stay body text, which the author is told, with the heading's line.
 */
function withUnreadHeading(list: NoteList, lines: readonly string[], firstBodyIndex: number, file: string): NoteList {
  // Only a heading in words: a rule alone is as often a break between the text's sections.
  const heading = lines.findLastIndex((line, index) => index >= firstBodyIndex && NOTES_HEADING.test(line));
  if (heading < 0 || !lines.slice(heading + 1).some((line) => !isBlank(line))) return list;
  const message = `"${(lines[heading] ?? "").trim()}" heads no note list this importer reads: its lines stay body text, and no note is made; it reads calls written [1] (or ¹) over a list of [1], 1. or 1) lines (or ¹ lines)`;
  return { ...list, diagnostics: [...list.diagnostics, { severity: "warning", code: "legacy-notes-unread", message, location: { file, line: heading + 1 } }] };
}

/** Paragraphs in `lines`: runs of non-blank lines. */
function paragraphCount(lines: readonly string[]): number {
  return lines.filter((line, index) => !isBlank(line) && (index === 0 || isBlank(lines[index - 1] ?? ""))).length;
}

/** Where the text before `end` ends, blank lines passed over (no further up than `first`). */
function endOfText(lines: readonly string[], end: number, first: number): number {
  while (end > first && isBlank(lines[end - 1] ?? "")) end--;
  return end;
}

/** Where the paragraph that ends at `end` starts (no further up than `first`). */
function paragraphStart(lines: readonly string[], end: number, first: number): number {
  let start = end;
  while (start > first && !isBlank(lines[start - 1] ?? "")) start--;
  return start;
}

/** Most lines a block after the notes may have: a signature or a copyright, not an article. */
const MAX_AFTER_NOTES_LINES = 6;

/** Most paragraphs a block after the notes may have (an author's note of two or three). */
const MAX_AFTER_NOTES_PARAGRAPHS = 3;

/**
 * Where the last paragraphs start (at most three, of six lines in all), when a note line's
 * paragraph stands right above them and none is a note itself.
 */
function trailingBlockStart(lines: readonly string[], firstBodyIndex: number): number | undefined {
  const holdsNote = (from: number, to: number): boolean => lines.slice(from, to).some((line) => isNoteShaped(line) || NUMBERED_LINE.test(line) || SUPERSCRIPT_LINE.test(line));
  let end = lines.length;
  let lineCount = 0;
  for (let paragraphs = 0; paragraphs < MAX_AFTER_NOTES_PARAGRAPHS; paragraphs++) {
    end = endOfText(lines, end, firstBodyIndex);
    const start = paragraphStart(lines, end, firstBodyIndex);
    lineCount += end - start;
    if (start <= firstBodyIndex || start === end || lineCount > MAX_AFTER_NOTES_LINES || holdsNote(start, end)) return undefined;
    // The paragraph above: a note's, and the block starts here.
    const above = endOfText(lines, start, firstBodyIndex);
    if (holdsNote(paragraphStart(lines, above, firstBodyIndex), above)) return start;
    end = start;
  }
  return undefined;
}

function findNoteListIn(lines: readonly string[], firstBodyIndex: number, file: string): NoteList {
  const start = chooseListStart(lines, firstBodyIndex);
  if (start === undefined) {
    return (
      listUnderHeading(lines, firstBodyIndex, file, numberedList) ??
      listUnderHeading(lines, firstBodyIndex, file, superscriptList) ??
      listUnderHeading(lines, firstBodyIndex, file, caretList) ?? { calls: "bracket", start: lines.length, bodyEnd: lines.length, notes: [], diagnostics: [] }
    );
  }
  const { notes, malformed } = parseNotes(lines, start, NOTE_LINE, malformedNumber);
  let above = start - 1;
  while (above >= firstBodyIndex && isBlank(lines[above] ?? "")) above--;
  const bodyEnd = above >= firstBodyIndex && isNotesHeading(lines[above] ?? "") ? headingTop(lines, above, firstBodyIndex) : start;
  return { calls: "bracket", start, bodyEnd, notes, diagnostics: [...checkNotes(notes, file), ...checkMalformed(malformed, notes, file)] };
}

/** An indented line, or one glued under a non-blank line (from `first` on), continues the note above it. */
function continuesNote(lines: readonly string[], index: number, first: number): boolean {
  return /^\s/u.test(lines[index] ?? "") || (index > first && !isBlank(lines[index - 1] ?? ""));
}

/** Most paragraphs a note may hold after its first, unindented, before the next note. */
const MAX_NOTE_PARAGRAPHS = 3;

/**
 * First lines of paragraphs, not indented, that stand between note n and note n + 1: a note
 * of several paragraphs, as a plain text writes one. They belong to note n.
 */
function paragraphsBetweenNotes(lines: readonly string[], firstBodyIndex: number): Set<number> {
  const found = new Set<number>();
  let previous: number | undefined;
  let pending: number[] = [];
  for (let i = firstBodyIndex; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const number = noteLineNumber(line);
    if (number !== undefined) {
      if (previous !== undefined && number === previous + 1 && pending.length <= MAX_NOTE_PARAGRAPHS) pending.forEach((index) => found.add(index));
      previous = number;
      pending = [];
    } else if (!isBlank(line) && !continuesNote(lines, i, firstBodyIndex)) pending.push(i);
  }
  return found;
}

function chooseListStart(lines: readonly string[], firstBodyIndex: number): number | undefined {
  // A line can sit in the list when it is blank, a note, indented, or glued under a non-blank
  // line. The list cannot reach back past the last line that fails this.
  let lastMisfit = firstBodyIndex - 1;
  const between = paragraphsBetweenNotes(lines, firstBodyIndex);
  for (let i = firstBodyIndex; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const fits = isBlank(line) || isNoteShaped(line) || continuesNote(lines, i, firstBodyIndex) || between.has(i);
    if (!fits) lastMisfit = i;
  }

  // The list opens a paragraph: a `[n]` glued under body text is that paragraph's text.
  const candidates: Array<{ index: number; number: number }> = [];
  for (let i = lastMisfit + 1; i < lines.length; i++) {
    const line = lines[i] ?? "";
    // A malformed number counts as 0: it can begin the list, but a `[1]` is preferred.
    const number = noteLineNumber(line) ?? (malformedNumber(line) === undefined ? undefined : 0);
    const opensParagraph = i === firstBodyIndex || isBlank(lines[i - 1] ?? "") || isNotesHeading(lines[i - 1] ?? "");
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
  if (chosen === undefined) return undefined;
  // Malformed notes (`[0]`, `[01]`) opening paragraphs just before the chosen start are in the list.
  let start = chosen.index;
  for (let i = chosen.index - 1; i > lastMisfit; i--) {
    const line = lines[i] ?? "";
    if (isBlank(line)) continue;
    const opensParagraph = i === firstBodyIndex || isBlank(lines[i - 1] ?? "");
    if (malformedNumber(line) !== undefined && opensParagraph) start = i;
    else if (noteLineNumber(line) !== undefined) break;
  }
  return start;
}

/** A list shape found under a notes heading: its lines, its first number as written, the call the text must hold. */
interface HeadedList {
  line: RegExp;
  first: string;
  call: string;
  calls: CallStyle;
  numberOf: (written: string) => number;
}

const numberedList: HeadedList = { line: NUMBERED_LINE, first: "1", call: "[1]", calls: "bracket", numberOf: Number };
const superscriptList: HeadedList = { line: SUPERSCRIPT_LINE, first: "¹", call: "¹", calls: "superscript", numberOf: superscriptNumber };

/** Notes called `^1` in the text, listed "1 text" (or "1. text") under a notes heading. */
const CARET_LIST_LINE = /^ {0,3}([1-9]\d{0,5})[.)]?[ \t]+(\S.*)$/su;
const caretList: HeadedList = { line: CARET_LIST_LINE, first: "1", call: "^1", calls: "caret", numberOf: Number };

/**
 * The notes of a text whose list is numbered "1." or "1)", or with superscript figures: the
 * lines after the last notes heading, when each is such a line or continues one, the first is
 * numbered 1, and the text above calls 1 the same way.
 */
function listUnderHeading(lines: readonly string[], firstBodyIndex: number, file: string, shape: HeadedList): NoteList | undefined {
  const heading = lines.findLastIndex((line, index) => index >= firstBodyIndex && isNotesHeading(line));
  if (heading < 0) return undefined;
  let start = heading + 1;
  while (start < lines.length && isBlank(lines[start] ?? "")) start++;
  if (shape.line.exec(lines[start] ?? "")?.[1] !== shape.first) return undefined;
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (!isBlank(line) && !shape.line.test(line) && !continuesNote(lines, i, start)) return undefined;
  }
  const bodyLines = lines.slice(firstBodyIndex, heading);
  if (!bodyLines.some((line) => line.includes(shape.call))) return undefined;
  const noteLine = shape === numberedList ? numberedLineIn(lines[start] ?? "") : shape.line;
  const called = shape === numberedList ? bracketCalls(bodyLines.join("\n")) : undefined;
  // A wrapped line that opens with a number ("3. Aufl., 1990.", the edition of the work cited
  // above) continues its note when the note above it is unfinished and no call names that number.
  const continuesUnfinished = called && ((number: number, above: string) => !called.has(number) && !SENTENCE_END.test(above.trim()));
  // Such a list has no malformed shape of its own: a line that is not numbered continues a note.
  const { notes } = parseNotes(lines, start, noteLine, () => undefined, shape.numberOf, continuesUnfinished);
  return { calls: shape.calls, start, bodyEnd: headingTop(lines, heading, firstBodyIndex), notes, diagnostics: checkNotes(notes, file) };
}

interface MalformedNote {
  /** As written between the brackets. */
  written: string;
  line: number;
}

/** What stands between a note's paragraphs in LegacyNote.text. */
export const noteParagraphBreak = "\n\n";

/** A note's lines: wrapped lines joined by one space, its paragraphs apart by a blank line. */
function noteText(parts: readonly string[]): string {
  const paragraphs: string[][] = [[]];
  for (const part of parts) {
    if (part === noteParagraphBreak) paragraphs.push([]);
    else if (part !== "") paragraphs[paragraphs.length - 1]?.push(part);
  }
  return paragraphs
    .map((paragraph) => paragraph.join(" "))
    .filter((paragraph) => paragraph !== "")
    .join(noteParagraphBreak);
}

/** `noteLine` matches a note's first line (its number, then its text), `numberOf` reads that number; `malformedOf` reads a note-shaped line's unusable number. */
function parseNotes(
  lines: readonly string[],
  start: number,
  noteLine: RegExp,
  malformedOf: (line: string) => string | undefined,
  numberOf: (written: string) => number = Number,
  continuesUnfinished?: (number: number, above: string) => boolean,
): { notes: LegacyNote[]; malformed: MalformedNote[] } {
  const notes: Array<{ number: number; line: number; parts: string[] }> = [];
  const malformed: MalformedNote[] = [];
  // A wrapped line of a note may open with a bracketed year or page ("[1998] session"): glued
  // under a note, with a number further past that note's than the list has note lines, it is
  // no note of the list.
  const noteLines = lines.slice(start).filter((line) => noteLine.test(line)).length;
  // Continuation lines of a malformed note go nowhere: that note is an error anyway.
  let current: { number?: number; parts: string[] } | undefined;
  for (let i = start; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (isBlank(line)) continue;
    const match = noteLine.exec(line);
    const written = malformedOf(line);
    const glued = match !== null && current?.number !== undefined && !isBlank(lines[i - 1] ?? "");
    const number = numberOf(match?.[1] ?? "");
    const wrapped = glued && (number > (current?.number ?? 0) + noteLines || continuesUnfinished?.(number, lines[i - 1] ?? "") === true);
    if (match && !wrapped) {
      const note = { number, line: i + 1, parts: [(match[2] ?? "").trim()] };
      notes.push(note);
      current = note;
    } else if (written !== undefined) {
      malformed.push({ written, line: i + 1 });
      current = { parts: [] };
    } else {
      // After a blank line, a paragraph of the note's own: kept as one, not run into the last.
      if (isBlank(lines[i - 1] ?? "") && current?.parts.length) current.parts.push(noteParagraphBreak);
      current?.parts.push(line.trim());
    }
  }
  return {
    notes: notes.map(({ number, line, parts }) => ({ number, line, text: noteText(parts) })),
    malformed,
  };
}

function checkMalformed(malformed: readonly MalformedNote[], notes: readonly LegacyNote[], file: string): Diagnostic[] {
  return malformed.map(({ written, line }) => {
    const digits = written.replace(/^[+-]/u, "");
    const value = digits.replace(/^0+/u, "");
    let message: string;
    if (value === "" || written.startsWith("-")) {
      message = `note number [${written}] is not a positive whole number; notes are numbered from [1]`;
    } else if (value.length > MAX_NOTE_DIGITS) {
      message = `note number [${written}] is too large: a note number has at most ${MAX_NOTE_DIGITS} digits`;
    } else {
      const same = notes.find((note) => String(note.number) === value);
      const repeat = same ? `: it repeats note [${value}] (line ${same.line})` : `; write [${value}]`;
      message = `note number [${written}] has ${written.startsWith("+") ? "a sign" : "a leading zero"}${repeat}`;
    }
    return { severity: "error" as const, code: "legacy-bad-note-number", message, location: { file, line } };
  });
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
