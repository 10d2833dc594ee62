/**
 * The script a print page is given before it loads: a fixed clock and random seed (the same
 * article always lays out the same), and the runtime's layout options as the build lays out.
 * Each option may be turned off, for a test that shows what it is for.
 */
import { callsKeptWithText } from "../../markdown/call-runs.ts";
import { fixedEnvironmentScript } from "./browser-scripts.ts";

export interface LayoutOptions {
  /** Hide pages already laid out while Paged.js works (faster on long documents); default true. */
  hideFinishedPages?: boolean;
  /**
   * Give text nodes their own element before Paged.js runs (see browser/print-runtime.js);
   * default true. Only tests turn it off, to show the check it works around still fires.
   */
  isolateTextNodes?: boolean;
  /**
   * Move the ranges Paged.js dropped out of the document after each page (see
   * browser/print-runtime.js); default true. Only tests and measurements turn it off.
   */
  parkRanges?: boolean;
  /**
   * Keep each run of note calls on the line of the character before it (see
   * browser/print-runtime.js); default true. Only tests turn it off.
   */
  glueCalls?: boolean;
}

export function layoutEnvironmentScript(seed: number, time: number, options: LayoutOptions = {}): string {
  return fixedEnvironmentScript(seed, time, {
    hideFinishedPages: options.hideFinishedPages ?? true,
    isolateTextNodes: options.isolateTextNodes ?? true,
    parkRanges: options.parkRanges ?? true,
    glueCalls: options.glueCalls ?? true,
    callsKeptWithText,
    printOnly: true,
  });
}
