/**
 * Rewriting legacy note calls `[n]` (or `^n`, or superscript figures ¹, in text copied from a word
 * processor or a PDF) in body lines into markdown-it-footnote calls `[^n]`,
 * checking them against the note list, and escaping the text around them so that it shows
 * exactly as typed (escape-markdown.ts).
 */

import type { Diagnostic } from "../errors.ts";
import { EscapeError, escapeMarkdownLine, type LinePiece } from "./escape-markdown.ts";
import { calledNumbers, callGroup } from "./legacy-call-groups.ts";
import { superscriptNumber, type CallStyle } from "./legacy-notes-list.ts";

/**
 * The horizontal space before a call is captured so it can be dropped: the call belongs to the
 * text it follows. `\[1]` is the author saying "not a call"; it is shown as typed, backslash too.
 */
const CALL = new RegExp(String.raw`(?<!\\)([ \t\u00A0\u202F]*)\[(${callGroup})\]`, "gu");


/** Superscript figures not glued to other figures (10⁶ is a power, not note 6). */
const SUPERSCRIPT_CALL = /(?<![0-9⁰¹²³⁴⁵⁶⁷⁸⁹])()([¹²³⁴⁵⁶⁷⁸⁹][⁰¹²³⁴⁵⁶⁷⁸⁹]{0,5})(?![0-9⁰¹²³⁴⁵⁶⁷⁸⁹])/gu;

/**
 * A call written with a caret, as plain-text mail writes a superscript (`there.^1`); not after a
 * figure (`10^6` is a power).
 */
const CARET_CALL = /(?<![0-9])()\^([1-9]\d{0,5})(?![0-9])/gu;

/** A measure's unit just before a superscript (5 km², 20 m³): the figure is the unit's power. */
const UNIT_BEFORE = /(?:^|[\s(])\d+(?:[.,]\d+)?\s?[\p{L}µ]{1,3}$/u;

/**
 * A call glued to what follows needs a space before a word, a number or an opening bracket or
 * quote. Straight quotes and `*` are left alone: they may as well be closing as opening, and `[`
 * is left alone so consecutive calls `[^2][^3]` stay together.
 */
const STARTS_WORD = /^(?!\[)[\p{L}\p{N}\p{Ps}\p{Pi}]/u;

/**
 * An undefined `[n]` is reported as a call missing its note only when n could continue the
 * list (the last note or two lost in copying); `[2012]` or `[45]` after 11 notes is a year or
 * an editorial bracket and stays silent.
 */
const MISSING_NOTE_SLACK = 5;

export interface BodyLine {
  text: string;
  /** 1-based line in the input. */
  line: number;
}

/** A call in a line: where it starts (with the space before it, which is dropped) and ends. */
interface Call {
  start: number;
  end: number;
  /** More than one for notes called together. */
  numbers: number[];
}

export interface RewrittenCalls {
  lines: string[];
  /** Defined numbers that at least one call uses. */
  called: Set<number>;
  diagnostics: Diagnostic[];
}

export function rewriteCalls(body: readonly BodyLine[], defined: ReadonlySet<number>, file: string, style: CallStyle = "bracket"): RewrittenCalls {
  const diagnostics: Diagnostic[] = [];
  const firstCalls: Array<{ number: number; line: number }> = [];
  const called = new Set<number>();
  let highestDefined = 0;
  for (const number of defined) highestDefined = Math.max(highestDefined, number);

  const lines = body.map(({ text, line }) => {
    // Spaces and tabs around a line would make a code block or a hard break; a reader never sees them.
    const trimmed = text.replace(/^[ \t]+|[ \t]+$/gu, "");
    if (trimmed.trim() === "") return "";
    const calls: Call[] = [];
    const superscript = style === "superscript";
    const bracket = style === "bracket";
    for (const match of trimmed.matchAll(superscript ? SUPERSCRIPT_CALL : bracket ? CALL : CARET_CALL)) {
      const written = match[2] ?? "";
      if (superscript && UNIT_BEFORE.test(trimmed.slice(0, match.index))) continue;
      const group = bracket ? calledNumbers(written) : undefined;
      if (group !== undefined && group.length > 1) {
        const missing = group.filter((number) => !defined.has(number));
        if (missing.length > 0) {
          // A range of years or pages is text; a group that names some notes lacks the others.
          if (missing.length < group.length) {
            diagnostics.push({ severity: "error", code: "legacy-missing-note", message: `note call [${written}] names ${missing.map((number) => `[${number}]`).join(", ")}, which the note list lacks`, location: { file, line } });
          }
          continue;
        }
        for (const number of group) {
          if (!called.has(number)) {
            called.add(number);
            firstCalls.push({ number, line });
          }
        }
        calls.push({ start: match.index, end: match.index + match[0].length, numbers: group });
        continue;
      }
      const number = superscript ? superscriptNumber(written) : Number(written);
      if (!defined.has(number)) {
        if (number <= highestDefined + MISSING_NOTE_SLACK) {
          diagnostics.push({
            // A superscript may be a power or an ordinal as well as a call: it is left as typed, and said so.
            severity: bracket ? "error" : "warning",
            code: "legacy-missing-note",
            message: bracket ? `note call [${number}] has no note in the note list` : `${superscript ? "superscript " : "^"}${written} has no note ${number} in the note list; it is left as typed`,
            location: { file, line },
          });
        }
        continue;
      }
      if (!called.has(number)) {
        called.add(number);
        firstCalls.push({ number, line });
      }
      // The space before the call is dropped: the call belongs to the text it follows.
      calls.push({ start: match.index, end: match.index + match[0].length, numbers: [number] });
    }
    try {
      return writeLine(trimmed, calls);
    } catch (error) {
      if (!(error instanceof EscapeError)) throw error;
      diagnostics.push({ severity: "error", code: "legacy-unescapable", message: error.message, location: { file, line } });
      return "";
    }
  });

  diagnostics.push(...orderWarnings(firstCalls, file));
  return { lines, called, diagnostics };
}

/**
 * The line as Markdown: its text escaped so it shows exactly, each call written `[^n]`. A call
 * glued to the next word gets a space; a `:` right after a call is escaped (opening a line,
 * `[^1]:` would be a note definition).
 */
function writeLine(text: string, calls: readonly Call[]): string {
  const pieces: LinePiece[] = [];
  let position = 0;
  for (const call of calls) {
    pieces.push(text.slice(position, call.start), ...call.numbers.map((number) => ({ call: number })));
    position = call.end;
    if (STARTS_WORD.test(text.slice(position))) pieces.push(" ");
  }
  pieces.push(text.slice(position));
  return escapeMarkdownLine(pieces);
}

/** One warning per call that comes before a smaller number's first call: the smallest such. */
function orderWarnings(firstCalls: ReadonlyArray<{ number: number; line: number }>, file: string): Diagnostic[] {
  const warnings: Diagnostic[] = [];
  let smallestLater = Infinity;
  for (let i = firstCalls.length - 1; i >= 0; i--) {
    const call = firstCalls[i];
    if (!call) continue;
    if (smallestLater < call.number) {
      warnings.push({
        severity: "warning",
        code: "legacy-call-order",
        message: `note call [${call.number}] appears before [${smallestLater}]`,
        location: { file, line: call.line },
      });
    }
    smallestLater = Math.min(smallestLater, call.number);
  }
  return warnings.reverse();
}
