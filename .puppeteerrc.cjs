// Never download a browser: the build uses the system Chromium (see scripts/lib/print/browser.ts).
module.exports = { skipDownload: true };
