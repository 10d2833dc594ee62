// Never download a browser: the build drives the system Chromium (scripts/lib/browser/chromium-path.ts).
module.exports = { skipDownload: true };
