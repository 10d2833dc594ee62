/**
 * The Paged.js polyfill as the print page receives it: node_modules/pagedjs 0.4.3, with small
 * patches for footnote bugs we met, applied when the file is served (node_modules is never
 * edited). Each patch must match the original text exactly once; if Paged.js is upgraded and
 * a patch no longer applies, the build stops with a ToolError instead of silently printing
 * the bug again.
 */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { ToolError } from "../../errors.ts";

export interface PolyfillPatch {
  /** What goes wrong without the patch. */
  why: string;
  from: string;
  to: string;
}

export const polyfillPatches: PolyfillPatch[] = [
  {
    why:
      "a note call at the very end of a justified line sits a fraction of a pixel past the text " +
      "area's right edge; Paged.js takes it for overflow, drops the note, and the call stays on the page without it",
    from: "if (needsNoteCall && noteCallBounds.left > right) {",
    to: "if (needsNoteCall && noteCallBounds.left > right + 1) {",
  },
  {
    why: "the same rounding when Paged.js looks for the notes of a rendered element: a note starting at the right edge is skipped",
    from: "\t\t\t\tif (left < right) {\n\t\t\t\t\t// Add call for the note",
    to: "\t\t\t\tif (left < right + 1) {\n\t\t\t\t\t// Add call for the note",
  },
  {
    why:
      "the bottom of a call's line is taken from the raised call alone (its empty <a> is left out of a range's " +
      "bounds): a note too long for the page gets an area reaching up into the call's line, that line is pushed " +
      "to the next page with the note, and the page is left part empty; the empty <a> has the line's own font box",
    from: "\t\t\t\tlet rangeBounds = range.getBoundingClientRect();\n\t\t\t\tnoteCallPosition = rangeBounds.bottom;",
    to:
      "\t\t\t\tlet rangeBounds = range.getBoundingClientRect();\n" +
      "\t\t\t\tlet callBox = noteCall.getBoundingClientRect();\n" +
      "\t\t\t\tif (callBox.bottom > rangeBounds.bottom) rangeBounds = { top: rangeBounds.top, bottom: callBox.bottom };\n" +
      "\t\t\t\tnoteCallPosition = rangeBounds.bottom;",
  },
  {
    why:
      "with the call's line measured in full (above), a note may be given the few pixels left between that " +
      "line and the notes already on the page, less than its first line: the whole note then goes to the next " +
      "page without its call. When not even the note's first line fits, the area takes the call's line too, " +
      "which moves to the next page with its note, as Paged.js meant",
    from: "\t\t\t\t// set height to just before note call\n",
    to:
      "\t\t\t\t// set height to just before note call (or above it, when no line of the note fits)\n" +
      "\t\t\t\tlet roomForNote = noteAreaBounds.height + notePolicyDelta - total - (noteInnerContent.scrollHeight - node.getBoundingClientRect().height);\n" +
      "\t\t\t\tif (roomForNote < (parseFloat(getComputedStyle(node).lineHeight) || 0)) notePolicyDelta = Math.floor(noteAreaBounds.top) - Math.floor(noteCallBounds.top) + 1;\n",
  },
  {
    why:
      "the part of a note carried over to a new page gets an area as tall as all of its text, even two pages " +
      "of it: nothing is cut for the page after, the page's body gets no room at all, and with no body laid out " +
      "Paged.js starts the article again from the top (body and note printed twice). A carried-over note now " +
      "takes at most three quarters of the page, the rest of it going on to the next, so each page keeps " +
      "room for the body text",
    from: "\t\t\t\t// Call was previously added, force adding footnote\n\t\t\t\tpageArea.style.setProperty(\n\t\t\t\t\t\"--pagedjs-footnotes-height\",\n\t\t\t\t\t`${height + total}px`\n\t\t\t\t);",
    to:
      "\t\t\t\t// Call was previously added, force adding footnote\n" +
      "\t\t\t\tpageArea.style.setProperty(\n\t\t\t\t\t\"--pagedjs-footnotes-height\",\n" +
      "\t\t\t\t\t`${Math.min(height + total, Math.floor(pageArea.clientHeight * 0.75))}px`\n\t\t\t\t);",
  },
  {
    why:
      "Paged.js cuts a long note after the last line that *starts* above the foot of the page, so that line " +
      "runs past the foot, and the note area then grows to hold it after the page's text was laid out: the " +
      "text's last line goes past the page's edge, unprinted. Only note lines that end above the foot stay " +
      "(the bottom moved up by one line of note text, less a pixel for rounding)",
    from: "\t\t\tlet overflow = layout.findOverflow(noteInnerContent, noteContentBounds);",
    to:
      "\t\t\tlet noteLine = Math.max(0, (parseFloat(getComputedStyle(noteInnerContent.lastElementChild || noteInnerContent).lineHeight) || 0) - 1);\n" +
      "\t\t\tlet overflow = layout.findOverflow(noteInnerContent, { left: noteContentBounds.left, right: noteContentBounds.right, " +
      "width: noteContentBounds.width, top: noteContentBounds.top, bottom: noteContentBounds.bottom - noteLine, height: noteContentBounds.height - noteLine });",
  },
];

/** Path of the polyfill build in node_modules (the package's exports map hides package.json). */
export function pagedPolyfillPath(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve("pagedjs")), "..", "dist", "paged.polyfill.js");
}

/** Applies the patches to the polyfill's text; throws ToolError when one does not match exactly once. */
export function patchPolyfill(source: string, patches: PolyfillPatch[] = polyfillPatches): string {
  let patched = source;
  for (const patch of patches) {
    const count = patched.split(patch.from).length - 1;
    if (count !== 1) {
      throw new ToolError(`the Paged.js polyfill does not match a patch this project needs (${count} matches for: ${patch.from.trim()}); was pagedjs upgraded?`, {
        code: "pagedjs-patch",
      });
    }
    patched = patched.replace(patch.from, () => patch.to);
  }
  return patched;
}

let cached: Promise<string> | undefined;

/** The patched polyfill, read once per process. */
export function patchedPolyfill(): Promise<string> {
  cached ??= readFile(pagedPolyfillPath(), "utf8").then((source) => patchPolyfill(source));
  return cached;
}
