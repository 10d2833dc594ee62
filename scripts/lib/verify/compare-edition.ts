/**
 * Compares one edition, as read back, with the footnote model: the same sequence of calls,
 * the same numbers with the same texts, nothing missing, nothing extra, links that open the
 * right note and backlinks that reach its calls, notes in order, and (PDF) every note
 * starting on the page of its first call.
 * Each difference becomes one line a person can act on (`note 7: PDF shows 8 on page 3`).
 */
import { printedNumber, type FootnoteModel, type NoteCall } from "../markdown/footnote-types.ts";
import { callsKeptWithText } from "../markdown/call-runs.ts";
import { alignSequences } from "./align-calls.ts";
import { editionNames, type EditionKind, type ExtractedCall, type ExtractedEdition, type Mismatch } from "./edition-types.ts";
import { matchNotes, type MatchKind } from "./match-notes.ts";
import { foldQuotes, foldRightToLeftRuns, joinPdfLines, normaliseText } from "./normalize-text.ts";
import { describeNote, excerpt, onPage, type CallOutcome, type NoteOutcome } from "./describe-note.ts";

export interface EditionComparison {
  kind: EditionKind;
  /** By source note number. */
  outcomes: Map<number, NoteOutcome>;
  mismatches: Mismatch[];
}

export interface CompareOptions {
  /** Endnotes are set after the text: a note's page is not its call's page. */
  endnotes?: boolean;
  /**
   * The document is set right to left. Its PDF's lines are read from the right
   * (pdf-logical-order.ts), but where Latin words, numbers, brackets and punctuation meet the
   * reading order cannot always be told from the glyphs' places: a note is compared by the
   * characters it holds, each as often as the source has it, whatever their order.
   */
  rightToLeft?: boolean;
}

/** The characters of a text, spaces and joiners aside, in a fixed order: what it holds, not how it is ordered. */
function characterBag(text: string): string {
  return [...text.normalize("NFKD").replace(/[\s\u200c-\u200f\u064b-\u065f\u0670]/gu, "").replace(/[()[\]{}«»<>]/gu, "()")].sort().join("");
}

export function compareEdition(model: FootnoteModel, edition: ExtractedEdition, options: CompareOptions = {}): EditionComparison {
  const name = editionNames[edition.kind];
  // In the PDF, right-to-left words are compared by their letters only (see foldRightToLeftRuns).
  const fold = edition.kind === "pdf" && options.rightToLeft ? (text: string): string => characterBag(foldQuotes(text)) : foldRightToLeftRuns;
  const comparable = (text: string): string => (edition.kind === "pdf" ? fold(text) : text);
  const expectedTexts = model.notes.map((note) => comparable(normaliseText(note.text)));
  const readRaw = (raw: string, expectedText: string): string => (edition.kind === "pdf" ? fold(joinPdfLines(raw, expectedText)) : normaliseText(raw));
  /** The note's text and its other readings (a table read cell by cell). */
  const readingsOf = (index: number): string[] => [edition.notes[index]?.text ?? "", ...(edition.notes[index]?.readings ?? [])];
  const readText = (index: number, expectedText: string): string => {
    const readings = readingsOf(index).map((raw) => readRaw(raw, expectedText));
    return readings.find((reading) => foldQuotes(reading) === foldQuotes(expectedText)) ?? readings[0] ?? "";
  };

  const outcomes = new Map<number, NoteOutcome>();
  for (const note of model.notes) outcomes.set(note.number, { note: note.number, printed: printedNumber(note), calls: note.calls.map((): CallOutcome => ({ missing: true })), textOk: false });

  const mismatches: Mismatch[] = [];
  /** The source note of each of the edition's calls that pairs with a call of the source. */
  const callOwners = new Map<ExtractedCall, number>();
  for (const { expected: call, shown, extra } of pairCalls(model, edition)) {
    if (extra) {
      mismatches.push({ edition: edition.kind, kind: "extra", message: `${name} shows an extra call ${extra.number ?? "(no number)"}${onPage(extra.page)}` });
      continue;
    }
    const outcome = call ? outcomes.get(call.number) : undefined;
    if (!call || !outcome || !shown) continue;
    callOwners.set(shown, call.number);
    // A call that opens its paragraph (a paragraph of calls only) has no word to stay with, one
    // after an image stays with the picture, which the text layer does not show, and the calls
    // of a long run past its first few may wrap to a line of their own (markdown/call-runs.ts).
    const detached = shown.detached && !call.opensParagraph && !call.followsImage && (call.placeInRun ?? 0) < callsKeptWithText;
    outcome.calls[call.occurrence] = { missing: false, shown: shown.number, page: shown.page, target: shown.target, link: shown.link, detached };
  }

  const expected = model.notes.map((note, e) => {
    const first = outcomes.get(note.number)?.calls[0];
    const callShows = first && !first.missing && first.shown !== printedNumber(note) ? first.shown : undefined;
    return { number: printedNumber(note), text: expectedTexts[e] ?? "", callShows };
  });
  // Texts without spaces and hyphens first: a cheap test that rules out most pairs before
  // the PDF's line ends are read against one expected text.
  const loose = (text: string): string => foldQuotes(text).replace(/[\s\-\u2010\u2011]/g, "");
  const looseShown = edition.notes.map((_note, index) => readingsOf(index).map((raw) => loose(comparable(normaliseText(raw)))));
  const looseExpected = expectedTexts.map(loose);
  // Straight and curly quotes read alike (see foldQuotes); messages still quote each text as printed.
  const sameText = (a: number, e: number): boolean => (looseShown[a] ?? []).includes(looseExpected[e] ?? "") && foldQuotes(readText(a, expectedTexts[e] ?? "")) === foldQuotes(expectedTexts[e] ?? "");
  const { matches, unmatched } = matchNotes(expected, edition.notes, sameText);

  model.notes.forEach((note, e) => {
    const match = matches.get(e);
    const outcome = outcomes.get(note.number);
    if (!match || !outcome) return;
    const shown = edition.notes[match.actual];
    outcome.shown = shown?.number ?? null;
    outcome.page = shown?.page;
    outcome.readingIndex = match.actual;
    outcome.backlinks = shown?.backlinks?.map((link) => {
      const reached = link.reaches === "call" && link.index !== undefined ? edition.calls[link.index] : undefined;
      const owner = reached ? callOwners.get(reached) : undefined;
      return owner === undefined ? link : { ...link, callOf: owner };
    });
    outcome.textOk = textMatched(match.kind);
    if (!outcome.textOk) outcome.text = readText(match.actual, expectedTexts[e] ?? "");
    outcome.expectedText = expectedTexts[e];
  });

  markHeldOver(outcomes, edition);
  for (const note of model.notes) {
    const outcome = outcomes.get(note.number);
    if (outcome) mismatches.push(...describeNote(options.endnotes ? { ...outcome, page: undefined } : outcome, edition.kind, precedingNote(outcome, outcomes)));
  }
  for (const index of unmatched) {
    const extra = edition.notes[index];
    if (!extra) continue;
    mismatches.push({
      edition: edition.kind,
      kind: "extra",
      message: `${name} shows an extra note ${extra.number ?? "(no number)"}${onPage(extra.page)}: "${excerpt(normaliseText(extra.text))}"`,
    });
  }
  return { kind: edition.kind, outcomes, mismatches };
}

/**
 * A note printed on a page after its call's, right behind an earlier note that was cut at the
 * foot of that page and goes on to this one, or ends at the foot of the page before it
 * (layout-checks.ts, heldOverBehindLongNote): the earlier note starts on or before the call's
 * page, and the note read just before this one in the PDF is that note or another held over
 * behind it.
 */
function markHeldOver(outcomes: ReadonlyMap<number, NoteOutcome>, edition: ExtractedEdition): void {
  for (const outcome of outcomes.values()) {
    const callPage = outcome.calls[0]?.page;
    const index = outcome.readingIndex;
    if (callPage === undefined || outcome.page === undefined || outcome.page <= callPage || index === undefined) continue;
    for (let before = index - 1; before >= 0; before--) {
      const earlier = edition.notes[before];
      if (!earlier || earlier.page === undefined) break;
      if (earlier.page === outcome.page && earlier.lastPage === undefined) continue;
      // The earlier note goes on to this page, or filled the foot of the page before to its last
      // line: a page after the call's, or the call's own when it came there from an earlier page.
      const endsOnOrJustBefore = earlier.lastPage === outcome.page || (earlier.lastPage === outcome.page - 1 && (earlier.lastPage > callPage || earlier.page < callPage));
      if (earlier.page <= callPage && endsOnOrJustBefore) outcome.heldOverBehind = earlier.number ?? undefined;
      break;
    }
  }
}

/**
 * Calls in the body are compared in reading order; calls inside notes separately, note by
 * note, since each edition sets a note's text in its own place (at the foot of the page, in
 * a list at the end, in an aside after the paragraph).
 */
function pairCalls(model: FootnoteModel, edition: ExtractedEdition): Array<{ expected?: NoteCall; shown?: ExtractedCall; extra?: ExtractedCall }> {
  const modelBody = model.calls.filter((call) => call.withinNote === undefined);
  const modelInNotes = model.calls.filter((call) => call.withinNote !== undefined).sort((a, b) => (a.withinNote ?? 0) - (b.withinNote ?? 0));
  const groups: Array<[NoteCall[], ExtractedCall[]]> = [
    [modelBody, edition.calls.filter((call) => !call.inNote)],
    [modelInNotes, edition.calls.filter((call) => call.inNote)],
  ];
  return groups.flatMap(([expected, shown]) =>
    alignSequences(
      // Printed numbers, in reading order: a book numbered per chapter shows 1 in several chapters.
      expected.map((call) => printedNumber(call)),
      shown.map((call) => call.number),
    ).map((pair) => {
      const actual = pair.actual === undefined ? undefined : shown[pair.actual];
      if (pair.expected === undefined) return { extra: actual };
      return { expected: expected[pair.expected], shown: actual };
    }),
  );
}

function textMatched(kind: MatchKind): boolean {
  return kind === "exact" || kind === "renumbered" || kind === "moved-text";
}

/** The highest-numbered note printed before this one, when that number is higher (notes out of order). */
function precedingNote(outcome: NoteOutcome, outcomes: Map<number, NoteOutcome>): number | undefined {
  if (outcome.readingIndex === undefined) return undefined;
  let before: number | undefined;
  for (const other of outcomes.values()) {
    if (other.readingIndex === undefined || other.readingIndex >= outcome.readingIndex || other.note <= outcome.note) continue;
    before = Math.max(before ?? 0, other.note);
  }
  return before;
}

