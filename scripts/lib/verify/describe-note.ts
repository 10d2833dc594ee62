/**
 * Turns what was found for one note in one edition into the lines a person reads:
 *   note 7: PDF shows 8 on page 3
 *   note 4: missing from the web edition
 *   note 2: the EPUB prints "…" where the source has "…"
 *   note 5: PDF places it on page 4, after its call on page 3
 * A note renumbered consistently (its calls and the note show the same wrong number) gets
 * one line; otherwise each call or note showing a wrong number gets its own.
 */
import { backlinkProblems, callLinkProblems } from "./describe-links.ts";
import { editionNames, type EditionKind, type FollowedLink, type Mismatch } from "./edition-types.ts";

export interface CallOutcome {
  /** True when the edition has no call for this occurrence. */
  missing: boolean;
  /** PDF: the call stands alone on a line. */
  detached?: boolean;
  shown?: number | null;
  page?: number;
  target?: number | null;
  link?: FollowedLink;
}

export interface NoteOutcome {
  /** The note's place in the work's sequence (its identity). */
  note: number;
  /** The number the source says every edition prints (differs from `note` in a book numbered per chapter); defaults to `note`. */
  printed?: number;
  /** One per call of the note in the source, by occurrence. */
  calls: CallOutcome[];
  /** The number the edition prints on the note; undefined when the note is missing. */
  shown?: number | null;
  page?: number;
  /** Position among the edition's notes in reading order. */
  readingIndex?: number;
  /**
   * PDF: the earlier note, cut at the foot of its call's page, that this note follows onto the
   * next page (TeX's rule: no note goes before the rest of a cut one). Its page is then right.
   */
  heldOverBehind?: number;
  textOk: boolean;
  /** Where the note's links back to the text lead (web, EPUB). */
  backlinks?: FollowedLink[];
  /** The edition's text, normalised, when it differs. */
  text?: string;
  expectedText?: string;
}

/** `printedAfter`: a higher-numbered note the edition prints before this one. */
export function describeNote(outcome: NoteOutcome, kind: EditionKind, printedAfter?: number): Mismatch[] {
  const name = editionNames[kind];
  // `n` is what the edition must print; `id` which note of the work this is.
  const id = outcome.note;
  const n = outcome.printed ?? id;
  const label = n === id ? `note ${n}` : `note ${n} (the book's note ${id})`;
  const lines: Mismatch[] = [];
  const add = (mismatchKind: Mismatch["kind"], text: string): void => {
    lines.push({ note: id, edition: kind, kind: mismatchKind, message: `${label}: ${text}` });
  };
  const noteMissing = outcome.shown === undefined;
  const present = outcome.calls.map((call, occurrence) => ({ ...call, occurrence })).filter((call) => !call.missing);

  const wrong = [
    ...present.filter((call) => call.shown !== n).map((call) => ({ what: `${ordinal(call.occurrence)}call`, shown: call.shown ?? null, page: call.page })),
    ...(noteMissing || outcome.shown === n ? [] : [{ what: "note", shown: outcome.shown ?? null, page: outcome.page }]),
  ];
  const consistent = wrong.length > 0 && wrong.length === present.length + (noteMissing ? 0 : 1) && wrong.every((w) => w.shown === wrong[0]?.shown);
  if (consistent) {
    add("number", `${name} shows ${shownLabel(wrong[0]?.shown ?? null)}${onPages(wrong.map((w) => w.page))}`);
  } else {
    for (const w of wrong) add("number", `${name} ${w.what} shows ${shownLabel(w.shown)}${onPage(w.page)}`);
  }

  if (noteMissing) {
    add("missing", `missing from the ${name}`);
  } else {
    for (const call of outcome.calls.map((c, occurrence) => ({ ...c, occurrence })).filter((c) => c.missing)) {
      add("call-missing", `${ordinal(call.occurrence)}call missing from the ${name}`);
    }
    if (!outcome.textOk) add("text", `the ${name} prints ${differingExcerpts(outcome.text ?? "", outcome.expectedText ?? "")}`);
  }

  for (const call of present) {
    if (call.detached) add("detached", `${name} prints its ${ordinal(call.occurrence)}call alone on a line${onPage(call.page)}, apart from its text`);
  }

  // A call whose note is missing links nowhere; "missing" already says so.
  for (const call of noteMissing ? [] : present) {
    const problems = callLinkProblems(n, { ...call, ordinal: ordinal(call.occurrence) });
    // The same number can stand on several notes (a book numbered per chapter): the link must open this one.
    const reached = call.link?.reaches === "note" ? call.link.index : undefined;
    if (!problems.length && call.shown === n && reached !== undefined && outcome.readingIndex !== undefined && reached !== outcome.readingIndex) {
      problems.push(`${ordinal(call.occurrence)}call links to another note ${n} (${call.link?.href ?? ""})`);
    }
    for (const problem of problems) add("link", `${name} ${problem}`);
  }
  for (const problem of backlinkProblems(id, outcome.shown ?? n, outcome.backlinks ?? [])) add("link", `${name} ${problem}`);

  const firstCall = outcome.calls[0];
  const pageWrong = !noteMissing && firstCall && !firstCall.missing && firstCall.page !== undefined && outcome.page !== undefined && firstCall.page !== outcome.page && outcome.heldOverBehind === undefined;
  if (pageWrong) {
    const relation = (outcome.page ?? 0) > (firstCall.page ?? 0) ? "after" : "before";
    add("page", `${name} places it on page ${outcome.page}, ${relation} its call on page ${firstCall.page}`);
  } else if (printedAfter !== undefined) {
    add("order", `${name} prints it after note ${printedAfter}`);
  }
  return lines;
}

/** "" for the first call, "2nd ", "3rd "... for later ones. */
function ordinal(occurrence: number): string {
  if (occurrence === 0) return "";
  const n = occurrence + 1;
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? "th" : ({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[n % 10] ?? "th";
  return `${n}${suffix} `;
}

function shownLabel(shown: number | null): string {
  return shown === null ? "no number" : String(shown);
}

export function onPage(page: number | undefined): string {
  return page === undefined ? "" : ` on page ${page}`;
}

function onPages(pages: Array<number | undefined>): string {
  const distinct = [...new Set(pages.filter((page): page is number => page !== undefined))].sort((a, b) => a - b);
  if (distinct.length <= 1) return onPage(distinct[0]);
  return ` on pages ${distinct.slice(0, -1).join(", ")} and ${distinct[distinct.length - 1]}`;
}

/** `"edition's text" vs "source's text"`, both cut to show where they first differ. */
function differingExcerpts(actual: string, expected: string, width = 60): string {
  let at = 0;
  while (at < actual.length && at < expected.length && actual[at] === expected[at]) at++;
  // Some context before the difference, starting on a word.
  let start = Math.max(0, at - 20);
  if (start > 0) start = Math.min(at, expected.indexOf(" ", start) + 1 || at);
  return `"${excerpt(actual, width, start)}" where the source has "${excerpt(expected, width, start)}"`;
}

export function excerpt(text: string, width = 60, start = 0): string {
  const head = start > 0 ? "…" : "";
  const body = text.slice(start, start + width);
  return `${head}${body}${start + width < text.length ? "…" : ""}`;
}
