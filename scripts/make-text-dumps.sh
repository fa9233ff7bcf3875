#!/bin/sh
# Text dumps of real PDFs, as users hold them, for the text-dump reader's tests (corpus/dumps/).
#
#   corpus/dumps/<name>.layout.txt   pdftotext -layout: columns kept with spaces, form feeds between pages
#   corpus/dumps/<name>.raw.txt      pdftotext (no -layout): reading order, one text run per line
#
# Made with poppler-utils' pdftotext 22.12 (Debian: apt-get install poppler-utils). pdftotext is a
# development tool only: gouji reads the dumps (and the PDFs) without it.
set -eu
cd "$(dirname "$0")/.."
command -v pdftotext >/dev/null || { echo "needs pdftotext (apt-get install poppler-utils)" >&2; exit 1; }
mkdir -p corpus/dumps
for name in putuo-finance-2024-final-accounts putuo-justice-2026-dept-budget; do
  pdftotext -q -enc UTF-8 -layout "corpus/real/$name.pdf" "corpus/dumps/$name.layout.txt"
done
pdftotext -q -enc UTF-8 corpus/real/putuo-finance-2024-final-accounts.pdf corpus/dumps/putuo-finance-2024-final-accounts.raw.txt
ls -l corpus/dumps
