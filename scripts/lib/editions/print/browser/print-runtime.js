/*
 * Paged.js configuration for the print edition, served at /vendor/print-runtime.js and loaded
 * before /vendor/paged.polyfill.js (the page's Content-Security-Policy refuses inline script,
 * so PagedConfig has to come from a file).
 *
 * It exposes `window.__pressLayout`, a promise the renderer awaits: resolved by PagedConfig.after
 * once every page is laid out, rejected on an uncaught error, so nobody waits on network idle.
 *
 * While laying out it hides pages two behind the one being filled: Paged.js measures with
 * getBoundingClientRect, and every finished page left in the layout makes each measurement
 * cost more, the more pages there are. Their resize observers are removed
 * first, so hiding and showing them again cannot start a reflow. All pages are shown again
 * before Paged.js reports the end of layout: on screen and in print for a page someone looks
 * at (the live preview), in print only for the renderer's page (option printOnly), which is
 * printed and pictured at page 1 and never looked at. Shown on screen again, every page of a
 * book would be laid out once more just to be measured, though
 * printing lays every page out anew anyway.
 *
 * Plain browser JavaScript on purpose: tsx rewrites functions it compiles (adding __name
 * helpers), which breaks code serialised into a page.
 */
(function () {
  "use strict";

  var options = window.__pressOptions || {};
  var hideFinishedPages = options.hideFinishedPages !== false;
  var isolateText = options.isolateTextNodes !== false;
  var printOnly = options.printOnly === true;
  var parkUsedRanges = options.parkRanges !== false;
  var keepCallsWithText = options.glueCalls !== false;
  var settle;
  var fail;
  var done = new Promise(function (resolve, reject) {
    settle = resolve;
    fail = reject;
  });
  window.__pressLayout = done;

  /**
   * A style sheet of the runtime's own. Paged.js rewrites every sheet of the document into
   * its pages' rules except those marked data-pagedjs-ignore or meant for the screen only;
   * these apply as the browser reads them (on screen and in print, unless `media` says).
   */
  function addSheet(rules, media) {
    var sheet = document.createElement("style");
    if (media) sheet.setAttribute("media", media);
    else sheet.setAttribute("data-pagedjs-ignore", "");
    sheet.textContent = rules.join("\n");
    document.head.appendChild(sheet);
  }

  // Until Paged.js takes the content into its pages, the browser would lay the whole article
  // out once as one long screen page, only for Paged.js to discard it: the content stays out of the screen layout until then.
  addSheet(["body > :not(.pagedjs_pages) { display: none !important; }"], "screen");

  // While Paged.js lays out, the browser keeps drawing frames of the pages it fills, which no
  // one sees, and painting and rasterising them took CPU from the layout. The pages are
  // invisible on screen until layout is over (finishedPagesHandler); visibility changes no
  // box, and printing is not affected.
  addSheet(["html:not([data-press-laid-out]) .pagedjs_pages { visibility: hidden; }"], "screen");

  // Paged.js counts pages, note calls and note markers with CSS counters. Blink walks the whole
  // document again to update its counters each time one of those elements is added, that is
  // for every note and every page, work that grows with the document. Nothing
  // a reader sees comes from them here: notes carry the numbers the renderer wrote, and the
  // folio is the page's position, written below (--press-page-number, used by print.css).
  addSheet([
    ".pagedjs_pages { counter-reset: none !important; }",
    ".pagedjs_page, [data-footnote-call], [data-footnote-marker] { counter-increment: none !important; }",
  ]);

  // Paged.js gives the note area its height through --pagedjs-footnotes-height, set on the
  // page's area each time a note goes in. An ordinary custom property is inherited: every
  // element of the page had its style computed again, for every note. Registered as not
  // inherited, it reaches only the two boxes whose height it sets, which inherit it
  // explicitly; the value and the layout are the same.
  addSheet([
    '@property --pagedjs-footnotes-height { syntax: "<length>"; inherits: false; initial-value: 0px; }',
    ".pagedjs_area > .pagedjs_page_content, .pagedjs_area > .pagedjs_footnote_area { --pagedjs-footnotes-height: inherit; }",
  ]);

  window.addEventListener("error", function (event) {
    fail(new Error("script error during layout: " + (event.message || "unknown")));
  });
  window.addEventListener("unhandledrejection", function (event) {
    var reason = event.reason;
    fail(new Error("layout failed: " + (reason && reason.message ? reason.message : String(reason))));
  });

  /** `text` as a CSS string, for `content: var(…)` in print.css. */
  function cssString(text) {
    return '"' + String(text).replace(/[\\"]/g, "\\$&") + '"';
  }

  /*
   * What the pages get once layout is over (Paged.js may still insert a page before others
   * until then): each page's folio, its position among the pages Paged.js made, the number
   * the layout report and the e-book's page list use too (the margin boxes' size does not
   * depend on it); the boxes with nothing to print taken out (dropEmptyFurniture); and the
   * mark that shows the pages on screen.
   */
  function finishedPagesHandler(Handler) {
    class FinishPages extends Handler {
      afterRendered(pages) {
        var folios = folioLabels(pages);
        pages.forEach(function (page, index) {
          page.element.style.setProperty("--press-page-number", cssString(folios[index]));
          page.element.setAttribute("data-folio", folios[index]);
          dropEmptyFurniture(page);
        });
        fitRunningHeads();
        idsToFirstShownPart();
        setChapterHeads(pages);
        dropHeadRuler();
        document.documentElement.setAttribute("data-press-laid-out", "");
      }
    }
    return FinishPages;
  }

  /*
   * A table continued on a new page repeats its header row there, as printed tables do.
   * Paged.js continues a table by rebuilding its ancestors (table, tbody) on the new page
   * without the thead. When the first row of such a continuation is placed, a copy of the
   * source table's thead goes in before its body, so the page's layout counts its height. The
   * copy carries no ids, no data-ref (Paged.js finds elements by it) and no data-token (it is
   * no new text of the article: the layout report passes over .repeated-header).
   */
  function repeatedTableHeadersHandler(Handler) {
    class RepeatTableHeaders extends Handler {
      renderNode(clone, node) {
        var placed = clone.nodeType === 1 ? clone : clone.parentElement;
        var body = placed && placed.closest("tbody");
        var table = body && body.parentElement;
        if (!table || table.tagName !== "TABLE" || table.querySelector(":scope > thead")) return;
        var source = (node.nodeType === 1 ? node : node.parentElement).closest("table");
        var head = source && source.querySelector(":scope > thead");
        if (!head) return;
        table.insertBefore(repeatedHeader(head), body);
      }
    }
    return RepeatTableHeaders;
  }

  /*
   * A table that breaks across pages leaves at least `leastRows` rows on each side of every
   * break, as printed tables do: its caption and header never end a page above one lonely row,
   * and its last page never holds one row under the repeated header. Before Paged.js places a
   * table, its caption, header and first rows are tried where it would start; when they do not
   * fit, the table starts the next page. Before it places the row that leaves `leastRows` to
   * go, those rows are tried on the page; when they do not all fit, they start the next page
   * together, unless that would leave fewer than `leastRows` of the table on this one. A
   * note's table and a short one (kept whole) are not split here.
   */
  function tableBreaksHandler(Handler) {
    var leastRows = 3;
    function splittable(table) {
      return !table.closest(".footnote") && !table.hasAttribute("data-press-short") && table.closest(".article-body");
    }
    /** Whether `trial`, put at the end of `parent` (a placed element of this page), ends above the page's foot, or starts past it. */
    function fitsAtEnd(trial, parent, area) {
      // A note a cell calls goes to the page's foot: its text is not in the row.
      trial.querySelectorAll(".footnote").forEach(function (note) {
        note.remove();
      });
      parent.appendChild(trial);
      // Past the foot, Paged.js's columns set a block's rest to the page's right: the last row is where the trial ends.
      var rows = trial.querySelectorAll("caption, tr");
      var start = (rows[0] || trial).getBoundingClientRect();
      var end = (rows[rows.length - 1] || trial).getBoundingClientRect();
      var page = area.getBoundingClientRect();
      // Paged.js lays out past the foot before it finds where to break: a trial that starts past
      // it is of a block for a later page, and says nothing of this one.
      var pastPage = start.top >= page.bottom - 0.5 || start.left >= page.right - 0.5;
      var fits = pastPage || (end.bottom <= page.bottom + 0.5 && end.right <= page.right + 0.5);
      trial.remove();
      return fits;
    }
    class KeepRowsTogether extends Handler {
      onPageLayout(wrapper) {
        this.wrapper = wrapper;
      }
      layoutNode(node) {
        if (node.nodeType !== 1 || !this.wrapper) return;
        var area = this.wrapper.closest(".pagedjs_page_content");
        if (!area) return;
        if (node.tagName === "TABLE") this.startWithRows(node, area);
        else if (node.tagName === "TR") this.endWithRows(node, area);
      }
      /** The table starts the next page when its caption, header and first rows do not fit here. */
      startWithRows(table, area) {
        if (!splittable(table) || table.dataset.breakBefore) return;
        var body = table.querySelector(":scope > tbody");
        var parent = table.parentElement && this.wrapper.querySelector('[data-ref="' + table.parentElement.dataset.ref + '"]');
        if (!body || !parent || body.rows.length <= leastRows) return;
        var trial = unplacedCopy(table, true);
        var rows = trial.querySelector(":scope > tbody").rows;
        while (rows.length > leastRows) rows[rows.length - 1].remove();
        if (!fitsAtEnd(trial, parent, area)) table.dataset.breakBefore = "page";
      }
      /** The table's last rows start the next page together when they would be split. */
      endWithRows(row, area) {
        var body = row.parentElement;
        var table = body && body.parentElement;
        if (!body || body.tagName !== "TBODY" || !table || table.tagName !== "TABLE" || !splittable(table) || row.dataset.breakBefore) return;
        var index = Array.prototype.indexOf.call(body.rows, row);
        if (body.rows.length - index !== leastRows) return;
        var placedBody = this.wrapper.querySelector('[data-ref="' + body.dataset.ref + '"]');
        if (!placedBody || placedBody.rows.length < leastRows) return;
        // The trial rows go in a body of their own after the placed one, so the page's rows stay as placed.
        var trial = unplacedCopy(placedBody, false);
        for (var next = row; next; next = next.nextElementSibling) trial.appendChild(unplacedCopy(next, true));
        if (!fitsAtEnd(trial, placedBody.parentElement, area)) row.dataset.breakBefore = "page";
      }
    }
    return KeepRowsTogether;
  }

  /*
   * A table in a note cut by the foot of the page goes on at the next page's foot with its
   * header row again, as a table of the text does. Paged.js hands over the part of the notes it
   * carries to the next page (a patch, paged-polyfill.ts) before it sets it there, so the header
   * added here is measured with it; `notes` is this page's note area, where the table's first
   * part, and its header, stay.
   */
  window.pressNoteContinues = function (carried, notes) {
    carried.querySelectorAll(".note-table").forEach(function (part) {
      var first = part.firstElementChild;
      if (!first || first.classList.contains("note-thead")) return;
      var ref = part.getAttribute("data-ref");
      var whole = ref ? notes.querySelector('.note-table[data-ref="' + ref + '"]') : null;
      var head = whole && whole.querySelector(":scope > .note-thead");
      if (head) part.insertBefore(repeatedHeader(head), first);
    });
  };

  /** A copy of a table's header to print again on a new page: no call, note, id or reference of the source. */
  function repeatedHeader(head) {
    var copy = unplacedCopy(head, true);
    // A note called in the header is printed once, at the first header: the copy drops the call and the note.
    copy.querySelectorAll("sup.note-call, span.footnote, [data-footnote-call]").forEach(function (note) {
      note.remove();
    });
    copy.classList.add("repeated-header");
    return copy;
  }

  /**
   * A copy of `element` (with what it holds when `deep`) that is no part of the article: no id,
   * no data-ref (Paged.js finds elements by it) and no data-token (the layout report reads it).
   * A repeated header is printed so; a trial is laid out so and taken away.
   */
  function unplacedCopy(element, deep) {
    var copy = element.cloneNode(deep);
    [copy].concat(Array.prototype.slice.call(copy.querySelectorAll("*"))).forEach(function (each) {
      each.removeAttribute("id");
      each.removeAttribute("data-ref");
      each.removeAttribute("data-token");
    });
    return copy;
  }

  /*
   * A figure too tall for the rest of its page goes to the top of the next page, and the
   * blocks that follow it move up to fill the page it leaves, as a figure floated to the top
   * would: no half-empty page before a figure. Paragraphs, headings, lists, tables and
   * quotations move ahead of it, as they do past a float in a printed book; never another
   * figure (figures print in their order) nor a block that starts a page (a chapter's
   * title): a figure never moves into the next chapter. When what follows, up to the next
   * figure, does not fill the page, that figure starts the next page below this one, if both
   * fit there; otherwise, or when what follows ends the chapter, the figure keeps its place
   * (goes to the next page, the rest after it). A figure that calls a note, or
   * stands inside something other than the body, keeps its place (its note must stay on its
   * call's page). The figure keeps its number, id and text; only where it prints changes, and
   * the layout report, the page references and the read-back see it where it lands.
   */
  function figuresToNextPageHandler(Handler) {
    /** Below this many lines left on the page, a figure moving on leaves no gap worth filling. */
    var minimumLines = 3;
    /*
     * Paged.js marks the blocks its stylesheets break before (a chapter's title) in the source.
     * A block whose first child breaks (the book's notes, a section opening with its title)
     * starts a page too.
     */
    function startsPage(element) {
      for (var block = element; block; block = block.firstElementChild) {
        var value = block.dataset.breakBefore;
        if (Boolean(value) && value !== "avoid" && value !== "auto") return true;
      }
      return false;
    }
    function movesAhead(element) {
      return element.tagName !== "FIGURE" && !element.querySelector("figure") && !startsPage(element);
    }
    /*
     * The page a moved figure goes to may already hold the rest of a long note from the page
     * before, which takes up to three quarters of it, or the rest of a paragraph whose call
     * brings a long note. A figure taller than the room left was cut by Paged.js inside its
     * copy, and the next page went on from the figure's place in the source, printing the
     * blocks that had moved ahead of it a second time; one that left Paged.js no room for a
     * line of the text made it start that text again. The picture is made smaller, to fit with
     * a few lines of text below it, when it keeps at least half its height. Otherwise the
     * figure goes back into the text (backIntoFlow). Returns whether the copy stays here.
     */
    function placeInRoomLeft(copy, body, first, source) {
      var area = body.closest(".pagedjs_page_content");
      var picture = copy.querySelector("img, svg");
      if (!area || !picture) return true;
      var page = area.getBoundingClientRect();
      var lineHeight = parseFloat(getComputedStyle(body).lineHeight) || 16;
      var margin = parseFloat(getComputedStyle(copy).marginBottom) || 0;
      // Paged.js sets what does not fit in columns to the page's right: a figure too tall has
      // its caption there, above the page's foot.
      var fits = function (below) {
        var end = (copy.lastElementChild || copy).getBoundingClientRect();
        return end.bottom + below <= page.bottom + 0.5 && end.right <= page.right + 0.5;
      };
      // Beside notes from the page before, or above the rest of a paragraph begun there, a few
      // lines of the text that follows stay below the figure. With less, Paged.js, which never
      // leaves a page without text, kept what overflowed it, or went on from the start of the
      // paragraph. The rest of a paragraph that still calls a note gets the page to itself: its call
      // may come in its first lines, where a long note leaves no room for the figure, and
      // Paged.js then started the paragraph again. A figure set above another (see layoutNode)
      // leaves room for that one, as measured there; the one below leaves the text its lines too,
      // or Paged.js, breaking the page inside it, went on from an earlier place in the source.
      var notes = area.closest(".pagedjs_area").querySelector(".pagedjs_footnote_inner_content");
      var continued = first.hasAttribute("data-split-from");
      var above = copy.previousElementSibling;
      var belowFigure = Boolean(above && above.dataset.pressFloated === "placed");
      var crowded = first.tagName !== "FIGURE" && (continued || belowFigure || Boolean(notes && notes.childElementCount));
      var below = margin + (crowded ? minimumLines * lineHeight : 0);
      var callsNote = continued && first.hasAttribute("data-has-notes") && callsPendingNote(source);
      if (!callsNote && fits(below)) return true;
      var height = picture.getBoundingClientRect().height;
      picture.style.setProperty("display", "none");
      var room = page.bottom - copy.getBoundingClientRect().bottom - below;
      picture.style.removeProperty("display");
      if (!callsNote && room >= height / 2) {
        picture.style.setProperty("max-height", Math.floor(room) + "px");
        // The picture's line adds what its box does not (the strut below an inline image):
        // measured once set, the overshoot comes off the height too.
        var over = (copy.lastElementChild || copy).getBoundingClientRect().bottom + below - page.bottom;
        if (over > 0 && room - over >= height / 2) picture.style.setProperty("max-height", Math.floor(room - over) + "px");
        if (fits(below)) return true;
      }
      copy.remove();
      return false;
    }
    /*
     * Whether a block, in the source, calls a note whose call is on no page yet. Paged.js marks
     * the whole block as having notes, so the rest of a paragraph whose calls were all printed
     * on the page before still carries the mark.
     */
    function callsPendingNote(source) {
      if (!source) return true;
      return Array.prototype.some.call(source.querySelectorAll("sup.note-call"), function (call) {
        return !call.id || !document.querySelector('.pagedjs_pages [id="' + call.id + '"]');
      });
    }
    /** The block of the source body that holds `node`. */
    function bodyBlockOf(node) {
      var block = node.nodeType === 1 ? node : node.parentElement;
      while (block && block.parentElement && !block.parentElement.classList.contains("article-body")) block = block.parentElement;
      return block && block.parentElement ? block : null;
    }
    /*
     * A figure that could not be placed goes back into the source right after the block that
     * opens the page, each after the one before: Paged.js lays it out when it gets there, and
     * it may move on again from there like any figure. Left waiting for a later page instead,
     * it was lost when the chapter's text ended beside the note.
     */
    function backIntoFlow(figures, first) {
      var sourceBody = figures[0].parentElement;
      var anchor = first.dataset.ref && sourceBody && sourceBody.querySelector(':scope > [data-ref="' + first.dataset.ref + '"]');
      if (!anchor) return false;
      figures.forEach(function (figure) {
        anchor.after(figure);
        anchor = figure;
        shownAgain(figure);
        delete figure.dataset.pressFloated;
      });
      return true;
    }
    /*
     * A figure that opens a page beside the rest of a note, with no text after it that could go
     * before it (the chapter ends, or another figure follows), has its picture made smaller to
     * fit above the note, when the room left holds a few lines; under half its height, the
     * build warns. With less room it is left as it is: Paged.js cuts it from its caption, and
     * the layout check refuses the page (layout-checks.ts, splitFigureProblems).
     */
    function shrinkToRoom(figure, placedBody, limit) {
      var picture = figure.querySelector("img, svg");
      if (!picture) return;
      var trial = figure.cloneNode(true);
      placedBody.appendChild(trial);
      var trialPicture = trial.querySelector("img, svg");
      var caption = trial.querySelector("figcaption");
      var height = trialPicture ? trialPicture.getBoundingClientRect().height : 0;
      // Measured apart, not from the figure's box: Paged.js sets what overflows the page in a
      // column to its right, so the caption may be there, beside the picture.
      var below = caption ? caption.getBoundingClientRect().height + (parseFloat(getComputedStyle(caption).marginTop) || 0) : 0;
      var room = trialPicture ? limit - trialPicture.getBoundingClientRect().top - below - (parseFloat(getComputedStyle(trial).marginBottom) || 0) : 0;
      var lineHeight = parseFloat(getComputedStyle(placedBody).lineHeight) || 16;
      trial.remove();
      if (!(height > 0 && room < height && room >= minimumLines * lineHeight)) return;
      picture.style.setProperty("max-height", Math.floor(room) + "px");
      // Much smaller than the author made it: the layout report warns, naming the figure.
      if (room < height / 2) figure.dataset.pressScaled = String(Math.round((room / height) * 100));
    }
    /*
     * Whether these blocks call a note long enough to run on to the next page's foot (a few
     * lines' worth of text or more): a figure set after them would open a page beside the
     * note's rest, where it is made smaller to fit.
     */
    var longNoteCharacters = 400;
    function callsLongNote(blocks) {
      return blocks.some(function (block) {
        return Array.prototype.some.call(block.querySelectorAll("span.footnote"), function (note) {
          return note.textContent.length > longNoteCharacters;
        });
      });
    }
    /*
     * Whether a figure set after `blocks` would still open the next page beside the rest of a
     * long note they call, with less than two thirds of its height left to it: there it is made
     * smaller to fit. The notes are measured in this page's note area, the text where it will
     * stand; without a note area the length of the notes decides (callsLongNote).
     */
    var keptShare = 2 / 3;
    function crowdsFigure(blocks, figure, placedBody, area) {
      if (!callsLongNote(blocks)) return false;
      var whole = area.closest(".pagedjs_area");
      var noteArea = whole && whole.querySelector(".pagedjs_footnote_inner_content");
      if (!noteArea) return true;
      var trials = blocks.map(function (block) {
        var trial = block.cloneNode(true);
        placedBody.appendChild(trial);
        return trial;
      });
      var textBottom = trials[trials.length - 1].getBoundingClientRect().bottom;
      var measured = figure.cloneNode(true);
      shownAgain(measured);
      placedBody.appendChild(measured);
      var figureHeight = measured.getBoundingClientRect().height;
      var lineHeight = parseFloat(getComputedStyle(placedBody).lineHeight) || 16;
      measured.remove();
      // An empty note area is not displayed: shown for the measure, hidden again at once.
      var noteContent = noteArea.parentElement;
      var wasEmpty = noteContent.classList.contains("pagedjs_footnote_empty");
      noteContent.classList.remove("pagedjs_footnote_empty");
      var notes = [];
      blocks.forEach(function (block) {
        Array.prototype.forEach.call(block.querySelectorAll("span.footnote"), function (note) {
          var copy = note.cloneNode(true);
          noteArea.appendChild(copy);
          notes.push(copy);
        });
      });
      var noteHeight = notes.reduce(function (sum, note) {
        return sum + note.getBoundingClientRect().height;
      }, 0);
      notes.concat(trials).forEach(function (element) {
        element.remove();
      });
      if (wasEmpty) noteContent.classList.add("pagedjs_footnote_empty");
      // What of the notes does not fit under the text, with a line for the separator, runs on.
      var rest = Math.max(0, noteHeight - Math.max(0, area.getBoundingClientRect().bottom - textBottom - lineHeight));
      return whole.getBoundingClientRect().height - rest - minimumLines * lineHeight < figureHeight * keptShare;
    }
    /*
     * A paragraph that followed a figure which moves away now follows the paragraph before the
     * figure: indented as one. Paged.js matched "p + p" once, on the source, and marked the
     * paragraphs it matched, so the mark is copied from one of them.
     */
    function indentAfterMoving(figures) {
      figures.forEach(function (figure) {
        var before = figure.previousElementSibling;
        while (before && figures.indexOf(before) >= 0) before = before.previousElementSibling;
        var after = figure.nextElementSibling;
        if (!before || before.tagName !== "P" || !after || after.tagName !== "P" || after.hasAttribute("data-following")) return;
        var indented = figure.parentElement.querySelector(":scope > p + p[data-following]");
        if (indented) after.setAttribute("data-following", indented.getAttribute("data-following"));
      });
    }
    /** A figure Paged.js may move ahead of the text: not one whose caption calls a note. */
    function movable(figure) {
      return figure.tagName === "FIGURE" && !figure.dataset.pressFloated && !figure.querySelector("sup.note-call, span.footnote, [data-note-call]");
    }
    /*
     * What follows a figure too tall for the room left, tried in place (each block removed once
     * measured), up to the end of its chapter or of the text: the figures that come before the
     * text fills the page (it first), the first block of text, and the block where the text
     * fills the page or, when it never does, the last one. A figure whose caption calls a note,
     * or a block holding a figure, ends the search.
     */
    function textAfter(node, placedBody, overflows) {
      var found = { figures: [node], text: [], anchor: null, filled: false };
      var trials = [];
      for (var next = node.nextElementSibling; next && !found.filled; next = next.nextElementSibling) {
        if (next.tagName === "FIGURE") {
          if (!movable(next)) break;
          found.figures.push(next);
          continue;
        }
        if (!movesAhead(next)) break;
        found.anchor = next;
        found.text.push(next);
        var block = next.cloneNode(true);
        placedBody.appendChild(block);
        trials.push(block);
        found.filled = overflows(block);
      }
      trials.forEach(function (block) {
        block.remove();
      });
      return found;
    }
    /*
     * Whether `node`, tried in place, overflows the room left on the page, when that room is
     * worth filling (a few lines or more). If so, the test it failed is returned, to try what
     * follows it; Paged.js sets what overflows the page in columns to its right, so past the
     * page is either below its foot or right of its edge.
     */
    function tooTallForRoomLeft(node, placedBody, area) {
      var page = area.getBoundingClientRect();
      var overflows = function (element) {
        var box = element.getBoundingClientRect();
        return box.bottom > page.bottom + 0.5 || box.right > page.right + 0.5;
      };
      var lineHeight = parseFloat(getComputedStyle(placedBody).lineHeight) || 16;
      if (page.bottom - placedBody.getBoundingClientRect().bottom < minimumLines * lineHeight) return null;
      var trial = node.cloneNode(true);
      placedBody.appendChild(trial);
      var fits = !overflows(trial);
      trial.remove();
      return fits ? null : overflows;
    }
    /** A moved figure, or its copy, without the display: none that hid it where it stood. */
    function shownAgain(figure) {
      figure.style.removeProperty("display");
      if (!figure.getAttribute("style")) figure.removeAttribute("style");
    }
    class FiguresToNextPage extends Handler {
      constructor(chunker, polisher, caller) {
        super(chunker, polisher, caller);
        this.wrapper = null;
        /** Figures taken out of their page, each placed at the top of a later one. */
        this.moved = [];
        this.placing = [];
        /** Figures waiting for the block they are to follow (defer). */
        this.deferred = [];
      }
      /** The deferred figures whose anchor Paged.js has reached go back into the source after it. */
      putBackAfter(anchor) {
        var waiting = this.deferred.filter(function (each) {
          return each.anchor === anchor;
        });
        if (!waiting.length) return;
        this.deferred = this.deferred.filter(function (each) {
          return each.anchor !== anchor;
        });
        var at = anchor;
        waiting.forEach(function (each) {
          each.figures.forEach(function (figure, index) {
            figure.appendChild(each.contents[index]);
            at.after(figure);
            at = figure;
            shownAgain(figure);
            delete figure.dataset.pressFloated;
          });
        });
        // The paragraph after the anchor now follows a figure: not indented, as after any figure.
        var next = at.nextElementSibling;
        if (next && next.tagName === "P" && next.hasAttribute("data-following")) next.style.textIndent = "0";
      }
      // A figure is measured before Paged.js places it: its pictures must have their size by then.
      beforeParsed(content) {
        var pictures = Array.prototype.slice.call(content.querySelectorAll("figure img"));
        return Promise.all(
          pictures.map(function (picture) {
            return picture.decode().catch(function () {});
          }),
        );
      }
      // A figure whose copy is on no page yet goes on this one: also when Paged.js removed the
      // page it was set on, to lay the rest out again.
      onPageLayout(wrapper) {
        this.wrapper = wrapper;
        this.placing = this.moved.filter(function (figure) {
          return !document.querySelector('.pagedjs_pages figure[data-press-floated="placed"][data-ref="' + figure.dataset.ref + '"]');
        });
      }
      layoutNode(node) {
        if (node.nodeType !== 1 || node.tagName !== "FIGURE" || node.dataset.pressFloated) return;
        var body = node.parentElement;
        if (!body || !body.classList.contains("article-body") || !this.wrapper) return;
        if (!movable(node)) {
          this.deferPastText(node, body);
          return;
        }
        // Figures that follow it directly go with it, in their order; the text after them is
        // what may go first.
        var group = [node];
        var next = node.nextElementSibling;
        for (; next && next.tagName === "FIGURE" && movable(next); next = next.nextElementSibling) group.push(next);
        var run = [];
        for (; next && movesAhead(next); next = next.nextElementSibling) run.push(next);
        var placedBody = this.wrapper.querySelector('[data-ref="' + body.dataset.ref + '"]');
        var area = this.wrapper.closest(".pagedjs_page_content");
        if (!area) return;
        // The figure opens a page whose foot already holds the rest of a note from the page
        // before: too tall for the room that note leaves, Paged.js would draw the note over
        // it. Measured in an empty body made for the trial, it goes on like any other figure.
        var trialBody = null;
        if (!placedBody) {
          var pageElement = area.closest(".pagedjs_page");
          if (!pageElement || !pageElement.querySelector(".pagedjs_footnote_area .footnote")) return;
          trialBody = body.cloneNode(false);
          this.wrapper.appendChild(trialBody);
          placedBody = trialBody;
        }
        try {
          if (run.length) this.moveIfTooTall(group, body, run, placedBody, area, Boolean(trialBody));
          else if (trialBody) shrinkToRoom(node, placedBody, area.getBoundingClientRect().bottom);
        } finally {
          if (trialBody) trialBody.remove();
        }
      }
      /**
       * Moves the figures of `group` ahead of `run` when the first does not fit in the room left
       * on the page (layoutNode). `opensPage`: nothing of the body is on the page yet, only the
       * rest of a note.
       */
      moveIfTooTall(group, body, run, placedBody, area, opensPage) {
        var node = group[0];
        var limit = area.getBoundingClientRect().bottom;
        var overflows = tooTallForRoomLeft(node, placedBody, area);
        if (!overflows) return;
        // Tried in place, after the figure: the blocks after it, each removed once measured.
        var filled = false;
        var trials = [];
        for (var i = 0; i < run.length && !filled; i++) {
          var block = run[i].cloneNode(true);
          placedBody.appendChild(block);
          trials.push(block);
          filled = overflows(block);
        }
        trials.forEach(function (block) {
          block.remove();
        });
        // What follows, up to the next figure, the chapter's end or the text's, fits on this
        // page. At the chapter's or the text's end the figure follows that text (set at the top
        // of the next page, it would go above the next chapter's title; kept in place, it left
        // this page half empty). Before another figure, it goes to the top of the next page with
        // that figure below it, if the two fit on one page; if not, both follow the text after
        // them when it ends before the page is full. Not past a long note: a figure after it
        // would open a page beside the note's rest, and be made smaller to fit.
        if (!filled) {
          var after = run[run.length - 1].nextElementSibling;
          // Two figures or more in a row follow the text after them as a single figure does.
          if (group.length > 1 || !after || startsPage(after)) {
            // Beside the rest of a note, nothing of the text is on the page yet: kept in place
            // at its top, it would be drawn over the note, and is made smaller to fit.
            if (opensPage) shrinkToRoom(node, placedBody, limit);
            else if (!crowdsFigure(run, node, placedBody, area)) this.defer(group, run[run.length - 1]);
            return;
          }
          var boxes = [node, after].map(function (figure) {
            var measured = figure.cloneNode(true);
            placedBody.appendChild(measured);
            var style = getComputedStyle(measured);
            var box = { height: measured.getBoundingClientRect().height, top: parseFloat(style.marginTop), bottom: parseFloat(style.marginBottom) };
            measured.remove();
            return box;
          });
          // At the top of a page the first one's top margin is dropped, and the margins between
          // the two collapse into the larger.
          var needed = boxes[0].height + Math.max(boxes[0].bottom, boxes[1].top) + boxes[1].height;
          // The whole text area, notes' room included: this page's notes are not the next page's.
          var whole = area.closest(".pagedjs_area") || area;
          if (needed + 2 > whole.getBoundingClientRect().height) {
            var following = opensPage ? null : textAfter(node, placedBody, overflows);
            if (following && !following.filled && following.anchor && !crowdsFigure(following.text, node, placedBody, area)) this.defer(following.figures, following.anchor);
            else if (opensPage) shrinkToRoom(node, placedBody, limit);
            return;
          }
          after.dataset.breakBefore = "page";
        }
        indentAfterMoving(group);
        // Not printed here: its copy on this page is removed as soon as Paged.js places it. The
        // figures after it go too, so that none is printed before it.
        var moved = this.moved;
        group.forEach(function (figure) {
          figure.dataset.pressFloated = "moved";
          figure.style.display = "none";
          moved.push(figure);
        });
      }
      /*
       * A figure whose caption calls a note is not moved ahead of the text: its copy, set at the
       * top of a later page, would carry the call away from where Paged.js lays out notes. Too
       * tall for the room left, it follows the text after it instead, up to the block that
       * fills the page (the figure then comes after that block's end, on the next page), and is
       * laid out there in the flow, its note with it; not past another note's call.
       */
      deferPastText(node, body) {
        var placedBody = this.wrapper && this.wrapper.querySelector('[data-ref="' + body.dataset.ref + '"]');
        var area = this.wrapper && this.wrapper.closest(".pagedjs_page_content");
        if (!placedBody || !area) return;
        var overflows = tooTallForRoomLeft(node, placedBody, area);
        if (!overflows) return;
        var following = textAfter(node, placedBody, overflows);
        // Notes are numbered in the order of the source: past another call, its note's number
        // would come out of order.
        var callsAnother = following.text.some(function (block) {
          return Boolean(block.querySelector("sup.note-call"));
        });
        if (following.anchor && !callsAnother && !crowdsFigure(following.text, node, placedBody, area)) this.defer(following.figures, following.anchor);
      }
      /*
       * `figures` go after `anchor`, in their order: hidden where they stand (Paged.js passes
       * over them, and their copies are removed), they are put back into the source right after
       * the anchor when Paged.js reaches it, to be laid out there like any figure.
       */
      defer(figures, anchor) {
        indentAfterMoving(figures);
        // Their content is taken out until then: Paged.js, passing over them, would otherwise
        // lay out what they hold, and a note called in a caption would be printed twice.
        var contents = figures.map(function (figure) {
          figure.dataset.pressFloated = "deferred";
          figure.style.display = "none";
          var content = document.createDocumentFragment();
          while (figure.firstChild) content.appendChild(figure.firstChild);
          return content;
        });
        this.deferred.push({ anchor: anchor, figures: figures, contents: contents });
      }
      renderNode(clone, node) {
        if (node.nodeType === 1 && (node.dataset.pressFloated === "moved" || node.dataset.pressFloated === "deferred")) {
          clone.remove();
          return;
        }
        if (node.nodeType === 1) this.putBackAfter(node);
        if (!this.placing.length) return;
        var figures = this.placing;
        this.placing = [];
        var placed = clone.nodeType === 1 ? clone : clone.parentElement;
        var body = placed && placed.closest(".article-body");
        if (!body) return;
        var first = placed;
        while (first.parentElement !== body) first = first.parentElement;
        var unplaced = [];
        figures.forEach(function (figure) {
          var copy = figure.cloneNode(true);
          shownAgain(copy);
          copy.dataset.pressFloated = "placed";
          // Figures print in their order: after one that goes back into the text, the rest go too.
          if (unplaced.length === 0) {
            body.insertBefore(copy, first);
            if (placeInRoomLeft(copy, body, first, bodyBlockOf(node))) return;
          }
          unplaced.push({ figure: figure, copy: copy });
        });
        if (!unplaced.length) return;
        var returned = unplaced.map(function (each) {
          return each.figure;
        });
        if (backIntoFlow(returned, first)) {
          this.moved = this.moved.filter(function (figure) {
            return returned.indexOf(figure) < 0;
          });
          return;
        }
        // Nowhere else to go: printed here as they are.
        unplaced.forEach(function (each) {
          body.insertBefore(each.copy, first);
        });
      }
    }
    return FiguresToNextPage;
  }

  /*
   * The page numbers a reader is sent to: "on page N" after a cross-reference, the numbers of
   * the table of contents. Each element naming an id (data-page-of) gets, as text, the folio of
   * the page where the first element with that id landed, once every page exists. Paged.js's
   * target-counter() cannot serve: it counts pages with the CSS page counter, which this runtime
   * turns off (see above), and a number a reader sees is never a CSS counter's. Until now the
   * element held a placeholder as wide as three digits, so the real number, no wider, moves no
   * line to another page.
   */
  function pageReferencesHandler(Handler) {
    class WritePageReferences extends Handler {
      afterRendered() {
        document.querySelectorAll(".pagedjs_pages [data-page-of]").forEach(function (element) {
          var target = document.getElementById(element.getAttribute("data-page-of"));
          var page = target && target.closest(".pagedjs_page");
          // The folio as the page prints it; a page without one counts by its position.
          var folio = page ? page.style.getPropertyValue("--press-page-number").replace(/^"|"$/g, "") || page.getAttribute("data-page-number") : "";
          element.textContent = folio || "?";
        });
      }
    }
    return WritePageReferences;
  }

  /*
   * Paged.js measures text with Range objects, thousands in a book, and drops each after use.
   * Until the garbage collector takes a dropped range, Blink keeps it up to date on every
   * change to the document, so every node Paged.js moves, splits or removes costs more as the
   * book goes on. The runtime keeps the ranges made during a page and, once the page is laid
   * out (Paged.js keeps no range from one page to the next), moves them into an empty
   * document of their own, where no change reaches them.
   */
  var rangesOfPage = [];
  var rangeParking = document.implementation.createHTMLDocument("");
  var createRange = Document.prototype.createRange;
  var NativeRange = window.Range;
  if (parkUsedRanges) {
    Document.prototype.createRange = function () {
      var range = createRange.call(this);
      rangesOfPage.push(range);
      return range;
    };
    var TrackedRange = function Range() {
      var range = new NativeRange();
      rangesOfPage.push(range);
      return range;
    };
    TrackedRange.prototype = NativeRange.prototype;
    window.Range = TrackedRange;
  }

  function parkRanges() {
    for (var i = 0; i < rangesOfPage.length; i++) {
      rangesOfPage[i].setStart(rangeParking, 0);
      rangesOfPage[i].collapse(true);
    }
    rangesOfPage = [];
  }

  function parkedRangesHandler(Handler) {
    class ParkRanges extends Handler {
      afterPageLayout() {
        parkRanges();
      }

      afterRendered() {
        parkRanges();
        // Pages are laid out: whatever makes ranges from now on (the live preview, tests) gets
        // ordinary ones.
        Document.prototype.createRange = createRange;
        window.Range = NativeRange;
      }
    }
    return ParkRanges;
  }

  /*
   * Each page Paged.js makes carries boxes for every margin area and for the bleed, most of
   * them empty here (only the running head and the folio have content, and pages have no
   * bleed): nearly half the elements of a book. Once layout is over, the empty margin groups
   * and corners, and the bleed boxes of a page whose bleed is zero, are taken out of the
   * layout, so that printing does not style, lay out and paint them for every page. All of
   * them are placed on the page's grids by name, so nothing else moves.
   */
  /*
   * Paged.js may cut an element before any of it fits at the foot of a page: an empty copy,
   * which keeps the element's id, stays there, and all the element shows starts on the next
   * page. A link, an "on page N" or a contents entry naming that id then sends the reader to a
   * page where nothing of it is. The id goes to the first part that shows something (its text,
   * a picture, a rule).
   */
  function idsToFirstShownPart() {
    document.querySelectorAll(".pagedjs_pages [id][data-split-to]").forEach(function (part) {
      if (showsSomething(part)) return;
      var parts = document.querySelectorAll('.pagedjs_pages [data-ref="' + part.getAttribute("data-ref") + '"]');
      var after = false;
      for (var i = 0; i < parts.length; i++) {
        if (parts[i] === part) after = true;
        else if (after && showsSomething(parts[i])) {
          parts[i].id = part.id;
          part.removeAttribute("id");
          return;
        }
      }
    });
  }
  function showsSomething(element) {
    return element.textContent.trim() !== "" || Boolean(element.querySelector("img, svg, video, math, hr"));
  }

  function dropEmptyFurniture(page) {
    var element = page.element;
    element.querySelectorAll(".pagedjs_margin-left, .pagedjs_margin-right, .pagedjs_pagebox > [class*='-corner-holder']").forEach(function (group) {
      if (!group.querySelector(".hasContent")) group.style.setProperty("display", "none");
    });
    var sheet = element.querySelector(".pagedjs_sheet");
    var style = sheet && getComputedStyle(sheet);
    // Track sizes without their line names: "[bleed-left] 0px [sheet-center] 559px …".
    var tracks = style ? (style.gridTemplateColumns + " " + style.gridTemplateRows).replace(/\[[^\]]*\]/g, " ").trim().split(/\s+/) : [];
    var noBleed = tracks.length === 6 && [0, 2, 3, 5].every(function (index) {
      return parseFloat(tracks[index]) === 0;
    });
    if (noBleed) {
      element.querySelectorAll(".pagedjs_sheet > .pagedjs_bleed").forEach(function (bleed) {
        bleed.style.setProperty("display", "none");
      });
    }
  }

  /*
   * Paged.js lays a page's text out in columns: text that no longer fits the text area once
   * the page's notes are in place (the note area grown after the text was laid out) moves into
   * a column past the page's right edge, where nothing prints it, while it is still in the
   * document, so no count of the text notices. Once a page is laid out (notes included), its
   * last line of text is looked at; a page where it lies past the edge is marked, and the
   * layout report names it (layout-checks.ts refuses such a PDF).
   */
  function lastText(node) {
    for (var child = node.lastChild; child; child = child.previousSibling) {
      if (child.nodeType === 3 && /\S/.test(child.data)) return child;
      if (child.nodeType === 1) {
        var found = lastText(child);
        if (found) return found;
      }
    }
    return null;
  }

  /*
   * The notes too: Paged.js keeps, of a note cut at the foot of the page, the lines that end
   * above the foot (paged-polyfill.ts), and the note area never grows once the page's text is
   * laid out; a note line kept that still ends lower would run into the bottom margin, under
   * the page's text area. More than a rounding's worth (2 px) marks the page, and the layout
   * report names it.
   */
  var notesOvershoot = 2;

  /*
   * How much of the page's text area its text and notes left empty at the foot, in lines of the
   * text, with the lines the area holds: the layout report names a page left partly empty
   * (layout-checks.ts, blankFootWarnings). Measured now, while the page is still displayed
   * (finished pages are hidden during layout). A note area kept for a note that moved on is
   * empty too.
   */
  function markBlankFoot(pageElement, area, content, hasNotes) {
    var lineHeight = parseFloat(getComputedStyle(content).lineHeight) || 0;
    var box = area.getBoundingClientRect();
    if (!lineHeight || box.height === 0) return;
    // The lowest line of text or picture printed on the page: not the boxes of the elements
    // around them (a body cut by the page break reaches down to the foot), nor what lies off
    // the page's right edge (running elements kept for the margins, what Paged.js left past it).
    var printed = function (rect) {
      return rect.width > 0 && rect.height > 0 && rect.left < box.right && rect.right > box.left;
    };
    var bottom = -Infinity;
    var range = document.createRange();
    var walker = document.createTreeWalker(content, NodeFilter.SHOW_TEXT);
    for (var node = walker.lastChild(); node && bottom === -Infinity; node = walker.previousNode()) {
      if (!node.data.trim()) continue;
      range.selectNodeContents(node);
      var rects = range.getClientRects();
      for (var i = 0; i < rects.length; i++) if (printed(rects[i])) bottom = Math.max(bottom, rects[i].bottom);
    }
    content.querySelectorAll("img, svg, video, hr").forEach(function (picture) {
      var rect = picture.getBoundingClientRect();
      if (printed(rect)) bottom = Math.max(bottom, rect.bottom);
    });
    if (bottom === -Infinity) return;
    var foot = hasNotes ? content.getBoundingClientRect().bottom : box.bottom;
    var blank = (foot - bottom) / lineHeight;
    if (blank < 1) return;
    pageElement.setAttribute("data-press-blank-lines", String(Math.round(blank * 10) / 10));
    pageElement.setAttribute("data-press-page-lines", String(Math.round((box.height / lineHeight) * 10) / 10));
  }

  function textPastPageHandler(Handler) {
    class MarkTextPastPage extends Handler {
      afterPageLayout(pageElement) {
        var content = pageElement.querySelector(".pagedjs_page_content");
        var text = content && lastText(content);
        if (text) {
          var range = document.createRange();
          range.selectNodeContents(text);
          var rects = range.getClientRects();
          var last = rects[rects.length - 1];
          if (last && last.left >= content.getBoundingClientRect().right) pageElement.setAttribute("data-press-text-past-page", "");
        }
        var area = pageElement.querySelector(".pagedjs_area");
        var notes = pageElement.querySelector(".pagedjs_footnote_inner_content");
        var lastNote = notes && notes.lastElementChild;
        if (area && lastNote && lastNote.getBoundingClientRect().bottom > area.getBoundingClientRect().bottom + notesOvershoot) {
          pageElement.setAttribute("data-press-notes-past-page", "");
        }
        if (area && content) markBlankFoot(pageElement, area, content, Boolean(notes && notes.querySelector(".footnote")));
      }
    }
    return MarkTextPastPage;
  }

  function hiddenPagesHandler(Handler) {
    class HideFinishedPages extends Handler {
      afterPageLayout(pageElement, page, breakToken, chunker) {
        var pages = chunker.pages;
        for (var i = pages.indexOf(page) - 2; i >= 0; i--) {
          var old = pages[i];
          if (old.element.hasAttribute("data-press-hidden")) break;
          old.removeListeners();
          old.element.setAttribute("data-press-hidden", "");
          old.element.style.setProperty("display", "none");
        }
      }

      afterRendered(pages) {
        if (printOnly) addSheet([".pagedjs_page[data-press-hidden] { display: none !important; }"], "screen");
        pages.forEach(function (page, index) {
          if (!page.element.hasAttribute("data-press-hidden")) return;
          page.element.style.removeProperty("display");
          // Page 1 is pictured for the catalog: on screen too.
          if (!printOnly || index === 0) page.element.removeAttribute("data-press-hidden");
        });
      }
    }
    return HideFinishedPages;
  }

  /*
   * Paged.js finds the source of a text node cut by a page break by searching its parent for
   * the first text node that *contains* the cut node's text (indexOfTextNode). When an earlier
   * sibling contains it too (" and " twice around an <em>, ", " between two note calls), the
   * next page restarts from the wrong place and text and notes are printed twice. Giving every
   * text node after the first its own <span> leaves one text node per parent to search.
   */
  function isolateTextNodes(root) {
    var visible = /[^\t\n\r ]/;
    var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    var targets = [];
    for (var node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!visible.test(node.data)) continue;
      for (var sibling = node.previousSibling; sibling; sibling = sibling.previousSibling) {
        if (sibling.nodeType === 3 && visible.test(sibling.data)) {
          targets.push(node);
          break;
        }
      }
    }
    targets.forEach(function (text) {
      var span = document.createElement("span");
      span.setAttribute("data-press-text", "");
      text.parentNode.insertBefore(span, text);
      span.appendChild(text);
    });
  }

  /*
   * A note call never starts a line. Chromium may break a line between a word and the call
   * after it when the word ends in "?", "!", a dash, an ellipsis, a hyphen or a CJK character,
   * or when a space stands before the call; a call alone at the start of a line reads as
   * belonging to the next word. Each run of calls (with their notes and the separators between
   * them) goes into a span that print-notes.css keeps on one line, together with the last
   * character before the run (and any space after that character): only that character, so
   * the word keeps its own break points and no long word is made unbreakable. A word joiner
   * would do the same in the text, but it reaches the PDF's text layer as a space.
   */
  var runPart = "span.footnote, sup.note-call, sup.note-call-separator";
  var notSplit = "span.footnote, sup, img, br, .note-call-group";

  var graphemes = typeof Intl === "object" && Intl.Segmenter ? new Intl.Segmenter(undefined, { granularity: "grapheme" }) : null;

  /**
   * Where the last character a reader sees in `text` starts (-1 if none): a whole grapheme
   * cluster, the conjunct प्र, the Thai น้ำ, an emoji family or a flag. Split inside one, the
   * letters put in the span were shaped with those before them and reached the PDF's text
   * layer with no glyph of their own: the र of प्र was lost.
   */
  function lastCharacterStart(text) {
    var end = /\s*$/.exec(text).index;
    if (end === 0) return -1;
    if (graphemes) return graphemes.segment(text).containing(end - 1).index;
    var match = /\S\p{M}*$/u.exec(text.slice(0, end));
    return match ? match.index : -1;
  }

  /** Takes the last visible character at the end of `node` (with the spaces after it) out as a detached node, or null. */
  function takeLastCharacter(node) {
    if (node.nodeType === 3) {
      var start = lastCharacterStart(node.data);
      if (start < 0) return null;
      var tail = start > 0 ? node.splitText(start) : node;
      tail.remove();
      return tail;
    }
    if (node.nodeType !== 1 || !node.lastChild || node.matches(notSplit)) return null;
    // Inside an element (emphasis, a link): the character goes into a copy of that element.
    var inner = takeLastCharacter(node.lastChild);
    if (!inner) return null;
    var shell = node.cloneNode(false);
    shell.removeAttribute("id");
    shell.appendChild(inner);
    if (!node.firstChild) node.remove();
    return shell;
  }

  function isBlank(node) {
    return node.nodeType === 3 && !/\S/.test(node.data);
  }

  /** How many calls of a run stay on the line of the word before them; the rest may wrap (markdown/call-runs.ts; pagedjs-cli's page gets no options). */
  var gluedCalls = options.callsKeptWithText || 3;

  function glueCalls(root) {
    root.querySelectorAll("sup.note-call").forEach(function (call) {
      if (call.parentNode.classList.contains("note-call-group")) return;
      var members = [call];
      for (var next = call.nextSibling; next; next = next.nextSibling) {
        if (next.nodeType === 1 && next.matches(runPart)) members.push(next);
        else if (!(isBlank(next) && next.nextSibling && next.nextSibling.nodeType === 1 && next.nextSibling.matches(runPart))) break;
        else members.push(next);
      }
      var before = [];
      var previous = call.previousSibling;
      while (previous && isBlank(previous)) {
        before.unshift(previous);
        previous = previous.previousSibling;
      }
      var character = previous ? takeLastCharacter(previous) : null;
      var parent = call.parentNode;
      var group = document.createElement("span");
      group.className = "note-call-group";
      parent.insertBefore(group, call);
      if (character) group.appendChild(character);
      var calls = 0;
      before.concat(members).forEach(function (member) {
        if (member.nodeType === 1 && member.matches("sup.note-call") && ++calls > gluedCalls) {
          // A long run (the sources of a generated report, forty calls in a row) is wider than
          // a line: past its first calls it may break after any separator, each call kept whole.
          var rest = document.createElement("span");
          rest.className = "note-call-group";
          parent.insertBefore(document.createElement("wbr"), group.nextSibling);
          parent.insertBefore(rest, group.nextSibling.nextSibling);
          group = rest;
        }
        group.appendChild(member);
      });
    });
  }

  /*
   * The running heads are the same on every page of an article: the texts of its hidden
   * .running-title and .running-author elements, set once on the root as CSS strings for
   * print.css. Paged.js's string-set would set them again on every page it lays out, each
   * time restyling the whole page.
   */
  var runningHeads = [
    ["running-title", "--press-running-title"],
    ["running-author", "--press-running-author"],
  ];

  function runningHeadText(className) {
    var element = document.querySelector("." + className);
    return element ? element.textContent.replace(/\s+/g, " ").trim() : "";
  }

  function setRunningHeads() {
    runningHeads.forEach(function (pair) {
      document.documentElement.style.setProperty(pair[1], cssString(runningHeadText(pair[0])));
    });
  }

  /*
   * A running head is one line no wider than the text block: a title or a chapter's title
   * longer than that is cut after a whole word and ends in an ellipsis (shortTitle: in the
   * front matter chooses the words instead). Measured once the faces are loaded, after layout,
   * in the margin box's own face and size (print.css, @top-center).
   */
  var fittedHeads = new Map();
  var headRuler = null;
  function fitRunningHead(text) {
    if (!text) return text;
    if (fittedHeads.has(text)) return fittedHeads.get(text);
    if (!headRuler) {
      headRuler = document.createElement("div");
      headRuler.setAttribute("aria-hidden", "true");
      headRuler.style.cssText = "position:absolute;left:0;top:0;visibility:hidden;width:var(--press-measure, 146mm)";
      var line = document.createElement("span");
      line.style.cssText = "white-space:nowrap;font-family:var(--font-text, serif);font-size:var(--furniture-size);font-style:italic;letter-spacing:0.02em";
      headRuler.appendChild(line);
      document.documentElement.appendChild(headRuler);
    }
    var span = headRuler.firstChild;
    var room = headRuler.getBoundingClientRect().width;
    var fits = function (candidate) {
      span.textContent = candidate;
      return span.getBoundingClientRect().width <= room;
    };
    var fitted = text;
    if (!fits(text)) {
      var words = text.split(" ");
      fitted = "\u2026";
      for (var count = words.length - 1; count > 0; count--) {
        // No comma, colon or dash left hanging before the ellipsis.
        var candidate = words.slice(0, count).join(" ").replace(/[\s,;:\u2013\u2014-]+$/, "") + "\u2026";
        if (fits(candidate)) {
          fitted = candidate;
          break;
        }
      }
    }
    fittedHeads.set(text, fitted);
    return fitted;
  }

  /** The measuring line leaves the document before it is printed: it would be a page of its own. */
  function dropHeadRuler() {
    if (headRuler) headRuler.remove();
    headRuler = null;
  }

  /** The document's running heads made to fit, once laid out (only a head that had to be cut is set again). */
  function fitRunningHeads() {
    runningHeads.forEach(function (pair) {
      var text = runningHeadText(pair[0]);
      var fitted = fitRunningHead(text);
      if (fitted !== text) document.documentElement.style.setProperty(pair[1], cssString(fitted));
    });
  }

  /*
   * A table wider than the page's text block when each column is as wide as its longest word
   * (many columns of figures, a long name) would run past the edge, where Paged.js takes it for
   * overflow and the print edition loses its last columns. Each table is set once, before
   * layout, at the text block's width (--press-measure, from the paper's sheet) and in its own
   * context (the body's, or a note's at the foot of the page). One that does not fit gets
   * columns of fixed widths that fill the measure (.wide-table): a column of figures (1,234,567,
   * +4.5%, 2019) keeps the width of its widest figure, and the columns of words share the rest
   * in proportion to their longest words, which break where they must (print.css,
   * print-notes.css). When the figures alone leave the words too little room, every column
   * shares the measure that way. Nothing is cut.
   */
  var figuresOnly = /^[\s\d.,:;%+\-\u2212\u2013()$\u20ac\u00a3\u00a5]*\d[\s\d.,:;%+\-\u2212\u2013()$\u20ac\u00a3\u00a5]*$/;
  /** The room, in ems, a column of words whose longest word is longer is given at least beside columns of figures. */
  var leastWordColumn = 3;

  function markWideTables() {
    var measure = document.createElement("div");
    measure.setAttribute("aria-hidden", "true");
    measure.style.cssText = "position:absolute;left:0;top:0;visibility:hidden;width:var(--press-measure, 146mm)";
    // Beside the body, not in it: the body's content stays out of the screen layout until Paged.js takes it.
    document.documentElement.appendChild(measure);
    var contexts = [
      { tables: ".article-body table", rows: "tr", cells: "th, td", wrap: ["main", "article-body"] },
      { tables: ".footnote .note-table", rows: ".note-tr", cells: ".note-th, .note-td", wrap: ["div", "pagedjs_footnote_inner_content"], note: true },
    ];
    var trials = [];
    contexts.forEach(function (context) {
      var holder = document.createElement(context.wrap[0]);
      holder.className = context.wrap[1];
      measure.appendChild(holder);
      document.querySelectorAll(context.tables).forEach(function (table) {
        if (measure.contains(table)) return;
        var trial = table.cloneNode(true);
        // A note a cell calls sits in the cell until Paged.js moves it to the foot: measured
        // there, it widened its column by the note's text.
        if (!context.note) trial.querySelectorAll(".footnote").forEach(function (note) {
          note.remove();
        });
        var inner = trial;
        if (context.note) {
          // The note's own element around it, for the note's size and the table's indent.
          inner = document.createElement("span");
          inner.className = "footnote";
          inner.appendChild(trial);
        }
        holder.appendChild(inner);
        trials.push({ table: table, trial: trial, holder: holder, context: context });
      });
    });
    // Laid out once, so that the faces the tables use start loading; measured once they have.
    measure.getBoundingClientRect();
    return document.fonts.ready.then(function () {
      trials.forEach(function (item) {
        var edge = item.holder.getBoundingClientRect().right;
        if (item.trial.getBoundingClientRect().right <= edge + 0.5) {
          holdColumns(item.table, item.trial, item.context);
          return;
        }
        var widths = columnWidths(item.trial, item.context, edge);
        if (widths) fixColumns(item.table, item.context, widths, true);
      });
      measure.remove();
    });
  }

  /** A table's rows, each as its own cells (not those of a table nested in a cell). */
  function gridRows(table, context) {
    return Array.prototype.slice.call(table.querySelectorAll(context.rows)).map(function (row) {
      return Array.prototype.slice.call(row.querySelectorAll(context.cells)).filter(function (cell) {
        return cell.closest(context.rows) === row;
      });
    });
  }

  /** Fixed widths (px) for the columns of a table too wide for the measure, or null when its rows are not a plain grid. */
  function columnWidths(trial, context, edge) {
    var rows = gridRows(trial, context);
    var count = rows.length ? rows[0].length : 0;
    if (!count || rows.some(function (row) { return row.length !== count; })) return null;
    // Each column as narrow as its longest word: the table shrunk as far as it goes, with the
    // closer cell spacing of a wide table.
    trial.classList.add("wide-table");
    trial.style.width = "1px";
    var least = rows[0].map(function (cell) {
      return cell.getBoundingClientRect().width;
    });
    trial.style.removeProperty("width");
    var figures = least.map(function (_width, column) {
      return rows.every(function (row, index) {
        var text = row[column].textContent;
        // A heading row may hold words over figures ("Change", "2019").
        return figuresOnly.test(text) || (index === 0 && row[column].matches("th, .note-th") && text.trim().length <= 12);
      }) && rows.some(function (row) { return figuresOnly.test(row[column].textContent); });
    });
    var room = edge - trial.getBoundingClientRect().left;
    var em = parseFloat(getComputedStyle(trial).fontSize) || 12;
    // Each column of words needs its longest word, or a few ems of it where the word is longer.
    var need = function (width) {
      return Math.min(width, leastWordColumn * em);
    };
    var figureRoom = least.reduce(function (sum, width, column) { return sum + (figures[column] ? width : 0); }, 0);
    var wordWidth = least.reduce(function (sum, width, column) { return sum + (figures[column] ? 0 : width); }, 0);
    var wordNeeds = least.reduce(function (sum, width, column) { return sum + (figures[column] ? 0 : need(width)); }, 0);
    var keepFigures = wordWidth > 0 && room - figureRoom >= wordNeeds;
    return least.map(function (width, column) {
      if (keepFigures) return figures[column] ? width : Math.floor(((room - figureRoom) * width) / wordWidth);
      // Figures too wide even so: the words keep their few ems, the figures share what is left.
      if (figureRoom > 0 && room - wordNeeds > 0) return figures[column] ? Math.floor(((room - wordNeeds) * width) / figureRoom) : Math.floor(need(width));
      return Math.floor((room * width) / (figureRoom + wordWidth));
    });
  }

  /*
   * A table that may break across pages keeps the columns the whole table has at the measure:
   * laid out page by page, each part sized its columns to its own rows, so a column moved from
   * page to page. A note's table and a short one are not split; a table with spanning cells is
   * left to the browser, whose columns are not one cell each.
   */
  function holdColumns(table, trial, context) {
    if (context.note || table.hasAttribute("data-press-short")) return;
    var rows = gridRows(trial, context);
    var count = rows.length ? rows[0].length : 0;
    var plainGrid = rows.every(function (row) {
      return row.length === count && row.every(function (cell) { return cell.colSpan === 1 && cell.rowSpan === 1; });
    });
    if (!count || !plainGrid) return;
    fixColumns(table, context, rows[0].map(function (cell) { return cell.getBoundingClientRect().width; }), false);
  }

  function fixColumns(table, context, widths, wide) {
    if (wide) table.classList.add("wide-table");
    var total = widths.reduce(function (sum, width) { return sum + width; }, 0);
    table.style.tableLayout = "fixed";
    table.style.width = total + "px";
    gridRows(table, context).forEach(function (cells) {
      cells.forEach(function (cell, column) {
        cell.style.boxSizing = "border-box";
        cell.style.width = widths[column] + "px";
      });
    });
  }

  /*
   * Each page's folio as printed. A book's front matter (the pages before its first chapter:
   * title, copyright, contents) is numbered in lower-case roman figures, and the first chapter
   * starts again at 1, as printed books do; an article's pages are 1, 2, 3...
   */
  function folioLabels(pages) {
    var first = -1;
    pages.forEach(function (page, index) {
      if (first === -1 && page.element.querySelector(".chapter-title")) first = index;
    });
    return pages.map(function (_page, index) {
      if (first <= 0) return String(index + 1);
      return index < first ? romanNumeral(index + 1) : String(index - first + 1);
    });
  }

  function romanNumeral(number) {
    var numerals = [[1000, "m"], [900, "cm"], [500, "d"], [400, "cd"], [100, "c"], [90, "xc"], [50, "l"], [40, "xl"], [10, "x"], [9, "ix"], [5, "v"], [4, "iv"], [1, "i"]];
    var text = "";
    numerals.forEach(function (pair) {
      while (number >= pair[0]) {
        text += pair[1];
        number -= pair[0];
      }
    });
    return text;
  }

  /* A chapter's title as its running head repeats it: the note on the title is called once, from the title itself. */
  function titleWithoutCalls(heading) {
    var copy = heading.cloneNode(true);
    copy.querySelectorAll("sup.note-call, sup.note-call-separator, span.footnote, [data-footnote-call]").forEach(function (call) {
      call.remove();
    });
    return copy.textContent.replace(/\s+/g, " ").trim();
  }

  /*
   * In a book, the right-hand running head is the chapter's title, set on each page (the page
   * box's margin boxes inherit it): the title of the last chapter opened on or before the page.
   * The page a chapter opens on shows no running head, as books print it.
   */
  function setChapterHeads(pages) {
    // An article has no chapters: its running heads stay the ones set once for the document.
    if (!document.querySelector(".pagedjs_pages .chapter-title")) return;
    var current = null;
    pages.forEach(function (page) {
      var opening = page.element.querySelector(".chapter-title");
      if (opening) current = titleWithoutCalls(opening);
      // The front matter (title, copyright, contents pages) carries no running head.
      if (current === null) {
        page.element.style.setProperty("--press-running-title", cssString(""));
        page.element.style.setProperty("--press-running-author", cssString(""));
        return;
      }
      page.element.style.setProperty("--press-running-title", cssString(opening ? "" : fitRunningHead(current)));
      if (opening) page.element.style.setProperty("--press-running-author", cssString(""));
    });
  }

  /*
   * A short code block is kept on one page (print.css); one longer than this many lines may
   * break where the page ends. Kept whole, a block as long as a page was moved to the next
   * page and there printed partly twice by Paged.js, and a block of half a page left half a
   * page empty.
   */
  var longCodeLines = 12;

  /*
   * A source line wraps (print.css sets pre-wrap), so a line counts once for every measure of
   * this many characters it holds, fewer than an A5 line takes: one line of thousands of
   * characters is a long block too. Counted as one, it was kept whole, ran past the page's
   * foot, and the article was refused for text that "does not fit beside its notes".
   */
  var codeCharactersPerLine = 50;

  function wrappedLineCount(text) {
    return text.replace(/\n$/, "").split("\n").reduce(function (count, line) {
      return count + Math.max(1, Math.ceil(Array.from(line).length / codeCharactersPerLine));
    }, 0);
  }

  /*
   * A run of code with no space (a path, a call with its arguments, a hash, a line of minified
   * data) longer than `codeRunLimit` characters gets places where a line may end (<wbr>, which
   * draws nothing): after its punctuation, as an address gets them (url-breaks.ts), and every
   * `codeRunPiece` characters of a stretch of more than `codeStretchLimit` with none. Broken
   * anywhere by print.css instead, such a run cut by the page's foot lost a line of it: Paged.js
   * cuts a word at a letter, and the line the foot went through was printed on neither page. Cut
   * at a <wbr>, it moves whole. A stretch a line can hold is left whole, so that it moves to the
   * next line as a word does, not broken where the line happens to end.
   */
  var codeRunLimit = 40;
  var codeStretchLimit = 60;
  var codeRunPiece = 20;
  var codeBreakAfter = /^[(\[{,;.\/\\=&?:|]$/u;
  var longCodeRun = new RegExp("\\S{" + (codeRunLimit + 1) + "}", "u");

  function breakLongCodeRuns(root) {
    var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
      acceptNode: function (node) {
        var parent = node.parentElement;
        return parent && parent.closest("pre, code, kbd, samp") ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT;
      },
    });
    var long = [];
    for (var node = walker.nextNode(); node; node = walker.nextNode()) {
      if (longCodeRun.test(node.data)) long.push(node);
    }
    long.forEach(function (text) {
      var pieces = [];
      text.data.split(/(\s+)/u).forEach(function (chunk) {
        var characters = graphemes ? Array.from(graphemes.segment(chunk), function (part) { return part.segment; }) : Array.from(chunk);
        if (/\s/u.test(chunk) || characters.length <= codeRunLimit) {
          pieces.push(chunk);
          return;
        }
        var stretch = [];
        var endStretch = function () {
          var size = stretch.length > codeStretchLimit ? codeRunPiece : stretch.length;
          for (var at = 0; at < stretch.length; at += size) {
            if (at > 0) pieces.push(null);
            pieces.push(stretch.slice(at, at + size).join(""));
          }
          stretch = [];
        };
        characters.forEach(function (character, index) {
          stretch.push(character);
          if (codeBreakAfter.test(character) && index < characters.length - 1) {
            endStretch();
            pieces.push(null);
          }
        });
        endStretch();
      });
      var fragment = document.createDocumentFragment();
      var run = "";
      pieces.forEach(function (piece) {
        if (piece !== null) {
          run += piece;
          return;
        }
        fragment.appendChild(document.createTextNode(run));
        fragment.appendChild(document.createElement("wbr"));
        run = "";
      });
      if (run) fragment.appendChild(document.createTextNode(run));
      text.parentNode.replaceChild(fragment, text);
    });
  }

  /*
   * A picture alone in its paragraph, with no caption (`![A photograph](photo.jpg)`), is set as
   * a figure in print: too tall for the room left at a page's foot, it went to the next page
   * with all the text after it, and left the page half empty. As a figure it may wait while
   * the text goes on below it, as a numbered figure does (figuresToNextPageHandler), and it is
   * centred, not set at a paragraph's indent. The web page and the EPUB keep the paragraph.
   */
  function picturesAsFigures(root) {
    root.querySelectorAll(".article-body > p").forEach(function (paragraph) {
      var only = paragraph.children.length === 1 ? paragraph.firstElementChild : null;
      if (!only || only.tagName !== "IMG" || paragraph.textContent.trim() !== "") return;
      var figure = document.createElement("figure");
      Array.prototype.forEach.call(paragraph.attributes, function (attribute) {
        figure.setAttribute(attribute.name, attribute.value);
      });
      figure.classList.add("picture");
      figure.appendChild(only);
      paragraph.replaceWith(figure);
    });
  }

  function markLongCode(root) {
    root.querySelectorAll("pre").forEach(function (pre) {
      if (wrappedLineCount(pre.textContent) > longCodeLines) pre.setAttribute("data-press-long", "");
    });
  }

  /*
   * A short table, a few rows of short cells, is kept on one page too (print.css): split, a
   * table of three rows left its last row alone under a repeated header on the next page. A
   * longer one breaks between rows, its header repeated.
   */
  var shortTableRows = 6;
  var shortTableCharacters = 600;

  function markShortTables(root) {
    root.querySelectorAll(".article-body table").forEach(function (table) {
      // A note's table goes where Paged.js sets the note, which has its own rules.
      if (table.closest(".footnote")) return;
      var rows = table.querySelectorAll("tbody tr").length;
      // The cells' own text: a note a cell calls sits in the cell until Paged.js moves it to the foot.
      var text = table.textContent.length;
      table.querySelectorAll(".footnote").forEach(function (note) {
        if (!note.parentElement.closest(".footnote")) text -= note.textContent.length;
      });
      if (rows <= shortTableRows && text <= shortTableCharacters) table.setAttribute("data-press-short", "");
    });
  }

  /*
   * The last page of an article or a chapter holds more than a line or two: the last paragraph
   * leaves at least `chapterEndLines` lines for it when it breaks, and one of a line or two is
   * not parted from the block before it, which gives it its last lines (chapterEndsHandler).
   * A runt of one or two lines alone on a chapter's last page, before the next chapter's new
   * page, is what publishers send back. Only a paragraph or list item ends this way: a figure
   * or a table has its own rules.
   */
  var chapterEndLines = 4;

  function markChapterEnds(root) {
    root.querySelectorAll(".article-body").forEach(function (body) {
      var ends = Array.prototype.filter.call(body.children, function (child) {
        var next = child.nextElementSibling;
        return !next || (next.tagName === "H2" && next.classList.contains("chapter-title"));
      });
      ends.forEach(function (end) {
        var last = end;
        while (/^(SECTION|DIV|OL|UL|BLOCKQUOTE|LI|ASIDE)$/.test(last.tagName) && last.lastElementChild) last = last.lastElementChild;
        if (last.tagName !== "P" && last.tagName !== "LI") return;
        if (last.closest(".footnote") || !last.previousElementSibling) return;
        last.style.widows = String(chapterEndLines);
        // One that calls a note is not held to the block before it: its lines go with the room
        // its notes leave.
        if (!last.querySelector(".footnote")) last.setAttribute("data-press-chapter-end", "");
      });
    });
  }

  /**
   * A chapter's last paragraph of one or two lines is kept with the block before it. Only a
   * short one: held to a longer one, a paragraph of three lines that went to the next page whole
   * took the last line of the one before along, and left its first line alone.
   */
  function chapterEndsHandler(Handler) {
    class KeepShortEnds extends Handler {
      onPageLayout(wrapper) {
        this.wrapper = wrapper;
      }
      layoutNode(node) {
        if (node.nodeType !== 1 || !node.hasAttribute("data-press-chapter-end") || !this.wrapper || node.style.breakBefore) return;
        var parent = node.parentElement && this.wrapper.querySelector('[data-ref="' + node.parentElement.dataset.ref + '"]');
        if (!parent) return;
        var trial = unplacedCopy(node, true);
        trial.style.breakInside = "avoid";
        parent.appendChild(trial);
        var lineHeight = parseFloat(getComputedStyle(trial).lineHeight) || 16;
        var lines = Math.round(trial.getBoundingClientRect().height / lineHeight);
        trial.remove();
        node.style.breakBefore = lines <= 2 ? "avoid" : "auto";
      }
    }
    return KeepShortEnds;
  }

  var prepared = false;
  window.PagedConfig = {
    auto: true,
    // A word cut at the foot of a page gets an ordinary hyphen, like the ones at line ends.
    settings: { hyphenGlyph: "-" },
    // pagedjs-cli injects its own Paged.js, which calls before() and after() when it loads
    // (with no flow: it is told not to lay out by itself), and then calls them again around
    // the layout it starts: the page is prepared and the handlers registered once, and only
    // a finished layout settles it.
    before: function () {
      if (prepared) return;
      prepared = true;
      setRunningHeads();
      if (keepCallsWithText) glueCalls(document.body);
      picturesAsFigures(document.body);
      markLongCode(document.body);
      breakLongCodeRuns(document.body);
      markShortTables(document.body);
      markChapterEnds(document.body);
      if (isolateText) isolateTextNodes(document.body);
      window.Paged.registerHandlers(finishedPagesHandler(window.Paged.Handler));
      window.Paged.registerHandlers(pageReferencesHandler(window.Paged.Handler));
      window.Paged.registerHandlers(repeatedTableHeadersHandler(window.Paged.Handler));
      window.Paged.registerHandlers(tableBreaksHandler(window.Paged.Handler));
      window.Paged.registerHandlers(chapterEndsHandler(window.Paged.Handler));
      window.Paged.registerHandlers(figuresToNextPageHandler(window.Paged.Handler));
      window.Paged.registerHandlers(textPastPageHandler(window.Paged.Handler));
      if (parkUsedRanges) window.Paged.registerHandlers(parkedRangesHandler(window.Paged.Handler));
      if (hideFinishedPages) window.Paged.registerHandlers(hiddenPagesHandler(window.Paged.Handler));
      // Paged.js waits for this before it lays out.
      return markWideTables();
    },
    after: function (flow) {
      if (flow) settle({ flowTotal: flow.total });
    },
  };
})();
