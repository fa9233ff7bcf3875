#!/usr/bin/env python3
"""Baseline summary of corpus/truth/: per report and overall (markdown), cause counts."""
import json, glob, os, collections
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))
rows = []
causes = collections.Counter()
ex = collections.defaultdict(list)
tot = collections.Counter()
for f in sorted(glob.glob(os.path.join(ROOT, 'corpus/truth/*.json'))):
    t = json.load(open(f))
    name = os.path.basename(f)[:-5]
    E = t['audit']['baselineErrorFindings']
    lab = len(t['errors']); found = sum(e['foundAtBaseline'] for e in t['errors'])
    slight = sum(e.get('slight', False) for e in t['errors'])
    base_fa = [a for a in t['falseAlarms'] if not a.get('afterBaseline')]
    c = collections.Counter(a['cause'] for a in base_fa)
    causes.update(c)
    for a in base_fa:
        if len(ex[a['cause']]) < 40:
            ex[a['cause']].append((name, a))
    tot.update(E=E, lab=lab, found=found, slight=slight, fa=len(base_fa))
    rows.append(f"| {name} | {t['genre']} | {t['pages']} | {E} | {found} | {len(base_fa)} | {lab} ({slight} slight) | " + ', '.join(f'{k} {v}' for k, v in c.most_common()) + ' |')
print('| report | genre | pages | error findings | verified among them | false alarms | verified errors labelled | false alarms by cause |')
print('| --- | --- | --- | --- | --- | --- | --- | --- |')
print('\n'.join(rows))
print(f"| **total ({len(rows)})** | | | {tot['E']} | {tot['found']} | {tot['fa']} | {tot['lab']} ({tot['slight']} slight) | |")
print()
print(f"precision at baseline: {tot['found']}/{tot['E']} = {100*tot['found']/max(tot['E'],1):.1f}%; recall at baseline: {tot['found']}/{tot['lab']} = {100*tot['found']/max(tot['lab'],1):.1f}%"
      f" (without slight: {tot['found']}/{tot['lab']-tot['slight']})")
print()
print('false alarms by cause:')
for k, v in causes.most_common():
    print(f'- {k}: {v}')
