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
  // that is not the visible tab of its window never gets: its layout would stall. Both run
  // the callback as the next task instead, posted on a message channel: a timer would do
  // too, but browsers hold back timers set from timers once nested deep enough, and Paged.js
  // lays out every page from such a callback: every page of a book would wait.
  var nextTask = new MessageChannel();
  var waiting = new Map();
  var lastId = 0;
  nextTask.port1.onmessage = function (event) {
    var callback = waiting.get(event.data);
    if (!callback) return;
    waiting.delete(event.data);
    callback();
  };
  function soon(callback) {
    lastId += 1;
    waiting.set(lastId, callback);
    nextTask.port2.postMessage(lastId);
    return lastId;
  }
  function cancel(id) {
    waiting.delete(id);
  }
  window.requestAnimationFrame = function (callback) {
    return soon(function () {
      callback(pinnedNow);
    });
  };
  window.cancelAnimationFrame = cancel;
  window.requestIdleCallback = function (callback) {
    return soon(function () {
      callback({
        didTimeout: false,
        timeRemaining: function () {
          return 50;
        },
      });
    });
  };
  window.cancelIdleCallback = cancel;

  window.__pressOptions = options;
})
