/*
 * Starts Paged.js in the standalone print page (<slug>/print.html, see standalone-print-page.ts)
 * when a person opens it in a browser. A browser under automation (pagedjs-cli drives Chromium
 * through puppeteer, which sets navigator.webdriver) is not started here: pagedjs-cli injects
 * its own Paged.js once the page has loaded and lays the page out itself, and a second Paged.js
 * started by the page would lay the same content out twice.
 *
 * The project's Paged.js (with the patches of paged-polyfill.ts) travels in the page as base64
 * text in a non-script block, so that nothing in its source can end or confuse the HTML
 * element that holds it. Plain browser JavaScript: see print-runtime.js for why.
 */
(function () {
  "use strict";
  if (navigator.webdriver) return;
  var holder = document.getElementById("press-paged-polyfill");
  if (!holder) return;
  var binary = atob(holder.textContent.trim());
  var bytes = new Uint8Array(binary.length);
  for (var i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  var script = document.createElement("script");
  script.textContent = new TextDecoder().decode(bytes);
  document.head.appendChild(script);
})();
