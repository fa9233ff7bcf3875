#!/usr/bin/env python3
"""Writes corpus/truth/README.md: what the labels are, how they were made, the baseline table."""
import glob, json, os, subprocess
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))
here = os.path.dirname(__file__)
summ = subprocess.run(['python3', os.path.join(here, 'summary.py')], capture_output=True, text=True, check=True).stdout
files = sorted(glob.glob(os.path.join(ROOT, 'corpus/truth/*.json')))
truths = [json.load(open(f)) for f in files]
wide = sum(1 for t in truths if t['source']['path'].startswith('wide/'))
js = sum(1 for t in truths if 'jszwfw' in t['source']['path'])
real = sum(1 for t in truths if t['source']['path'].startswith('real/'))
doc = f"""# corpus/truth — the labelled accuracy set

Real published reports audited by hand, the way an auditor would: the page opened
(`pdftotext -f P -l P -layout`), every figure recomputed with exact decimals and rounding
intervals (a figure printed with d decimals stands for ±0.5×10^-d; a relation is inconsistent
only when no values inside the intervals satisfy it). One JSON file per report, validated by
the zod schema in [`bench/accuracy/truth-schema.ts`](../../bench/accuracy/truth-schema.ts):

- `source`: the file (path relative to the project's `corpus/` or to `../shared/corpus/`, and
  its sha256 — the bench refuses other bytes);
- `errors`: the **verified inconsistencies** — page, the stated figure and its operands as
  printed, the arithmetic, a note, `slight` when it is off by less than one unit in the last
  printed place (a truncated rate, shares forced to make 100%: still inconsistent under the
  rule), `foundAtBaseline`, and `foundSince` (the commit from which a later gouji finds it — the
  test then keeps it found);
- `falseAlarms`: every **error** finding of gouji at the baseline commit (8eba73d) that is not an
  inconsistency of the document — the figures it used and the cause of the misreading
  (`clause-overrun`, `total-taken-as-part`, `two-breakdowns-summed`, `wrong-scope`,
  `change-as-level`, `sign-ignored`, `same-row-label`, `count-as-money`, `unit-mix`, `misread-structure`,
  `misread-number`, `other`); `afterBaseline` marks a false alarm of later code, audited when it
  appeared (the bench's “new” list).

**Matching** (bench/accuracy/match.ts), stable across rule renames and message changes: a
finding matches a label when one of its values is on the label's page (any page for a .docx),
its values contain the label's stated figure (where the label says so, printed in a table or in
the prose) and at least one of the label's other figures, compared as exact decimals.

**Using it.** `npm run bench -- accuracy` analyzes every labelled report (from `corpus/` when a
copy is there, else from `../shared/corpus/`) and prints per report and overall: verified
errors found / labelled (recall), error findings matching a verified error / all error findings
(precision), labelled false alarms that came back, unlabelled error findings (new: audit them
and add labels; `GOUJI_ACCURACY_LIST=1` lists them), seconds per page. `tests/accuracy/truth.test.ts`
runs the labelled reports that are in the project's corpus (the seed .docx/.pdf, the 普陀 2024
决算, two small copies in `corpus/wide/`) and fails when a verified error found at baseline is
lost or a labelled false alarm comes back as an error.

**How the labels were made.** `scripts/truth/specs.py` is the audit itself: per report, the
verified errors written by hand and the baseline's error findings grouped by cause (finding
indices into the baseline Report); `scripts/truth/build_truth.py` writes the JSON from it and
the baseline Report, refusing a report whose error findings are not all accounted for (the
baseline Reports — `gouji analyze <pdf> --format json` at 8eba73d, in /tmp/base during the audit —
are not kept; re-create them at that commit to rebuild).
`scripts/truth/audit_pdf.py` is the auditor's own first pass over `pdftotext -layout` (类 = Σ款 =
Σ项 by 功能分类科目编码, year-on-year rates and shares in the prose); every candidate it printed
was checked on the page before it became a label. What each audit covered is in the file's
`audit.checked`; what was looked at and deliberately not labelled is in its `notes`.

## Baseline (main at 8eba73d, 2026-11-29)

{summ}
“Verified among them” counts error findings matching a verified error. {len(truths) - 1} distinct
reports in {len(truths)} files: the seed (its .docx and its .pdf print), the {real} real PDFs, {wide} of the 38
in `wide/` ({js} Jiangsu 预算 2017–2019, {wide - js} city 预算 2026 and one 2019 决算).

Where the false alarms come from: **same-row-label** — same-figure pairing cells that share only
a label (the Jiangsu 政府采购预算表 repeats `分散自行组织` on every row: 15–35 per report; project
tables with the same project name in several units; a department row and its 本级 unit); the
**栏次** row (column numbers 1, 2, 3 … under the headers of most 2026 city tables and the 决算)
read as amounts (**misread-number**); **misread-structure** — tables continued on the next page,
two-level headers (基本支出 over 人员支出/公用经费), 类/款/项 trees summed as one list, 三公 其中
rows; **wrong-scope** — 合计 rows of different tables (基本支出, 政府性基金, 一般公共预算 vs 全部).
The verified errors gouji misses are nearly all **rates and shares in the prose** (year-on-year
rates on the wrong base or copied from the line above, shares of 三公经费 computed on the total
with 会议费 and 培训费) and three **prose-against-table / heading-against-body** figures.
"""
open(os.path.join(ROOT, 'corpus/truth/README.md'), 'w').write(doc)
print('wrote corpus/truth/README.md')
