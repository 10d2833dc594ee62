#!/usr/bin/env bash
# Installs what the pipeline needs on a fresh Debian/Ubuntu machine, then the npm packages.
#   chromium       lays out and prints the PDF (Paged.js runs inside it)
#   epubcheck      validates the EPUB (brings Java)
#   poppler-utils, mupdf-tools, qpdf   read PDFs back in the tests (pdftotext, pdfinfo, pdffonts, mutool, qpdf)
#   calibre        its book check and Kindle (AZW3) conversion, run on the EPUBs by the tests
# Browser downloads by npm packages are skipped: the system Chromium is used.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(chromium epubcheck poppler-utils mupdf-tools qpdf calibre strace)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "installing Debian packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

export PUPPETEER_SKIP_DOWNLOAD=1
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
