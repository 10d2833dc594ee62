/**
 * Checks the finished layout against the article before a PDF is written: every note printed
 * exactly once, in the note area, starting on the page of its first call; every call present;
 * every block's text printed once, neither doubled nor lost at a page break; no line of text
 * pushed past a page's edge, no note line run below the page's text area. Paged.js has known
 * failures here (notes lost in long books, a note pushed past its call, text repeated after a
 * break), and a wrong page is worse than no PDF.
 */
import type { Article } from "../../document/article.ts";
import { RenderError } from "../../errors.ts";
import { noteIds } from "../../markdown/note-renderer.ts";
import { printedNumber } from "../../markdown/footnote-types.ts";
import { fileOfNote, fileOfToken } from "../../document/source-file.ts";
import type { LayoutReport } from "./browser-scripts.ts";

interface Problem {
  message: string;
  line?: number;
  /** The file the line is in, when not the article's own (a book's chapter). */
  file?: string;
}

/** Every placement problem found, in note order; empty when the layout is right. */
export function notePlacementProblems(article: Article, report: LayoutReport): Problem[] {
  const problems: Problem[] = [];
  const known = new Set(article.notes.notes.map((note) => note.number));
  // Endnotes are set in the text after the calls, not in a page's note area: only their calls are checked here.
  const endnotes = article.meta.notePlacement !== "footnotes";
  for (const note of article.notes.notes) {
    const line = note.calls[0]?.line ?? note.line;
    const file = fileOfNote(article, note.number);
    if (endnotes) {
      const seen = report.calls.filter((candidate) => candidate.number === note.number).length;
      if (seen !== note.calls.length) problems.push({ file, line, message: `note ${note.number} has ${note.calls.length} call(s) in the article but ${seen} in the layout` });
      continue;
    }
    const fragments = report.notes.filter((fragment) => fragment.number === note.number);
    const starts = fragments.filter((fragment) => !fragment.continued);
    const call = report.calls.find((candidate) => candidate.id === noteIds.call(note.number, 0));
    const stranded = fragments.find((fragment) => !fragment.inNoteArea);
    if (stranded) {
      problems.push({ file, line, message: `note ${note.number} was left in the running text on page ${stranded.page} instead of the foot of the page` });
    } else if (starts.length === 0) {
      problems.push({ file, line, message: `note ${note.number} is missing from the layout${call ? ` (its call is on page ${call.page})` : ""}` });
    } else if (starts.length > 1) {
      problems.push({ file, line, message: `note ${note.number} is printed ${starts.length} times (pages ${starts.map((s) => s.page).join(", ")})` });
    } else if (!call) {
      problems.push({ file, line, message: `the call of note ${note.number} is missing from the layout` });
    } else if (starts[0] && starts[0].page !== call.page && !heldOverBehindLongNote(report, note.number, call.page, starts[0].page)) {
      const where = starts[0].page > call.page ? "after" : "before";
      problems.push({ file, line, message: `note ${printedNumber(note)} was moved to ${pageName(report, starts[0].page)}, ${where} its call on ${pageName(report, call.page)}` });
    }
    const callsSeen = report.calls.filter((candidate) => candidate.number === note.number).length;
    if (callsSeen !== note.calls.length) {
      problems.push({ file, line, message: `note ${note.number} has ${note.calls.length} call(s) in the article but ${callsSeen} in the layout` });
    }
  }
  for (const number of new Set(report.notes.map((fragment) => fragment.number))) {
    if (!known.has(number)) problems.push({ message: `the layout holds a note ${number} the article does not have` });
  }
  return problems;
}

/**
 * A page that keeps no more than this many lines of its text empty at its foot, for a note whose
 * call then moved on, is set as TeX sets it: when not even the first line of a note fits under
 * its call, the call's line goes to the next page with the note, and the room that was too small
 * for the note's first line (its rule and margins, a line) stays empty, with the lines orphans
 * and widows move with the call's. A page left emptier than that lost its text for some other
 * reason, and is worth the author's look.
 */
export const shortPageLines = 4;

/**
 * Pages Paged.js left partly empty, each with the note it held over: the first whose call opens
 * the next page, too long for the room left, so that the author can find it and shorten it or
 * move the call.
 */
export function emptyNoteAreaWarnings(article: Article, report: LayoutReport): Problem[] {
  const emptier = report.emptyNoteAreas.filter((area) => area.lines > shortPageLines).map((area) => area.page);
  return emptier.map((page) => {
    const moved = report.calls.find((call) => call.page === page + 1 && !call.inNote);
    const note = moved === undefined ? undefined : article.notes.notes.find((candidate) => candidate.number === moved.number);
    if (!moved || !note) return { message: `${pageName(report, page)} is left partly empty: a note too long for the space left moved to the next page with its call` };
    return {
      file: fileOfNote(article, note.number),
      line: note.calls[0]?.line ?? note.line,
      message: `${pageName(report, page)} is left partly empty: note ${printedNumber(note)}, too long for the space left under its call, moved to the next page with the call`,
    };
  });
}

/**
 * A page as the author finds it in the PDF: by the folio it prints, with its place in the file
 * when the two differ (a book's pages after its roman-numbered front matter).
 */
function pageName(report: LayoutReport, page: number): string {
  const folio = report.pageStarts.find((entry) => entry.page === page)?.label;
  return folio && folio !== String(page) ? `page ${folio} (page ${page} of the PDF file)` : `page ${page}`;
}

/**
 * A note whose call stands on a page where an earlier note runs on to the next page follows
 * that note there, as TeX sets it: the earlier note, cut at the foot, must go on before any
 * other note, and the page had no room left below its first part. The note then opens the next
 * page's notes, right after the earlier note's remainder, where the reader's eye goes next; or
 * a later page's, when the earlier note is long enough to fill whole pages on the way. When the
 * remainder fills the foot of the next page to its last line, the note opens the page after it;
 * so too behind the rest of a note from an earlier page that fills the call's page to its foot.
 */
export function heldOverBehindLongNote(report: LayoutReport, number: number, callPage: number, startPage: number): boolean {
  if (startPage <= callPage) return false;
  const pagesBetween = Array.from({ length: startPage - callPage - 1 }, (_, index) => callPage + 1 + index);
  const earlierNumbers = new Set(report.notes.filter((fragment) => fragment.number < number && fragment.page === callPage).map((fragment) => fragment.number));
  return [...earlierNumbers].some((earlier) => {
    const pages = report.notes.filter((fragment) => fragment.number === earlier);
    const on = (page: number): boolean => pages.some((fragment) => fragment.page === page);
    // Cut at the foot of the call's page: it goes on after it, or is itself the rest of a note from before it.
    const cutThere = on(callPage + 1) || pages.some((fragment) => fragment.page === callPage && fragment.continued);
    return cutThere && pagesBetween.every(on) && (on(startPage) || on(startPage - 1));
  });
}

/** The file and line a block of the token stream was read from (a book's chapter file). */
function whereIs(article: Article, tokenIndex: number): Pick<Problem, "file" | "line"> {
  const map = article.tokens[tokenIndex]?.map;
  return { file: fileOfToken(article, tokenIndex), line: map ? map[0] + 1 + article.env.lineOffset : undefined };
}

/** Blocks whose text was printed twice or partly lost, with the source line of each. */
export function textProblems(article: Article, report: LayoutReport): Problem[] {
  return report.textMismatches.map(({ tokenIndex, expected, printed }) => {
    const what = printed > expected ? "printed partly twice" : "partly lost";
    return { ...whereIs(article, tokenIndex), message: `the text of this block was ${what} across a page break (${printed} visible characters printed, ${expected} in the source)` };
  });
}

/** Notes printed with part of their text lost or repeated (split across pages, clipped). */
export function noteTextProblems(article: Article, report: LayoutReport): Problem[] {
  return report.noteTextMismatches.map(({ number, expected, printed }) => {
    const note = article.notes.notes.find((candidate) => candidate.number === number);
    const what = printed > expected ? "partly printed twice" : "cut short";
    return { file: fileOfNote(article, number), line: note?.line, message: `note ${number} was ${what} (${printed} visible characters printed, ${expected} in the source)` };
  });
}

/** Pages whose last text went past the page's edge, unprinted (see print-runtime.js). */
export function textPastPageProblems(report: LayoutReport): Problem[] {
  return report.textPastPagePages.map((page) => ({ message: `the text at the foot of page ${page} does not fit beside its notes and would not be printed` }));
}

/** Figures printed much smaller than made, to fit above the rest of a long note: the author may move them. */
export function scaledFigureWarnings(article: Article, report: LayoutReport): Problem[] {
  return report.scaledFigures.map(({ tokenIndex, page, percent }) => {
    return { ...whereIs(article, tokenIndex), message: `this figure is printed at ${percent}% of its height on ${pageName(report, page)}, to fit above the rest of a long note; moving it after more text gives it room` };
  });
}

/** Figures cut in two across a page break: the picture drawn over the notes, or apart from its caption. */
export function splitFigureProblems(article: Article, report: LayoutReport): Problem[] {
  return report.splitFigures.map(({ tokenIndex, page }) => {
    return { ...whereIs(article, tokenIndex), message: `this figure is cut in two at the foot of ${pageName(report, page - 1)}: part of it is printed on ${pageName(report, page)}, apart from the rest` };
  });
}

/**
 * A page whose text stops this far above its foot (a share of the lines it holds), where neither
 * a chapter nor the text ends, is left partly empty. Less is what keeping blocks whole costs in
 * any layout: a heading kept with the lines after it, a table's caption with its first rows,
 * a call's line moved with its note.
 */
export const partlyEmptyShare = 0.25;

/** Pages left partly empty, named with the block that opens the next page and did not fit. */
export function blankFootWarnings(article: Article, report: LayoutReport): Problem[] {
  // A page named for the note whose call moved on is named once.
  const reported = new Set(report.emptyNoteAreas.filter((area) => area.lines > shortPageLines).map((area) => area.page));
  return report.blankFeet
    .filter(({ page, lines, pageLines }) => lines > pageLines * partlyEmptyShare && !reported.has(page))
    .map(({ page, lines, pageLines, next }) => {
      const empty = `${pageName(report, page)} is left partly empty (${Math.round(lines)} of its ${Math.round(pageLines)} lines)`;
      if (!next) return { message: empty };
      const what = next.kind === "block" ? "this block, which could not be split there," : `this ${next.kind}, too tall for the room left,`;
      return { ...whereIs(article, next.tokenIndex), message: `${empty}: ${what} opens ${pageName(report, page + 1)}` };
    });
}

/** Pages whose notes run below the page's text area, into the bottom margin (see print-runtime.js). */
export function notesPastPageProblems(report: LayoutReport): Problem[] {
  return report.notesPastPagePages.map((page) => ({ message: `the notes at the foot of page ${page} run below the page's text area, into its bottom margin` }));
}

/** A run of at least this many calls may call more notes than the foot of one page holds. */
const crowdedRun = 12;

/**
 * The longest run of calls in the body (calls with nothing but spaces between them), when it
 * has `crowdedRun` calls or more: its length and the line and file of its first call.
 */
export function longestCallRun(article: Article): { calls: number; line: number; file?: string } | undefined {
  let longest: { calls: number; line: number; file?: string } | undefined;
  let start: { line: number; number: number } | undefined;
  for (const call of article.notes.calls) {
    if (call.withinNote !== undefined) continue;
    if (!call.placeInRun) start = { line: call.line, number: call.number };
    const calls = (call.placeInRun ?? 0) + 1;
    if (start && calls >= crowdedRun && calls > (longest?.calls ?? 0)) longest = { calls, line: start.line, file: fileOfNote(article, start.number) };
  }
  return longest;
}

/**
 * The problem to report first: where the article has a run of many calls, Paged.js cannot set
 * all their notes at the foot of the page the run is on (it prints some twice, leaves others in
 * the text), and what the author can do is said instead of the first of its symptoms.
 */
function firstProblem(article: Article, problems: Problem[]): Problem | undefined {
  const first = problems[0];
  const run = first && /^note \d+ (is printed|was left in the running text|was moved|is missing|has \d+ call)/.test(first.message) ? longestCallRun(article) : undefined;
  if (!run) return first;
  return {
    line: run.line,
    file: run.file,
    message: `a run of ${run.calls} calls here calls more notes than the foot of a page can hold, and they cannot all be printed beside it (${first?.message}); print the notes at the end with \`notePlacement: endnotes\` in the front matter, or spread the calls through the text`,
  };
}

/** Most further problems listed under the first, each on a line of its own. */
const listedProblems = 5;

/** Throws a RenderError naming the article and the first problem, the others listed under it. */
export function assertLayoutSound(article: Article, report: LayoutReport): void {
  const problems = [...notePlacementProblems(article, report), ...noteTextProblems(article, report), ...textProblems(article, report), ...textPastPageProblems(report), ...notesPastPageProblems(report), ...splitFigureProblems(article, report)];
  const first = firstProblem(article, problems);
  if (!first) return;
  const others = problems.filter((problem) => problem.message !== first.message || problem.line !== first.line);
  const where = (problem: Problem): string => (problem.line === undefined ? "" : `${problem.file ?? article.sourcePath}:${problem.line}: `);
  const more =
    others.length === 0
      ? ""
      : `\n${others.slice(0, listedProblems).map((problem) => `  also ${where(problem)}${problem.message}`).join("\n")}${others.length > listedProblems ? `\n  and ${others.length - listedProblems} more` : ""}`;
  throw new RenderError(`print edition: ${first.message}${more}`, {
    code: "print-layout",
    location: { file: first.file ?? article.sourcePath, line: first.line },
  });
}
