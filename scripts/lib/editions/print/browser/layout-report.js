/*
 * Reads the finished Paged.js layout back from the DOM, for the renderer to check and record:
 * the pages, where each page starts in the article's blocks, and on which page every note
 * call and every note fragment landed. Only facts are gathered here; the renderer judges.
 *
 * A function expression evaluated in the page (page.evaluate) after layout. Plain browser
 * JavaScript: see print-runtime.js for why.
 *
 * Text offsets count the characters of a marked block (data-token) that belong to it and to
 * no nested marked block, under the body-text rule (editions/body-text-rule.ts) the renderer
 * passes in as `rule`: what is not body text and which characters do not count. The EPUB
 * places its page markers by the same rule. The source comparison counts visible characters
 * only (no whitespace).
 */
(function (rule) {
  "use strict";

  var pages = Array.prototype.slice.call(document.querySelectorAll(".pagedjs_pages > .pagedjs_page"));
  var pageOf = function (element) {
    var page = element.closest(".pagedjs_page");
    return page ? pages.indexOf(page) + 1 : 0;
  };
  // Note calls and bodies, and what only the print edition adds (a cross-reference's " on page
  // N", a table's header repeated on a new page): the rule the EPUB's page markers follow too.
  var notBody = rule.notBody;
  var uncounted = new RegExp("[" + rule.uncounted + "]", "g");
  var ink = new RegExp("[\\s" + rule.uncounted + "]+", "g");
  var isLastText = function (node) {
    for (var next = node.nextSibling; next; next = next.nextSibling) if (next.nodeType === 3) return false;
    return true;
  };

  /** Characters of each block already seen, by token index, as pages are walked in order. */
  var seen = new Map();
  /*
   * Visible characters (whitespace left out) of each block, to compare with the source:
   * Paged.js may drop or merge whitespace-only text between table cells, which is no loss.
   */
  var printedInk = new Map();
  var inkOf = function (text) {
    return text.replace(ink, "").length;
  };
  var last = null;
  var pageStarts = pages.map(function (page, index) {
    var content = page.querySelector(".pagedjs_page_content");
    var start = null;
    if (content) {
      var walker = document.createTreeWalker(content, NodeFilter.SHOW_TEXT);
      for (var node = walker.nextNode(); node; node = walker.nextNode()) {
        var parent = node.parentElement;
        if (!parent || parent.closest(notBody)) continue;
        var block = parent.closest("[data-token]");
        if (!block || !content.contains(block)) continue;
        var token = Number(block.getAttribute("data-token"));
        var text = node.data.replace(uncounted, "");
        // Paged.js adds a hyphen to a word it cuts at the foot of a page: not the author's text.
        if (parent.classList.contains("pagedjs_hyphen") && isLastText(node) && /-$/.test(text)) text = text.slice(0, -1);
        var before = seen.get(token) || 0;
        if (!start && text.trim() !== "") {
          // The page begins at this node's first visible character.
          var leading = text.length - text.replace(/^\s+/, "").length;
          start = { tokenIndex: token, textOffset: before + leading };
        }
        seen.set(token, before + text.length);
        printedInk.set(token, (printedInk.get(token) || 0) + inkOf(text));
        last = { tokenIndex: token, textOffset: before + text.length };
      }
      if (!start) {
        var marked = content.querySelector("[data-token]");
        if (marked) start = { tokenIndex: Number(marked.getAttribute("data-token")), textOffset: seen.get(Number(marked.getAttribute("data-token"))) || 0 };
      }
    }
    // A page holding only notes carried over starts where the text of the page before ended.
    return { page: index + 1, label: page.getAttribute("data-folio") || String(index + 1), start: start || last };
  });

  var calls = Array.prototype.slice.call(document.querySelectorAll(".pagedjs_pages sup.note-call[data-note-call]")).map(function (call) {
    return { number: Number(call.getAttribute("data-note-call")), id: call.id, page: pageOf(call), inNote: Boolean(call.closest("span.footnote")) };
  });

  var notes = Array.prototype.slice.call(document.querySelectorAll(".pagedjs_pages span.footnote[data-note-number]")).map(function (note) {
    return {
      number: Number(note.getAttribute("data-note-number")),
      page: pageOf(note),
      continued: note.hasAttribute("data-split-from"),
      inNoteArea: Boolean(note.closest(".pagedjs_footnote_area")),
    };
  });

  // The same count over the source Paged.js paginated: any difference is text printed twice or lost.
  var expected = new Map();
  var source = document.querySelector("template[data-ref='pagedjs-content']");
  if (source) {
    var sourceWalker = document.createTreeWalker(source.content, NodeFilter.SHOW_TEXT);
    for (var text = sourceWalker.nextNode(); text; text = sourceWalker.nextNode()) {
      var holder = text.parentElement;
      if (!holder || holder.closest(notBody)) continue;
      var owner = holder.closest("[data-token]");
      if (!owner) continue;
      var key = Number(owner.getAttribute("data-token"));
      expected.set(key, (expected.get(key) || 0) + inkOf(text.data));
    }
  }
  var textMismatches = [];
  expected.forEach(function (length, token) {
    var printed = printedInk.get(token) || 0;
    if (printed !== length) textMismatches.push({ tokenIndex: token, expected: length, printed: printed });
  });
  printedInk.forEach(function (printed, token) {
    if (!expected.has(token)) textMismatches.push({ tokenIndex: token, expected: 0, printed: printed });
  });

  // Each note's text, all its fragments together, against the note in the source.
  // A cross-reference's page number is written after layout, over a placeholder of another
  // width; a table's header repeated where the note goes on is no text of the note.
  var lengthOf = function (element) {
    var added = Array.prototype.reduce.call(element.querySelectorAll(".xref-page, .repeated-header"), function (sum, part) {
      return sum + inkOf(part.textContent);
    }, 0);
    return inkOf(element.textContent) - added;
  };
  var printedNotes = new Map();
  document.querySelectorAll(".pagedjs_pages .pagedjs_footnote_area span.footnote[data-note-number]").forEach(function (note) {
    var number = Number(note.getAttribute("data-note-number"));
    printedNotes.set(number, (printedNotes.get(number) || 0) + lengthOf(note));
  });
  var noteTextMismatches = [];
  if (source) {
    source.content.querySelectorAll("span.footnote[data-note-number]").forEach(function (note) {
      var number = Number(note.getAttribute("data-note-number"));
      var printed = printedNotes.get(number) || 0;
      if (printed > 0 && printed !== lengthOf(note)) noteTextMismatches.push({ number: number, expected: lengthOf(note), printed: printed });
    });
  }

  /*
   * Paged.js keeps the space it reserved for a note whose call then moved to the next page.
   * The area's height is the custom property Paged.js sets (its stylesheet gives the area
   * exactly that height): read from the style, not measured, so pages hidden on screen
   * (print-runtime.js) count too and nothing has to be laid out again. The space is also given
   * in lines of the page's text (as many as could be printed there; none known, every one).
   */
  var emptyNoteAreas = [];
  pages.forEach(function (page, index) {
    var area = page.querySelector(".pagedjs_footnote_area");
    if (!area || area.querySelector("span.footnote")) return;
    var reserved = parseFloat(getComputedStyle(area).getPropertyValue("--pagedjs-footnotes-height"));
    var text = page.querySelector(".pagedjs_page_content");
    var lineHeight = text ? parseFloat(getComputedStyle(text).lineHeight) : NaN;
    if (reserved > 1) emptyNoteAreas.push({ page: index + 1, lines: lineHeight > 0 ? reserved / lineHeight : Number.MAX_SAFE_INTEGER });
  });

  /*
   * Pages whose foot the text left empty (print-runtime.js measured them as they were laid
   * out), with what opens the next page: a chapter's or a part's start (a page break the
   * stylesheet asks for, or a blank page made for a right-hand start) is a page's natural end,
   * and so is the end of the text, with the figures set after it.
   */
  var opensWithBreak = function (page) {
    if (page.classList.contains("pagedjs_blank_page")) return true;
    var content = page.querySelector(".pagedjs_page_content");
    var first = content && content.querySelector("[data-break-before], [data-previous-break-after]");
    if (!first) return false;
    var value = first.getAttribute("data-break-before") || first.getAttribute("data-previous-break-after");
    if (!value || value === "avoid" || value === "auto") return false;
    var before = document.createRange();
    before.setStart(content, 0);
    before.setEndBefore(first);
    return before.toString().trim() === "";
  };
  // A page of figures alone (a float page) may be short: so may the last page of text before
  // the figures that close a chapter or the text.
  var onlyFigures = function (page) {
    var content = page.querySelector(".pagedjs_page_content");
    if (!content) return false;
    var walker = document.createTreeWalker(content, NodeFilter.SHOW_TEXT);
    for (var node = walker.nextNode(); node; node = walker.nextNode()) {
      var parent = node.parentElement;
      if (!node.data.trim() || !parent || parent.closest("figure, .running-title, .running-author") || parent.closest(notBody)) continue;
      return false;
    }
    return true;
  };
  var closesWithFigures = function (index) {
    for (var later = index + 1; later < pages.length; later++) {
      if (opensWithBreak(pages[later])) return true;
      if (!onlyFigures(pages[later])) return false;
    }
    return true;
  };
  var blankFeet = [];
  pages.forEach(function (page, index) {
    var next = pages[index + 1];
    if (!page.hasAttribute("data-press-blank-lines") || closesWithFigures(index) || onlyFigures(page)) return;
    var opening = next.querySelector(".pagedjs_page_content [data-token]");
    blankFeet.push({
      page: index + 1,
      lines: Number(page.getAttribute("data-press-blank-lines")),
      pageLines: Number(page.getAttribute("data-press-page-lines")),
      next: opening ? { tokenIndex: Number(opening.getAttribute("data-token")), kind: opening.tagName === "FIGURE" ? "figure" : opening.tagName === "TABLE" ? "table" : "block" } : null,
    });
  });

  var textPastPagePages = [];
  var notesPastPagePages = [];
  pages.forEach(function (page, index) {
    if (page.hasAttribute("data-press-text-past-page")) textPastPagePages.push(index + 1);
    if (page.hasAttribute("data-press-notes-past-page")) notesPastPagePages.push(index + 1);
  });

  // A figure Paged.js cut in two (its picture on one page, its caption on the next): it does
  // that only to a figure that opens a page and is taller than the room left there.
  var splitFigures = Array.prototype.slice.call(document.querySelectorAll(".pagedjs_pages figure[data-split-from][data-token]")).map(function (figure) {
    return { tokenIndex: Number(figure.getAttribute("data-token")), page: pageOf(figure) };
  });

  // Figures whose picture was made smaller than half its size to fit above a note (print-runtime.js).
  var scaledFigures = Array.prototype.slice.call(document.querySelectorAll(".pagedjs_pages figure[data-press-scaled][data-token]")).map(function (figure) {
    return { tokenIndex: Number(figure.getAttribute("data-token")), page: pageOf(figure), percent: Number(figure.getAttribute("data-press-scaled")) };
  });

  return {
    pageCount: pages.length,
    scaledFigures: scaledFigures,
    splitFigures: splitFigures,
    emptyNoteAreas: emptyNoteAreas,
    blankFeet: blankFeet,
    textPastPagePages: textPastPagePages,
    notesPastPagePages: notesPastPagePages,
    pageStarts: pageStarts,
    calls: calls,
    notes: notes,
    sourceFound: Boolean(source),
    textMismatches: textMismatches,
    noteTextMismatches: noteTextMismatches,
  };
})
