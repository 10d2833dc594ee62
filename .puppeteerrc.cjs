/**
 * Puppeteer's settings for the packages that bring their own copy (pagedjs-cli): the system
 * Chromium, and no browser download at install time (none can be fetched here). The build
 * itself uses puppeteer-core with the path from scripts/lib/browser/chromium-path.ts.
 */
module.exports = {
  skipDownload: true,
  executablePath: process.env.CHROMIUM_PATH || "/usr/lib/chromium/chromium",
};
