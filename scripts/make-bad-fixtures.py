#!/usr/bin/env python3
"""Writes the hostile/broken inputs under corpus/bad/ used by tests/convert/bad-input.test.ts.

Run from the repository root: python3 scripts/make-bad-fixtures.py
"""
import io, os, struct, zipfile, zlib

OUT = 'corpus/bad'
SEED = 'corpus/huaihua-gxj-2023.docx'
os.makedirs(OUT, exist_ok=True)

def write(name, data):
    with open(os.path.join(OUT, name), 'wb') as f:
        f.write(data)

seed = open(SEED, 'rb').read()

# 0-byte file
write('empty.docx', b'')
# a .docx cut in half: the zip's central directory is gone
write('truncated.docx', seed[: len(seed) // 2])
# random bytes named .docx (fixed seed so the fixture is stable)
rnd = bytes((i * 1103515245 + 12345) >> 7 & 0xFF for i in range(4096))
write('random.docx', rnd)

# a real 1x1 PNG renamed .docx
def png_chunk(kind, data):
    return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data) & 0xFFFFFFFF)
png = b'\x89PNG\r\n\x1a\n' + png_chunk(b'IHDR', struct.pack('>IIBBBBB', 1, 1, 8, 2, 0, 0, 0)) \
    + png_chunk(b'IDAT', zlib.compress(b'\x00\xff\x00\x00')) + png_chunk(b'IEND', b'')
write('image.docx', png)

# a zip that is not a Word document (an .xlsx-like archive)
buf = io.BytesIO()
with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr('[Content_Types].xml', '<Types/>')
    z.writestr('xl/workbook.xml', '<workbook/>')
write('workbook.docx', buf.getvalue())

# a .docx whose document.xml is malformed XML
buf = io.BytesIO()
with zipfile.ZipFile(io.BytesIO(seed)) as src, zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
    for item in src.infolist():
        data = src.read(item.filename)
        if item.filename == 'word/document.xml':
            data = data[: len(data) // 3] + b'<w:p><w:r><<</w:body'
        z.writestr(item, data)
write('malformed-xml.docx', buf.getvalue())

# zip bomb: a .docx whose document.xml inflates to 1 GiB of spaces (about 1 MB on disk)
def bomb(name, size, lie):
    buf = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(seed)) as src, zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for item in src.infolist():
            if item.filename != 'word/document.xml':
                z.writestr(item, src.read(item.filename))
        info = zipfile.ZipInfo('word/document.xml')
        info.compress_type = zipfile.ZIP_DEFLATED
        with z.open(info, 'w', force_zip64=True) as w:
            w.write(b'<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>')
            chunk = b' ' * (1 << 20)
            for _ in range(size >> 20):
                w.write(chunk)
            w.write(b'</w:t></w:r></w:p></w:body></w:document>')
    data = bytearray(buf.getvalue())
    if lie:
        # rewrite the declared uncompressed size of document.xml in the central directory
        # (and local header) to 1000 bytes: only counting while inflating catches this one
        i = data.find(b'word/document.xml')
        while i != -1:
            hdr = data.rfind(b'PK', 0, i)
            sig = bytes(data[hdr:hdr + 4])
            if sig == b'PK\x01\x02':
                struct.pack_into('<I', data, hdr + 24, 1000)
            elif sig == b'PK\x03\x04':
                struct.pack_into('<I', data, hdr + 22, 1000)
            i = data.find(b'word/document.xml', i + 1)
    write(name, bytes(data))

bomb('zip-bomb.docx', 1 << 30, lie=False)
bomb('zip-bomb-lying.docx', 64 << 20, lie=True)

# a password-protected Office file: an OLE compound file holding an EncryptionInfo stream
ole = bytearray(b'\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1' + b'\x00' * 504)
ole += 'EncryptionInfo'.encode('utf-16le') + b'\x00' * 482
write('encrypted.docx', bytes(ole))
# a legacy .doc (OLE without encryption)
write('legacy.doc', bytes(b'\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1' + b'\x00' * 1016))
print('wrote', sorted(os.listdir(OUT)))
