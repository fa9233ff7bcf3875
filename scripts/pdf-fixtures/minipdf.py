"""A tiny PDF writer for test fixtures: CJK text in the non-embedded Adobe-GB1 font
STSong-Light (so a reader needs the UniGB-UTF16-H / Adobe-GB1 CMaps to read it), ruling
lines, rectangles, and several pages. Standard library only; used by make_layout.py."""

from __future__ import annotations


def text_width(s: str, size: float) -> float:
    """Advance width with the widths declared in the font: ASCII half an em, the rest one em."""
    return sum(0.5 if ord(c) < 128 else 1.0 for c in s) * size


class Page:
    def __init__(self, width: float = 595.0, height: float = 842.0):
        self.width = width
        self.height = height
        self.ops: list[str] = []

    def text(self, x: float, y: float, s: str, size: float = 12, bold: bool = False, spacing: float = 0.0) -> None:
        """Draws `s` with its baseline at (x, y), PDF user space (y up); `spacing` is the
        extra space after each character (Tc), used to justify a line."""
        hexstr = s.encode("utf-16-be").hex().upper()
        font = "F2" if bold else "F1"
        tc = f"{spacing:.3f} Tc " if spacing else ""
        self.ops.append(f"BT /{font} {size:g} Tf {tc}1 0 0 1 {x:.2f} {y:.2f} Tm <{hexstr}> Tj ET")

    def text_right(self, x_right: float, y: float, s: str, size: float = 12) -> None:
        self.text(x_right - text_width(s, size), y, s, size)

    def text_center(self, cx: float, y: float, s: str, size: float = 12, bold: bool = False) -> None:
        self.text(cx - text_width(s, size) / 2, y, s, size, bold)

    def line(self, x0: float, y0: float, x1: float, y1: float, width: float = 0.5) -> None:
        self.ops.append(f"{width:g} w {x0:.2f} {y0:.2f} m {x1:.2f} {y1:.2f} l S")

    def fill_rect(self, x: float, y: float, w: float, h: float, gray: float = 0.0) -> None:
        self.ops.append(f"q {gray:g} g {x:.2f} {y:.2f} {w:.2f} {h:.2f} re f Q")

    def image(self, name: str, x: float, y: float, w: float, h: float) -> None:
        """Paints an image added with Document.add_jpeg, scaled to w×h at (x, y)."""
        self.ops.append(f"q {w:.2f} 0 0 {h:.2f} {x:.2f} {y:.2f} cm /{name} Do Q")


class Document:
    def __init__(self) -> None:
        self.pages: list[Page] = []
        self.images: list[tuple[int, int, bytes]] = []

    def add_page(self, width: float = 595.0, height: float = 842.0) -> Page:
        page = Page(width, height)
        self.pages.append(page)
        return page

    def add_jpeg(self, w: int, h: int, jpeg_bytes: bytes) -> str:
        """Adds a grayscale JPEG (a scanned page); returns the name pages paint it by."""
        self.images.append((w, h, jpeg_bytes))
        return f"Im{len(self.images)}"

    def write(self, path: str) -> None:
        objects: list[bytes] = []

        def add(body: bytes) -> int:
            objects.append(body)
            return len(objects)

        catalog = add(b"")  # filled in below
        pages_obj = add(b"")
        def cid_font(name: bytes) -> int:
            # One descriptor per font, so a reader does not take the bold face for the regular one.
            descriptor = add(
                b"<< /Type /FontDescriptor /FontName /" + name + b" /Flags 6 /FontBBox [-25 -254 1000 880] "
                b"/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>"
            )
            descendant = add(
                b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /" + name +
                b" /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> "
                b"/FontDescriptor " + str(descriptor).encode() + b" 0 R /DW 1000 /W [1 95 500] >>"
            )
            return add(
                b"<< /Type /Font /Subtype /Type0 /BaseFont /" + name + b" /Encoding /UniGB-UTF16-H "
                b"/DescendantFonts [" + str(descendant).encode() + b" 0 R] >>"
            )

        f1 = cid_font(b"STSong-Light")
        f2 = cid_font(b"STSong-Light,Bold")
        image_ref = b""
        if self.images:
            refs = []
            for n, (w, h, data) in enumerate(self.images, start=1):
                im = add(
                    f"<< /Type /XObject /Subtype /Image /Width {w} /Height {h} /ColorSpace /DeviceGray "
                    f"/BitsPerComponent 8 /Filter /DCTDecode /Length {len(data)} >>\nstream\n".encode()
                    + data + b"\nendstream"
                )
                refs.append(f"/Im{n} {im} 0 R")
            image_ref = f" /XObject << {' '.join(refs)} >>".encode()
        resources = (f"<< /Font << /F1 {f1} 0 R /F2 {f2} 0 R >>".encode() + image_ref + b" >>")
        kids = []
        for page in self.pages:
            content = "\n".join(page.ops).encode()
            stream = add(f"<< /Length {len(content)} >>\nstream\n".encode() + content + b"\nendstream")
            kids.append(add(
                f"<< /Type /Page /Parent {pages_obj} 0 R /MediaBox [0 0 {page.width:g} {page.height:g}] "
                f"/Contents {stream} 0 R /Resources ".encode() + resources + b" >>"
            ))
        objects[catalog - 1] = f"<< /Type /Catalog /Pages {pages_obj} 0 R >>".encode()
        objects[pages_obj - 1] = (
            f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>".encode()
        )

        out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
        offsets = []
        for i, body in enumerate(objects, start=1):
            offsets.append(len(out))
            out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
        xref = len(out)
        out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
        for off in offsets:
            out += f"{off:010d} 00000 n \n".encode()
        out += f"trailer\n<< /Size {len(objects) + 1} /Root {catalog} 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
        with open(path, "wb") as fh:
            fh.write(out)
