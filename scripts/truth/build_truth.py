#!/usr/bin/env python3
"""Writes corpus/truth/<slug>.json from the hand audit in scripts/truth/specs.py and the
baseline Report JSON (`gouji analyze --format json` at the baseline commit).

  python3 scripts/truth/build_truth.py [slug ...]

The baseline Reports (paths in specs.py) are `gouji analyze <file> --format json` at
BASELINE_COMMIT; they are not kept in the repository — re-create them at that commit first.
Every baseline error finding must be accounted for: matched by a verified error label, or
placed in a false-alarm group (by finding index) whose cause the auditor decided after
opening the page. `foundAtBaseline` is computed with the same matching rule as
bench/accuracy/match.ts (page + stated figure + at least one other figure).
"""
import hashlib, json, os, sys
from decimal import Decimal

sys.path.insert(0, os.path.dirname(__file__))
from specs import SPECS, BASELINE_COMMIT, AUDIT_DATE  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))
SHARED = os.path.abspath(os.path.join(ROOT, '..', 'shared', 'corpus'))


def dec(s):
    return Decimal(s.replace(',', ''))


def has(f, fig, where=None):
    w = dec(fig)
    for v in f['values']:
        t = v['location'].get('table')
        if (where == 'table' and t is None) or (where == 'prose' and t is not None):
            continue
        try:
            if dec(v['value']) == w:
                return True
        except Exception:
            pass
    return False


def matches(page, stated, others, f, where=None):
    if page is not None and not any(v['location'].get('page') == page for v in f['values']):
        return False
    return has(f, stated, where) and any(has(f, o) for o in others)


STATED_ROLES = ('second', 'total', 'rate', 'stated', 'result')


def alarm_from(f, cause, note):
    vals = f['values']
    st = next((v for v in vals if v.get('role') in STATED_ROLES), vals[0])
    stated = f.get('stated') or st['value']
    if not any(dec(v['value']) == dec(stated) for v in vals):
        stated = st['value']
    others = []
    for v in vals:
        if v is st:
            continue
        if v['value'] not in others:
            others.append(v['value'])
    if not others:  # a finding with one value: nothing to pair it with
        others = [v['value'] for v in vals]
    return {
        'page': st['location'].get('page'),
        'stated': str(dec(stated)),
        'statedIn': 'table' if st['location'].get('table') is not None else 'prose',
        'figures': [str(dec(o)) for o in others],
        'cause': cause,
        'note': note,
        'rule': f['rule'],
    }


def build(spec):
    base = json.load(open(spec['baseline']))
    findings = base['findings']
    errs = [(i, f) for i, f in enumerate(findings) if f['severity'] == 'error']
    covered = {}
    errors = []
    for e in spec.get('errors', []):
        hit = [i for i, f in errs if matches(e['page'], e['stated'], e['operands'], f, e.get('statedIn'))]
        for i in hit:
            covered[i] = 'error ' + e['id']
        errors.append({**{'slight': False, 'note': ''}, **e, 'foundAtBaseline': bool(hit)})
    alarms = []
    for idxs, cause, note in spec.get('groups', []):
        if idxs == 'rest':
            idxs = [i for i, _ in errs if i not in covered]
        elif isinstance(idxs, dict):  # {'rule': 'sum', 'table': 127}: every such finding not yet placed
            idxs = [i for i, f in errs if i not in covered and f['rule'] == idxs.get('rule', f['rule'])
                    and ('table' not in idxs or any(v['location'].get('table') == idxs['table'] for v in f['values']))]
        for i in idxs:
            f = findings[i]
            assert f['severity'] == 'error', f"{spec['slug']}: finding #{i} is not an error"
            assert i not in covered, f"{spec['slug']}: finding #{i} already {covered[i]}"
            covered[i] = cause
            alarms.append(alarm_from(f, cause, note))
    for a in spec.get('extra_false_alarms', []):  # false alarms of later code, audited when they appeared
        alarms.append({'statedIn': None, **a})
        if alarms[-1]['statedIn'] is None:
            del alarms[-1]['statedIn']
    left = [i for i, _ in errs if i not in covered]
    assert not left, f"{spec['slug']}: error findings not audited: {left}"
    src = spec['path']
    full = os.path.join(ROOT, 'corpus', src) if spec['root'] == 'project' else os.path.join(SHARED, src)
    sha = hashlib.sha256(open(full, 'rb').read()).hexdigest()
    assert sha == base['source']['sha256'], f"{spec['slug']}: sha256 differs from the baseline's"
    truth = {
        'source': {'path': src, 'root': spec['root'], 'sha256': sha},
        'title': spec['title'],
        'genre': spec['genre'],
        'pages': base['source'].get('pages'),
        'audit': {
            'baselineCommit': BASELINE_COMMIT,
            'date': AUDIT_DATE,
            'baselineErrorFindings': len(errs),
            'checked': spec['checked'],
        },
        'errors': errors,
        'falseAlarms': alarms,
        'notes': spec.get('notes', []),
    }
    out = os.path.join(ROOT, 'corpus', 'truth', spec['slug'] + '.json')
    with open(out, 'w') as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write('\n')
    found = sum(1 for e in errors if e['foundAtBaseline'])
    causes = {}
    for a in alarms:
        causes[a['cause']] = causes.get(a['cause'], 0) + 1
    print(f"{spec['slug']}: {len(errs)} error findings, {len(errors)} verified ({found} found), {len(alarms)} false {causes}")


if __name__ == '__main__':
    want = set(sys.argv[1:])
    for s in SPECS:
        if not want or s['slug'] in want:
            build(s)
