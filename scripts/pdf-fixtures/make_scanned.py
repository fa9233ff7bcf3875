"""Writes an image-only PDF (a “scanned” report: no text layer) from grayscale JPEG pages.
Usage: python3 make_scanned.py out.pdf page1.jpg [page2.jpg …]"""

from __future__ import annotations

import os
import struct
import sys

sys.path.insert(0, os.path.dirname(__file__))
from minipdf import Document  # noqa: E402


def jpeg_size(data: bytes) -> tuple[int, int]:
    """Width and height from the JPEG's SOF marker."""
    i = 2
    while i < len(data):
        marker, length = data[i + 1], struct.unpack(">H", data[i + 2:i + 4])[0]
        if marker in (0xC0, 0xC1, 0xC2):
            h, w = struct.unpack(">HH", data[i + 5:i + 9])
            return w, h
        i += 2 + length
    raise ValueError("no SOF marker")


if __name__ == "__main__":
    out, *jpegs = sys.argv[1:]
    doc = Document()
    for path in jpegs:
        data = open(path, "rb").read()
        w, h = jpeg_size(data)
        name = doc.add_jpeg(w, h, data)
        page = doc.add_page()
        page.image(name, 0, 0, 595, 842)
    doc.write(out)
