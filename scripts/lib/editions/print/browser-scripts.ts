/**
 * The browser-side code of the print renderer, kept as plain JavaScript files in ./browser/
 * and read as text: functions compiled by tsx carry `__name` helpers that do not exist in
 * the page, so nothing here is serialised from a TypeScript function.
 */
import { bodyTextRule } from "../body-text-rule.ts";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../../project-paths.ts";

const browserDir = join(projectRoot, "scripts", "lib", "editions", "print", "browser") + "/";

/** Path of the Paged.js configuration script served at /vendor/print-runtime.js. */
export const printRuntimePath = `${browserDir}print-runtime.js`;

/** Path of the script that starts Paged.js in the standalone print page opened in a browser. */
export const standaloneStartPath = `${browserDir}standalone-start.js`;

const sources = new Map<string, string>();

function functionSource(name: string): string {
  let source = sources.get(name);
  if (source === undefined) {
    source = readFileSync(`${browserDir}${name}`, "utf8").trim().replace(/;$/, "");
    sources.set(name, source);
  }
  return source;
}

export interface PageOptions {
  /** Hide finished pages during layout (faster on long documents). */
  hideFinishedPages: boolean;
  /** Wrap text nodes so Paged.js cannot mistake one for another (see print-runtime.js). */
  isolateTextNodes: boolean;
  /** The page is printed, never looked at: pages hidden during layout stay hidden on screen (see print-runtime.js). */
  printOnly?: boolean;
  /** Move the ranges Paged.js dropped out of the document after each page (default true; see print-runtime.js). */
  parkRanges?: boolean;
  /** Keep each run of note calls on the line of the character before it (default true; see print-runtime.js). */
  glueCalls?: boolean;
  /** How many calls of a run are kept on that line; the rest may wrap (markdown/call-runs.ts). */
  callsKeptWithText?: number;
}

/** Script for evaluateOnNewDocument: seeded Math.random, pinned clock, renderer options. */
export function fixedEnvironmentScript(seed: number, epochMs: number, options: PageOptions): string {
  return `(${functionSource("fixed-environment.js")})(${seed >>> 0}, ${epochMs}, ${JSON.stringify(options)});`;
}

/** Expression that reads the finished layout back (see browser/layout-report.js). */
export function layoutReportExpression(): string {
  return `(${functionSource("layout-report.js")})(${JSON.stringify(bodyTextRule)})`;
}

/** What layout-report.js returns. */
export interface LayoutReport {
  pageCount: number;
  /**
   * Pages left with space reserved for notes that moved on (Paged.js, a note longer than the space
   * left), with that space in lines of the page's text.
   */
  emptyNoteAreas: Array<{ page: number; lines: number }>;
  /**
   * Pages whose text left part of the foot empty, where neither a chapter nor the text ends:
   * the empty lines, the lines the page holds, and the block that opens the next page.
   */
  blankFeet: Array<{ page: number; lines: number; pageLines: number; next: { tokenIndex: number; kind: "figure" | "table" | "block" } | null }>;
  /** Pages whose last text was pushed past the page's edge, where nothing prints it (see print-runtime.js). */
  textPastPagePages: number[];
  /** Figures cut in two: where the part after the cut (the caption, or the rest of the picture) is. */
  splitFigures: Array<{ tokenIndex: number; page: number }>;
  /** Figures whose picture was printed under half its size, to fit above the rest of a note. */
  scaledFigures: Array<{ tokenIndex: number; page: number; percent: number }>;
  /** Pages whose last note line runs below the page's text area, into the bottom margin (see print-runtime.js). */
  notesPastPagePages: number[];
  pageStarts: Array<{ page: number; label?: string; start: { tokenIndex: number; textOffset: number } | null }>;
  calls: Array<{ number: number; id: string; page: number; inNote: boolean }>;
  notes: Array<{ number: number; page: number; continued: boolean; inNoteArea: boolean }>;
  /** False when Paged.js's copy of the source (its <template>) was not found: no text check. */
  sourceFound: boolean;
  /** Blocks whose printed text length differs from the source's: text printed twice or lost. */
  textMismatches: Array<{ tokenIndex: number; expected: number; printed: number }>;
  /** Notes printed (a missing note is reported by the note checks) with more or less text than the source. */
  noteTextMismatches: Array<{ number: number; expected: number; printed: number }>;
}

/** The address scheme internal links are printed with (see browser/internal-links.js). */
export const internalLinkScheme = "press-link:";

/** Where an internal link's target is: its page (0-based) and top left corner on it, in CSS px. */
export interface LinkTarget {
  page: number;
  x: number;
  y: number;
}

/** Each internal link's target by id, null when the id is on no page (see browser/internal-links.js). */
export type LinkTargets = Record<string, LinkTarget | null>;

/** Expression that prints internal links as leaving ones and returns their targets (see browser/internal-links.js). */
export function internalLinksExpression(): string {
  return `(${functionSource("internal-links.js")})(${JSON.stringify(internalLinkScheme)})`;
}
