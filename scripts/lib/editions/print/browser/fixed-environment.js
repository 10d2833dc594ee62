/*
 * Installed before any script of the print page runs (page.evaluateOnNewDocument), so the
 * ids Paged.js makes (a UUID built from Date, performance.now and Math.random) come out the
 * same on every run: Math.random becomes a seeded generator, and the page's clock is pinned.
 * Nothing the reader sees depends on either; identical ids keep the PDF byte-identical.
 *
 * A function expression called with (seed, epochMs, options) by the renderer. Plain browser
 * JavaScript: see print-runtime.js for why.
 */
(function (seed, epochMs, options) {
  "use strict";

  // xorshift32: small, fast and good enough for identifiers; never zero once seeded.
  var state = seed >>> 0 || 0x9e3779b9;
  Math.random = function () {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 4294967296;
  };

  var RealDate = Date;
  function PinnedDate() {
    var args = Array.prototype.slice.call(arguments);
    if (!(this instanceof PinnedDate)) return new RealDate(epochMs).toString();
    return args.length === 0 ? new RealDate(epochMs) : new (Function.prototype.bind.apply(RealDate, [null].concat(args)))();
  }
  PinnedDate.prototype = RealDate.prototype;
  PinnedDate.now = function () {
    return epochMs;
  };
  PinnedDate.parse = RealDate.parse;
  PinnedDate.UTC = RealDate.UTC;
  window.Date = PinnedDate;

  var pinnedNow = 0;
  performance.now = function () {
    return pinnedNow;
  };

  // Paged.js paces itself with requestAnimationFrame and requestIdleCallback, which a page
  // that is not the visible tab of its window never gets: its layout would stall. The build
  // gives every page a window of its own; plain timers (background throttling is off) keep a
  // layout going even if a page ends up behind another all the same.
  window.requestAnimationFrame = function (callback) {
    return setTimeout(function () {
      callback(pinnedNow);
    }, 0);
  };
  window.cancelAnimationFrame = function (id) {
    clearTimeout(id);
  };
  window.requestIdleCallback = function (callback) {
    return setTimeout(function () {
      callback({
        didTimeout: false,
        timeRemaining: function () {
          return 50;
        },
      });
    }, 0);
  };
  window.cancelIdleCallback = function (id) {
    clearTimeout(id);
  };

  window.__pressOptions = options;
})
