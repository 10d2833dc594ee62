/**
 * The Paged.js polyfill as the print page receives it: node_modules/pagedjs 0.4.3, with small
 * patches for the footnote and page-break bugs we met, applied when the file is served
 * (node_modules is never edited). Each patch must match the original text exactly once; if
 * Paged.js is upgraded and a patch no longer applies, the build stops with a ToolError instead
 * of silently printing the bug again.
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
      "to the next page with the note, and the page is left part empty. The empty <a> has the line's own font " +
      "box; the line box reaches below it by half the leading (the line height less the font box, shared above " +
      "and below), and by up to half a pixel more, as the browser rounds the font's ascent and descent: a " +
      "fraction of a pixel that was enough for the line not to fit above the area",
    from: "\t\t\t\tlet rangeBounds = range.getBoundingClientRect();\n\t\t\t\tnoteCallPosition = rangeBounds.bottom;",
    to:
      "\t\t\t\tlet rangeBounds = range.getBoundingClientRect();\n" +
      "\t\t\t\tlet callBox = noteCall.getBoundingClientRect();\n" +
      "\t\t\t\tlet halfLeading = ((parseFloat(getComputedStyle(noteCall).lineHeight) || 0) - callBox.height) / 2;\n" +
      "\t\t\t\tlet lineBottom = callBox.bottom + Math.max(0, halfLeading) + 0.5;\n" +
      "\t\t\t\tif (lineBottom > rangeBounds.bottom) rangeBounds = { top: rangeBounds.top, bottom: lineBottom };\n" +
      "\t\t\t\tnoteCallPosition = rangeBounds.bottom;",
  },
  {
    why:
      "with the call's line measured in full (above), a note may be given the few pixels left between that " +
      "line and the notes already on the page, less than its first line: the whole note then goes to the next " +
      "page without its call. When not even the note's first line fits, the area takes the call's line too, " +
      "which moves to the next page with its note, as Paged.js meant. Not when the notes before it already run past " +
      "the foot (a note longer than the room left, called earlier on the same line or just above): one of them is " +
      "cut here whatever the area, and moving the line would only empty the page; the note follows the cut one on " +
      "the next page, as TeX sets it (layout-checks.ts, heldOverBehindLongNote). The area then starts a pixel " +
      "below the top of the call's line box, not a pixel above the call: above it, the line before went too",
    from: "\t\t\t\t// set height to just before note call\n",
    to:
      "\t\t\t\t// set height to just before note call (or above it, when no line of the note fits)\n" +
      "\t\t\t\tlet callLineTop = noteCallBounds.top - Math.max(0, ((parseFloat(getComputedStyle(noteCall).lineHeight) || 0) - noteCallBounds.height) / 2);\n" +
      "\t\t\t\tlet aboveCallLine = Math.floor(noteAreaBounds.top) - Math.ceil(callLineTop) - 1;\n" +
      "\t\t\t\tlet roomForNote = noteAreaBounds.height + notePolicyDelta - total - (noteInnerContent.scrollHeight - node.getBoundingClientRect().height);\n" +
      "\t\t\t\t// The notes before it already run past the foot of the area as it stands (not merely past this call's line): one of them is cut here, this one follows it on the next page\n" +
      "\t\t\t\tlet earlierNoteCut = !!node.previousElementSibling && node.getBoundingClientRect().top - noteInnerContent.getBoundingClientRect().top > noteAreaBounds.height - total + 1;\n" +
      "\t\t\t\tif (!earlierNoteCut && roomForNote < (parseFloat(getComputedStyle(node).lineHeight) || 0)) notePolicyDelta = aboveCallLine;\n",
  },
  {
    why:
      "the room for a note's first line (above) is reckoned from its line height and Paged.js's margins, read " +
      "with parseInt; what Paged.js keeps of the note once the page is laid out is what its cut finds above the " +
      "foot of the area. A first line a pixel taller than reckoned (the margins rounded down, a line box taller " +
      "than the line height) is not kept, and the whole note goes to the next page while its call stays on the " +
      "last line of this one; a note that opens with a quotation, a list or a table keeps only its number. The " +
      "area is now tried as it is about to be set and cut as Paged.js will cut it: when no more than the note's " +
      "number would stay on the page, the area takes the call's line too, which moves to the next page with its note",
    from:
      "\t\t\t\tpageArea.style.setProperty(\n\t\t\t\t\t\"--pagedjs-footnotes-height\",\n" +
      "\t\t\t\t\t`${noteAreaBounds.height + notePolicyDelta}px`\n\t\t\t\t);\n",
    to:
      "\t\t\t\tif (!earlierNoteCut && Math.floor(noteAreaBounds.top) - notePolicyDelta > Math.ceil(callLineTop) + 1) {\n" +
      "\t\t\t\t\tpageArea.style.setProperty(\"--pagedjs-footnotes-height\", `${noteAreaBounds.height + notePolicyDelta}px`);\n" +
      "\t\t\t\t\tnoteInnerContent.style.height = noteAreaBounds.height + notePolicyDelta - total + \"px\";\n" +
      "\t\t\t\t\tlet trialBounds = noteContent.getBoundingClientRect();\n" +
      "\t\t\t\t\tlet columns = [noteInnerContent.style.columnWidth, noteInnerContent.style.columnGap];\n" +
      "\t\t\t\t\tnoteInnerContent.style.columnWidth = Math.round(trialBounds.width) + \"px\";\n" +
      "\t\t\t\t\tnoteInnerContent.style.columnGap = \"calc(var(--pagedjs-margin-right) + var(--pagedjs-margin-left))\";\n" +
      "\t\t\t\t\tlet trialLine = Math.max(0, (parseFloat(getComputedStyle(node).lineHeight) || 0) - 1);\n" +
      "\t\t\t\t\tlet trialCut = new Layout(noteArea, undefined, this.chunker.settings).findOverflow(noteInnerContent, {\n" +
      "\t\t\t\t\t\tleft: trialBounds.left, right: trialBounds.right, width: trialBounds.width,\n" +
      "\t\t\t\t\t\ttop: trialBounds.top, bottom: trialBounds.bottom - trialLine, height: trialBounds.height - trialLine,\n" +
      "\t\t\t\t\t});\n" +
      "\t\t\t\t\t// Columns only for the trial: later notes on the page are measured by their height, as before\n" +
      "\t\t\t\t\tnoteInnerContent.style.columnWidth = columns[0];\n" +
      "\t\t\t\t\tnoteInnerContent.style.columnGap = columns[1];\n" +
      "\t\t\t\t\tif (trialCut) {\n" +
      "\t\t\t\t\t\tlet kept = document.createRange();\n" +
      "\t\t\t\t\t\tkept.setStart(node, 0);\n" +
      "\t\t\t\t\t\tkept.setEnd(trialCut.startContainer, trialCut.startOffset);\n" +
      "\t\t\t\t\t\tif (kept.toString().trim().split(/\\s+/).length < 2) notePolicyDelta = aboveCallLine;\n" +
      "\t\t\t\t\t}\n" +
      "\t\t\t\t}\n" +
      "\t\t\t\tpageArea.style.setProperty(\"--pagedjs-footnotes-height\", `${noteAreaBounds.height + notePolicyDelta}px`);\n",
  },
  {
    why:
      "a note too long for the room left gets every line below its call's line, so nothing of the text can follow " +
      "the call on that page. A call in a heading (break-after: avoid) is then always pushed to the next page with " +
      "its heading, where the same happens again, until Paged.js gives up and breaks after the heading without " +
      "taking back the text that overflowed (the text after the heading printed twice, past the page's edge and on " +
      "the next page); a call on the first line of a paragraph is pushed with the paragraph (orphans), leaving the " +
      "page empty below the text before it. Below a call in a block kept with the next, the note leaves room for " +
      "the rest of that block and the first lines of the next (orphans, and one line for the margins between them); " +
      "below a call among the first lines of a paragraph, room for as many lines as orphans asks. Below a call in " +
      "the last lines of a paragraph that ends on the page, fewer than widows asks to keep together, room for them: " +
      "else the note takes their room, Paged.js moves them to the next page with the lines widows keeps with them, " +
      "the call's line among them, and the page is left empty where the note was to start",
    from: "\t\t\tlet notePolicyDelta = noteCallPosition ? Math.floor(noteAreaBounds.top) - noteCallOffset : 0;\n",
    to:
      "\t\t\tlet keptRoom = 0;\n" +
      "\t\t\tlet keptWithNext = noteCall && noteCall.closest(\"[data-break-after='avoid']\");\n" +
      "\t\t\tif (noteCallPosition && keptWithNext && keptWithNext.parentElement) {\n" +
      "\t\t\t\tlet keptStyle = getComputedStyle(keptWithNext);\n" +
      "\t\t\t\tlet flowStyle = getComputedStyle(keptWithNext.parentElement);\n" +
      "\t\t\t\tlet flowLine = parseFloat(flowStyle.lineHeight) || parseFloat(keptStyle.lineHeight) || 0;\n" +
      "\t\t\t\tlet restOfBlock = Math.max(0, Math.ceil(keptWithNext.getBoundingClientRect().bottom) - noteCallOffset) + (parseFloat(keptStyle.marginBottom) || 0);\n" +
      "\t\t\t\tkeptRoom = Math.ceil(restOfBlock + ((parseInt(flowStyle.orphans, 10) || 2) + 1) * flowLine);\n" +
      "\t\t\t} else if (noteCallPosition) {\n" +
      "\t\t\t\tlet block = noteCall.parentElement;\n" +
      "\t\t\t\twhile (block.parentElement && getComputedStyle(block).display.startsWith(\"inline\")) block = block.parentElement;\n" +
      "\t\t\t\tlet blockStyle = getComputedStyle(block);\n" +
      "\t\t\t\tlet blockLine = parseFloat(blockStyle.lineHeight) || 0;\n" +
      "\t\t\t\t// The part of the block on this page (its first box: a block running past the page has one per column)\n" +
      "\t\t\t\tlet blockBoxes = block.getClientRects();\n" +
      "\t\t\t\tlet blockBox = blockBoxes[0];\n" +
      "\t\t\t\tlet linesSoFar = blockLine && blockBox ? Math.round((noteCallOffset - blockBox.top) / blockLine) : 0;\n" +
      "\t\t\t\tlet orphans = parseInt(blockStyle.orphans, 10) || 1;\n" +
      "\t\t\t\tlet linesAfter = blockBox && (blockBoxes.length > 1 || blockBox.bottom > noteCallOffset + blockLine / 2);\n" +
      "\t\t\t\tif (blockLine && linesAfter && linesSoFar < orphans) keptRoom = Math.ceil((orphans - linesSoFar) * blockLine);\n" +
      "\t\t\t\t// A paragraph that ends on this page a line or two below the call: its end stays too (widows)\n" +
      "\t\t\t\tlet widows = parseInt(blockStyle.widows, 10) || 1;\n" +
      "\t\t\t\tlet linesBelow = blockLine && blockBox && blockBoxes.length === 1 ? Math.round((blockBox.bottom - noteCallOffset) / blockLine) : 0;\n" +
      "\t\t\t\tif (linesBelow > 0 && linesBelow < widows) keptRoom = Math.max(keptRoom, Math.ceil(linesBelow * blockLine));\n" +
      "\t\t\t}\n" +
      "\t\t\tlet notePolicyDelta = noteCallPosition ? Math.floor(noteAreaBounds.top) - noteCallOffset - keptRoom : 0;\n",
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
      "runs past the foot: the note area grew to hold it after the page's text was laid out, and the text's " +
      "last line went past the page's edge, unprinted (with the area kept from growing, below, the note's line " +
      "runs into the bottom margin instead). Only note lines that end above the foot stay (the bottom moved up " +
      "by one line of note text, less a pixel for rounding). A subscript starts lower than its line (its box is " +
      "lowered), so where a note holds one, the line is given that much more: else the cut fell before the " +
      "subscript of a line that fits, and the rest of the note, opening with it, was cut there again on every " +
      "page after, without end",
    from: "\t\t\tlet overflow = layout.findOverflow(noteInnerContent, noteContentBounds);",
    to:
      "\t\t\tlet noteLine = Math.max(0, (parseFloat(getComputedStyle(noteInnerContent.lastElementChild || noteInnerContent).lineHeight) || 0) - 1);\n" +
      "\t\t\tlet lowered = noteInnerContent.querySelector(\"sub\");\n" +
      "\t\t\tif (lowered) noteLine = Math.max(0, noteLine - 0.5 * (parseFloat(getComputedStyle(lowered).fontSize) || 0));\n" +
      "\t\t\tlet overflow = layout.findOverflow(noteInnerContent, { left: noteContentBounds.left, right: noteContentBounds.right, " +
      "width: noteContentBounds.width, top: noteContentBounds.top, bottom: noteContentBounds.bottom - noteLine, height: noteContentBounds.height - noteLine });",
  },
  {
    why:
      "once a page is laid out, Paged.js sets the height of its note area again, to what the notes left on the page " +
      "measure; the page's text was laid out beside the area as it was before, and a note line kept a fraction of a " +
      "pixel too tall (Paged.js rounds the area's margins down, and keeps a line that ends within a pixel of the " +
      "foot) makes the area grow by that fraction: the text's last line, which had just fitted, goes past the page's " +
      "edge, unprinted. The area never grows past the height the text was laid out with (what it lacks, under a " +
      "pixel or two, runs into the bottom margin)",
    from:
      "\t\t\t\tpageArea.style.setProperty(\n\t\t\t\t\t\"--pagedjs-footnotes-height\",\n" +
      "\t\t\t\t\t`${height + noteContentMargins + noteContentBorders + noteContentPadding}px`\n\t\t\t\t);",
    to:
      "\t\t\t\tlet laidOutWith = parseFloat(pageArea.style.getPropertyValue(\"--pagedjs-footnotes-height\")) || 0;\n" +
      "\t\t\t\tlet measured = height + noteContentMargins + noteContentBorders + noteContentPadding;\n" +
      "\t\t\t\tpageArea.style.setProperty(\n\t\t\t\t\t\"--pagedjs-footnotes-height\",\n" +
      "\t\t\t\t\t`${laidOutWith > 0 ? Math.min(laidOutWith, measured) : measured}px`\n\t\t\t\t);",
  },
  {
    why:
      "a word broken at a soft hyphen at the foot of a page: the letter after the hyphen measures from the end of " +
      "the page's last line (where the hyphen is drawn) to where it really is, in the overflow past the page, so " +
      "Paged.js takes it for a letter on the page and cuts the word one letter later. The page's text then ends in " +
      "that letter and the hyphen Paged.js adds, which no longer fit the last line: the line (and the one before it, " +
      "widows) goes past the page's edge, unprinted. A letter is measured by its last box that has a width",
    from: "\t\t\t\t\t\tpos = getBoundingClientRect(letter);\n",
    to:
      "\t\t\t\t\t\tlet letterBoxes = Array.prototype.filter.call(letter.getClientRects(), (box) => box.width > 0);\n" +
      "\t\t\t\t\t\tpos = letterBoxes.length > 1 ? letterBoxes[letterBoxes.length - 1] : getBoundingClientRect(letter);\n",
  },
  {
    why:
      "the last line of a paragraph cut by a page break is to be justified like the lines above it: Paged.js sets " +
      "text-align-last on the deepest element the break split, but that is a note's when a note runs over to the " +
      "page too (notes come after the text), and an inline element's (the span the print runtime gives a text " +
      "node, an emphasis), where text-align-last does nothing: the last line on the page stayed ragged. The block " +
      "of the text around the deepest element split is aligned (notes are aligned by the note handler)",
    from: "\t\t\t// Fix alignment on the deepest split element\n\t\t\tif (from) {\n\t\t\t\tthis.handleAlignment(from);\n\t\t\t}\n",
    to:
      "\t\t\t// Fix alignment on the block around the deepest split element of the text\n" +
      "\t\t\tlet textSplit = splits.filter((split) => !split.closest(\".pagedjs_footnote_area\")).pop();\n" +
      "\t\t\tlet textFrom = textSplit && prevPage.querySelector(\"[data-ref='\" + textSplit.dataset.ref + \"'][data-split-to]\");\n" +
      "\t\t\twhile (textFrom && textFrom.parentElement && !textFrom.parentElement.classList.contains(\"pagedjs_page_content\") && " +
      "getComputedStyle(textFrom).display.startsWith(\"inline\")) textFrom = textFrom.parentElement;\n" +
      "\t\t\tif (textFrom) this.handleAlignment(textFrom);\n",
  },
  {
    why:
      "the part of a justified paragraph left on a page before a page break gets text-align-last: justify, so that " +
      "its last line, cut by the break, is justified like the lines above it; but text-align-last also aligns every " +
      "line ended by a forced break, so verse and other lines ended by a <br> were stretched across the page, word " +
      "by word. In a paragraph with line breaks, only the lines after its last <br> are justified to the end (put " +
      "in a block of their own, which changes no line; nothing is stretched when the page ends right after a <br>)",
    from: '\t\t\tif (align === "justify" && alignLast === "auto") {\n\t\t\t\tnode.dataset.alignLastSplitElement = "justify";\n',
    to:
      '\t\t\tif (align === "justify" && alignLast === "auto") {\n' +
      "\t\t\t\tlet forcedBreaks = node.querySelectorAll(\"br\");\n" +
      "\t\t\t\tlet lastBreak = forcedBreaks[forcedBreaks.length - 1];\n" +
      "\t\t\t\tnode.dataset.alignLastSplitElement = lastBreak ? \"auto\" : \"justify\";\n" +
      "\t\t\t\tlet afterBreak = document.createRange();\n" +
      "\t\t\t\tif (lastBreak) {\n" +
      "\t\t\t\t\tafterBreak.setStartAfter(lastBreak);\n" +
      "\t\t\t\t\tafterBreak.setEnd(node, node.childNodes.length);\n" +
      "\t\t\t\t}\n" +
      "\t\t\t\tif (lastBreak && lastBreak.parentNode === node && afterBreak.toString().trim() !== \"\") {\n" +
      "\t\t\t\t\tlet before = node.getBoundingClientRect();\n" +
      "\t\t\t\t\tlet lastLines = document.createElement(\"span\");\n" +
      "\t\t\t\t\tlastLines.setAttribute(\"data-press-last-lines\", \"\");\n" +
      "\t\t\t\t\tlastLines.style.setProperty(\"display\", \"block\");\n" +
      "\t\t\t\t\tlastLines.style.setProperty(\"text-indent\", \"0\");\n" +
      "\t\t\t\t\tlastLines.style.setProperty(\"text-align-last\", \"justify\");\n" +
      "\t\t\t\t\twhile (lastBreak.nextSibling) lastLines.appendChild(lastBreak.nextSibling);\n" +
      "\t\t\t\t\tnode.appendChild(lastLines);\n" +
      "\t\t\t\t\tlet after = node.getBoundingClientRect();\n" +
      "\t\t\t\t\tif (Math.abs(after.height - before.height) > 0.5 || Math.abs(after.left - before.left) > 0.5) {\n" +
      "\t\t\t\t\t\twhile (lastLines.firstChild) node.insertBefore(lastLines.firstChild, lastLines);\n" +
      "\t\t\t\t\t\tlastLines.remove();\n" +
      "\t\t\t\t\t}\n" +
      "\t\t\t\t}\n",
  },
  {
    why:
      "a code block's text sits in <code> inside <pre>, where Paged.js does not see its spaces as significant (it " +
      "asks only whether the text's parent is a <pre>): a page then breaks after the indent of a code line instead " +
      "of before it, the next page's first line loses its indent, and the indent left behind makes a line of its " +
      "own past the foot of the page, which pushes the last line of code there too, unprinted",
    from: 'const significantWhitespaces = node.parentElement && node.parentElement.nodeName === "PRE";',
    to: 'const significantWhitespaces = !!(node.parentElement && node.parentElement.closest("pre"));',
  },
  {
    why:
      "Paged.js finds where a text cut by a page break starts in its source by searching the source text for the " +
      "page's part of it, from the start: when that part also occurs earlier in the same text (a refrain, a " +
      "repeated clause, a formula said twice), the page after goes back there and text is printed twice, or " +
      "Paged.js takes the repeat for a loop and stops laying out, and the rest is lost. A page that began inside " +
      "that text is searched from where it began",
    from: "\t\t\t\tbreakToken = this.createBreakToken(overflow, rendered, source);",
    to: "\t\t\t\tbreakToken = this.createBreakToken(overflow, rendered, source, prevBreakToken);",
  },
  {
    why: "(the search above, in the function that makes the token)",
    from: "\t\tcreateBreakToken(overflow, rendered, source) {",
    to: "\t\tcreateBreakToken(overflow, rendered, source, pageStart) {",
  },
  {
    why: "(the search above: from where the page began, when it began inside this text and the part is found there)",
    from: "\t\t\t\toffset += node.textContent.indexOf(container.textContent);",
    to:
      "\t\t\t\tlet from = pageStart && pageStart.node === node ? node.textContent.indexOf(container.textContent, pageStart.offset) : -1;\n" +
      "\t\t\t\toffset += from >= 0 ? from : node.textContent.indexOf(container.textContent);",
  },
  {
    why:
      "a table in a note cut by the foot of the page went on at the next page's foot without its header row, which " +
      "a table of the text repeats there: the part carried over is handed to the print runtime (print-runtime.js, " +
      "pressNoteContinues) before Paged.js sets it on the next page, so the header it adds is measured with it",
    from: "\t\t\t\tlet extracted = overflow.extractContents();\n\n\t\t\t\tif (!startIsNode) {",
    to: "\t\t\t\tlet extracted = overflow.extractContents();\n\t\t\t\tif (window.pressNoteContinues) window.pressNoteContinues(extracted, noteInnerContent);\n\n\t\t\t\tif (!startIsNode) {",
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
