/*
 * Soft hyphens out of the PDF's text layer, served at /vendor/line-end-hyphens.js and loaded
 * before the print runtime, which registers the handler it defines with Paged.js.
 *
 * The body is hyphenated at build time with soft hyphens (U+00AD; hyphenation.ts). Chromium
 * writes every one of them into the PDF, also where no line breaks: pdftotext then reads
 * "Amer\u00ADi\u00ADcan", MuPDF's command line "Amer i can", and a search for the word fails.
 * Once a page is laid out, each soft hyphen of its text is looked at: where the line does not
 * break, it is removed (it draws nothing and takes no width there, so no line changes); where
 * the line breaks, it becomes the hyphen Chromium drew there, as text, in a span of class
 * press-line-hyphen (the layout report leaves it out of the author's text). Extractors that
 * join a line ending in "-" with the next (pdftotext, MuPDF's dehyphenation) then read the
 * whole word.
 *
 * Plain browser JavaScript: see print-runtime.js for why.
 */
(function () {
  "use strict";

  var softHyphen = "\u00AD";

  /*
   * The box of the character at `offset` of `text`, or null when it has none. A range that
   * starts where a line wraps also reports an empty box at the end of the line before: the
   * widest box is the character's.
   */
  function characterBox(text, offset) {
    var range = document.createRange();
    range.setStart(text, offset);
    range.setEnd(text, offset + 1);
    var rects = range.getClientRects();
    var widest = null;
    for (var i = 0; i < rects.length; i++) if (!widest || rects[i].width > widest.width) widest = rects[i];
    return widest;
  }

  /** The box of the character next to position `offset` of texts[index], going `step` (-1 back, +1 on) across text nodes; null at either end. */
  function neighbourBox(texts, index, offset, step) {
    var at = offset + step;
    while (index >= 0 && index < texts.length) {
      var data = texts[index].data;
      for (; at >= 0 && at < data.length; at += step) {
        if (data[at] !== softHyphen && /\S/.test(data[at])) return characterBox(texts[index], at);
      }
      index += step;
      if (index >= 0 && index < texts.length) at = step > 0 ? 0 : texts[index].data.length - 1;
    }
    return null;
  }

  /*
   * True when the line breaks at the soft hyphen at `offset` of texts[index]: the characters
   * either side of it (in whatever text nodes markup put them) sit on different lines. With
   * no character on one side, it is kept as the visible hyphen it may be.
   */
  function breaksLine(texts, index, offset) {
    var before = neighbourBox(texts, index, offset, -1);
    var after = neighbourBox(texts, index, offset, 1);
    if (!before || !after) return true;
    return Math.abs(after.top - before.top) > before.height / 2;
  }

  /** Every soft hyphen of `root`'s text, with whether the line breaks there; measured before anything changes. */
  function softHyphensOf(root) {
    var texts = [];
    var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (var node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node);
    var found = [];
    texts.forEach(function (text, index) {
      for (var at = text.data.indexOf(softHyphen); at !== -1; at = text.data.indexOf(softHyphen, at + 1)) {
        found.push({ text: text, offset: at, lineEnd: breaksLine(texts, index, at) });
      }
    });
    return found;
  }

  /** Rewrites the soft hyphens found, last first, so the offsets of those before stay right. */
  function settle(found) {
    for (var i = found.length - 1; i >= 0; i--) {
      var item = found[i];
      var text = item.text;
      if (!item.lineEnd) {
        text.deleteData(item.offset, 1);
        continue;
      }
      var rest = text.splitText(item.offset);
      rest.deleteData(0, 1);
      var hyphen = document.createElement("span");
      hyphen.className = "press-line-hyphen";
      hyphen.textContent = "-";
      text.parentNode.insertBefore(hyphen, rest);
    }
  }

  window.__pressLineEndHyphens = function (Handler) {
    class SettleSoftHyphens extends Handler {
      afterPageLayout(pageElement) {
        var content = pageElement.querySelector(".pagedjs_page_content");
        if (content) settle(softHyphensOf(content));
      }
    }
    return SettleSoftHyphens;
  };
})();
