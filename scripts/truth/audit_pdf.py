#!/usr/bin/env python3
"""Auditor's own first checks over `pdftotext -layout` output (a tool for labelling
corpus/truth/, not run by tests). Exact decimals with rounding intervals throughout.

  python3 scripts/truth/audit_pdf.py report.pdf

1. 功能分类科目编码 tables: 类 (3 digits) = Σ款 (5), 款 = Σ项 (7), column by column,
   a child's figure taken from the column whose right edge lines up with the parent's.
2. Rows with 合计, 基本支出, 项目支出 side by side: the first figure = the next two
   (printed as a candidate only when a row has exactly three figures).
3. Prose year-on-year: "X万元…增加/减少Y万元，增长/下降Z%" → Z = Y ÷ (X ∓ Y);
   shares "X万元，占Y%" are listed for the eye.
Prints only what does not tie under rounding (INCONSISTENT) plus candidates to look at.
"""
import re, subprocess, sys
from decimal import Decimal as D

NUM = re.compile(r'-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+\.\d+|-?\d+')
CODE = re.compile(r'^\s*(\d{3}(?:\d{2}){0,2}|\d{3}\s{1,4}\d{2}(?:\s{1,4}\d{2})?)\s+((?:[^\d\s,.-]\S*?)?)(?=\s{2,}|\s*-?\d)')


def half(s):
    s = s.replace(',', '')
    d = -D(s).as_tuple().exponent
    return D(s), (D(5) * D(10) ** (-(d + 1)) if d >= 0 else D(0))


def ties(total, parts):
    t, th = half(total)
    s = D(0); e = D(0)
    for p in parts:
        v, h = half(p); s += v; e += h
    return not (s + e < t - th or s - e > t + th), s


def pages(pdf):
    out = subprocess.run(['pdftotext', '-layout', pdf, '-'], capture_output=True, text=True).stdout
    return out.split('\f')


def code_rows(pgs):
    rows = []
    for pi, text in enumerate(pgs, 1):
        for line in text.split('\n'):
            m = CODE.match(line)
            if not m:
                continue
            rest = line[m.end():]
            nums = [(mm.group(), m.end() + mm.end()) for mm in NUM.finditer(rest)]
            rows.append((pi, re.sub(r'\s', '', m.group(1)), m.group(2).strip(), nums, line))
    return rows


def check_codes(rows):
    # split into tables: a table restarts when a 3-digit code appears after a 7-digit one
    # of a different 类 already seen in this table (codes repeat → new table)
    tables, cur, seen = [], [], set()
    for r in rows:
        if r[1] in seen:
            tables.append(cur); cur, seen = [], set()
        cur.append(r); seen.add(r[1])
    if cur:
        tables.append(cur)
    for ti, t in enumerate(tables):
        for i, (pg, code, name, nums, line) in enumerate(t):
            if len(code) == 7:
                continue
            kids = []
            for (pg2, c2, n2, nums2, l2) in t[i + 1:]:
                if len(c2) <= len(code) and not c2.startswith(code):
                    break
                if len(c2) == len(code) + 2 and c2.startswith(code):
                    kids.append((pg2, c2, n2, nums2))
            if not kids:
                continue
            for k, (val, x) in enumerate(nums):
                parts = []
                for (pg2, c2, n2, nums2) in kids:
                    if len(nums2) == len(nums):  # a full row: take the same column
                        parts.append(nums2[k][0])
                        continue
                    for (v2, x2) in nums2:  # a row with empty cells: line up right edges
                        if abs(x2 - x) <= 3:
                            parts.append(v2)
                ok, s = ties(val, parts)
                if not ok:
                    print(f'  INCONSISTENT p{pg} table#{ti} {code} {name}: {val} ≠ Σ{len(parts)}/{len(kids)} children = {s}  [{", ".join(k[1] for k in kids)}]')


def check_row_triples(pgs):
    for pi, text in enumerate(pgs, 1):
        for line in text.split('\n'):
            nums = NUM.findall(line)
            nums = [n for n in nums if '.' in n]
            if len(nums) == 3:
                ok, s = ties(nums[0], nums[1:])
                if not ok and D(nums[0].replace(',', '')) != 0:
                    # common non-sum triples (e.g. 上年, 本年, 增减) also land here: eye only
                    print(f'  candidate p{pi}: {nums[0]} vs {nums[1]}+{nums[2]}={s} :: {line.strip()[:90]}')


YOY = re.compile(r'(\d[\d,]*\.?\d*)万元[^。；]{0,40}?(增加|减少|增长|下降)\s*(\d[\d,]*\.?\d*)\s*万元[，,、]?\s*(?:同比)?(增长|下降|增加|减少)\s*(\d+\.?\d*)\s*%')


def check_prose(pgs):
    for pi, text in enumerate(pgs, 1):
        flat = re.sub(r'\s+', '', text)
        for m in YOY.finditer(flat):
            x, dirw, y, _, z = m.groups()
            X, _ = half(x); Y, yh = half(y); Z, zh = half(z)
            xh = half(x)[1]
            base = X - Y if dirw in ('增加', '增长') else X + Y
            lo = (Y - yh) / (base + xh + yh) * 100
            hi = (Y + yh) / (base - xh - yh) * 100
            ok = not (hi < Z - zh or lo > Z + zh)
            tag = 'ok' if ok else 'INCONSISTENT'
            if not ok or '-v' in sys.argv:
                print(f'  {tag} p{pi} yoy: {x} {dirw} {y} → {z}% (recomputed {((Y/base)*100):.4f}%) :: {m.group()[:80]}')


if __name__ == '__main__':
    pgs = pages(sys.argv[1])
    print('codes:'); check_codes(code_rows(pgs))
    print('prose:'); check_prose(pgs)
    if '-t' in sys.argv:
        print('triples:'); check_row_triples(pgs)


SHARE = re.compile(r'(\d[\d,]*\.?\d*)万元[，,]?(?:占[^，,。；%]{0,14}?的?|占)(\d+\.?\d*)%')
AMOUNT = re.compile(r'(\d[\d,]*\.?\d*)万元')


def check_shares(pgs):
    """Shares 'a万元，占p%': against the paragraph's whole (the first amount of a sentence
    with 其中 or 包括 before its first share), else listed for the eye."""
    for pi, text in enumerate(pgs, 1):
        flat = re.sub(r'\s+', '', text)
        for sent in re.split(r'[。]', flat):
            shares = list(SHARE.finditer(sent))
            if not shares:
                continue
            head = sent[:shares[0].start()]
            whole = None
            if '其中' in head or '包括' in head:
                am = AMOUNT.search(head)
                if am:
                    whole = am.group(1)
            for m in shares:
                a, p = m.group(1), m.group(2)
                if whole is None or whole == a:
                    print(f'  eye p{pi} share: {a} → {p}% :: {sent[max(0, m.start()-30):m.end()][:90]}')
                    continue
                A, ah = half(a); W, wh = half(whole); P, ph = half(p)
                lo = (A - ah) / (W + wh) * 100; hi = (A + ah) / (W - wh) * 100
                ok = not (hi < P - ph or lo > P + ph)
                if not ok or '-v' in sys.argv:
                    print(f'  {"ok" if ok else "INCONSISTENT"} p{pi} share: {a} ÷ {whole} = {A / W * 100:.4f}% stated {p}% :: {m.group()[:60]}')


if __name__ == '__main__':
    print('shares:'); check_shares(pages(sys.argv[1]))
