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
 * cost more (about half the layout time on long books). Their resize observers are removed
 * first, so hiding and showing them again cannot start a reflow. All pages are shown again
 * before Paged.js reports the end of layout.
 *
 * Plain browser JavaScript on purpose: tsx rewrites functions it compiles (adding __name
 * helpers), which breaks code serialised into a page.
 */
(function () {
  "use strict";

  var options = window.__pressOptions || {};
  var hideFinishedPages = options.hideFinishedPages !== false;
  var settle;
  var fail;
  var done = new Promise(function (resolve, reject) {
    settle = resolve;
    fail = reject;
  });
  window.__pressLayout = done;

  window.addEventListener("error", function (event) {
    fail(new Error("script error during layout: " + (event.message || "unknown")));
  });
  window.addEventListener("unhandledrejection", function (event) {
    var reason = event.reason;
    fail(new Error("layout failed: " + (reason && reason.message ? reason.message : String(reason))));
  });

  function hiddenPagesHandler(Handler) {
    class HideFinishedPages extends Handler {
      afterPageLayout(pageElement, page, breakToken, chunker) {
        page.removeListeners();
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
        pages.forEach(function (page) {
          if (!page.element.hasAttribute("data-press-hidden")) return;
          page.element.removeAttribute("data-press-hidden");
          page.element.style.removeProperty("display");
        });
      }
    }
    return HideFinishedPages;
  }

  window.PagedConfig = {
    auto: true,
    before: function () {
      if (hideFinishedPages) window.Paged.registerHandlers(hiddenPagesHandler(window.Paged.Handler));
    },
    after: function (flow) {
      settle({ flowTotal: flow.total });
    },
  };
})();
