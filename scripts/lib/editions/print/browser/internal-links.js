/*
 * Hands the print page's links within the document over to the PDF finisher, just before
 * printing: where each link's target is (its page, and its top left corner from the page's
 * top left, in whole CSS pixels), and each such link's href turned into an address Chromium treats
 * as leaving the document (`scheme` followed by the target's id, URI-encoded).
 *
 * Why: for every page it prints, Chromium looks through all of the document's linked
 * destinations, so a PDF write with links between notes and calls grew with the square of the
 * pages (781 pages: 47.8 s of renderer CPU with the links, 12.7 s without; bench/results.md).
 * Printed as leaving links, each keeps its box, its place in the tags and its
 * annotation; pdf-internal-links.ts makes each a link to a named destination again, from the
 * places read here. What a link looks like does not change: both kinds match :link.
 *
 * A function expression evaluated in the page (page.evaluate) after layout. Plain browser
 * JavaScript: see print-runtime.js for why.
 */
(function (scheme) {
  "use strict";

  var pages = Array.prototype.slice.call(document.querySelectorAll(".pagedjs_pages > .pagedjs_page"));
  var pageIndex = new Map();
  pages.forEach(function (page, index) {
    pageIndex.set(page, index);
  });
  // Pages the layout hid on screen (print-runtime.js) have no geometry there: shown again.
  pages.forEach(function (page) {
    page.removeAttribute("data-press-hidden");
  });
  var targets = {};
  var links = document.querySelectorAll('a[href^="#"]');
  for (var i = 0; i < links.length; i++) {
    var link = links[i];
    var fragment = link.getAttribute("href").slice(1);
    // "#" alone is the top of the document: left to Chromium.
    if (!fragment) continue;
    var id;
    try {
      id = decodeURIComponent(fragment);
    } catch (error) {
      id = fragment;
    }
    if (!Object.prototype.hasOwnProperty.call(targets, id)) {
      var target = document.getElementById(id);
      var page = target && target.closest(".pagedjs_page");
      if (page && pageIndex.has(page)) {
        var box = target.getBoundingClientRect();
        var pageBox = page.getBoundingClientRect();
        // Whole pixels, rounded down, as Chromium places its own destinations.
        targets[id] = { page: pageIndex.get(page), x: Math.floor(box.left - pageBox.left), y: Math.floor(box.top - pageBox.top) };
      } else {
        targets[id] = null;
      }
    }
    link.setAttribute("href", scheme + encodeURIComponent(id));
  }
  return targets;
});
