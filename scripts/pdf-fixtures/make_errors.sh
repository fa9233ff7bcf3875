#!/usr/bin/env bash
# Makes the PDF error fixtures under corpus/pdf-errors/ from real tools (run from the repo root,
# once; the files are committed and gouji needs none of these tools at run time or in tests):
#   apt-get install -y qpdf poppler-utils imagemagick
set -euo pipefail
out=corpus/pdf-errors
mkdir -p "$out"
src=corpus/pdf-layout/page-x-of-y.pdf
[ -f "$src" ] || python3 scripts/pdf-fixtures/make_layout.py

# A password is needed to open it (user password "gouji-user"): → encrypted.
qpdf --encrypt gouji-user gouji-owner 256 -- "$src" "$out/encrypted.pdf"
# Encrypted with an empty user password (only printing/copying restricted): opens like any PDF.
qpdf --encrypt "" gouji-owner 256 --print=none --extract=n -- "$src" "$out/owner-password-only.pdf"

# Scanned: two pages that are pictures of the seed report's first pages, no text at all.
tmp=$(mktemp -d)
pdftoppm -r 45 -gray -f 1 -l 2 -jpeg -jpegopt quality=35 corpus/huaihua-gxj-2023.pdf "$tmp/scan"
python3 scripts/pdf-fixtures/make_scanned.py "$out/scanned.pdf" "$tmp"/scan-*.jpg
rm -rf "$tmp"

# Truncated: the first 55% of a real-looking PDF (no xref, no trailer, pages cut off).
bytes=$(stat -c %s corpus/pdf-layout/dept-accounts-3p.pdf)
head -c $((bytes * 55 / 100)) corpus/pdf-layout/dept-accounts-3p.pdf > "$out/truncated.pdf"

# Not a PDF at all behind the %PDF- magic: → corrupt.
printf '%%PDF-1.7\n%%garbage: this file claims to be a PDF but has no objects\n' > "$out/garbage.pdf"
ls -la "$out"
