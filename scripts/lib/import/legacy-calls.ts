/**
 * Rewriting legacy note calls `[n]` in body lines into markdown-it-footnote calls `[^n]`,
 * and checking them against the note list.
 */

import type { Diagnostic } from "../errors.ts";

/**
 * The horizontal space before a call is captured so it can be dropped: the call belongs to the
 * text it follows. A backslash-escaped `\[1]` is the author saying "not a call".
 */
const CALL = /(?<!\\)([ \t\u00A0\u202F]*)\[([1-9]\d{0,5})\]/gu;

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

export interface RewrittenCalls {
  lines: string[];
  /** Defined numbers that at least one call uses. */
  called: Set<number>;
  diagnostics: Diagnostic[];
}

export function rewriteCalls(body: readonly BodyLine[], defined: ReadonlySet<number>, file: string): RewrittenCalls {
  const diagnostics: Diagnostic[] = [];
  const firstCalls: Array<{ number: number; line: number }> = [];
  const called = new Set<number>();
  let highestDefined = 0;
  for (const number of defined) highestDefined = Math.max(highestDefined, number);

  const lines = body.map(({ text, line }) =>
    text.replace(CALL, (match: string, space: string, digits: string, offset: number) => {
      const number = Number(digits);
      if (!defined.has(number)) {
        if (number <= highestDefined + MISSING_NOTE_SLACK) {
          diagnostics.push({
            severity: "error",
            code: "legacy-missing-note",
            message: `note call [${number}] has no note in the note list`,
            location: { file, line },
          });
        }
        return match;
      }
      if (!called.has(number)) {
        called.add(number);
        firstCalls.push({ number, line });
      }
      // At the start of a line there is no text to attach to: keep the indentation as it is.
      const atLineStart = offset === 0;
      const after = text.slice(offset + match.length);
      // `[^n]:` opening a line would turn the call into a definition.
      const separator = STARTS_WORD.test(after) ? " " : atLineStart && after.startsWith(":") ? "\\" : "";
      return `${atLineStart ? space : ""}[^${number}]${separator}`;
    }),
  );

  diagnostics.push(...orderWarnings(firstCalls, file));
  return { lines, called, diagnostics };
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
