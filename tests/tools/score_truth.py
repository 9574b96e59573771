#!/usr/bin/env python3
"""Scores `lexindex extract` output against hand-written truth files.

usage: score_truth.py LEXINDEX TRUTH_DIR DOC_DIR [-v]
For each TRUTH_DIR/**/X.tsv (not .doc.tsv) the document DOC_DIR/**/X.md is
extracted and its citations are matched to the truth rows by document key
(symbol without leading zeros, case and diacritics; or name), in text order.
Prints precision, recall and the accuracy of date, issuer, relation, type on
matched citations; with -v every miss and mismatch.
"""
import json, os, re, subprocess, sys, unicodedata

def fold(s):
    s = unicodedata.normalize('NFD', s.replace('đ', 'd').replace('Đ', 'D'))
    s = ''.join(c for c in s if unicodedata.category(c) != 'Mn').lower()
    return re.sub(r'\s+', ' ', s.replace('y', 'i')).strip()

def key(symbol, name):
    if symbol and symbol != '-':
        s = fold(symbol).replace(' ', '')
        s = re.sub(r'^0+(?=\d)', '', s)
        return 'sym:' + s
    return 'name:' + fold(name or '')

def main():
    lexindex, truth_dir, doc_dir = sys.argv[1:4]
    verbose = '-v' in sys.argv
    tp = fp = fn = 0
    fields = {'date': [0, 0], 'issuer': [0, 0], 'relation': [0, 0], 'type': [0, 0]}
    for root, _, files in os.walk(truth_dir):
        for f in sorted(files):
            if not f.endswith('.tsv') or f.endswith('.doc.tsv'):
                continue
            rel = os.path.relpath(os.path.join(root, f), truth_dir)[:-4] + '.md'
            doc = os.path.join(doc_dir, rel)
            if not os.path.exists(doc):
                continue
            rows = [l.rstrip('\n').split('\t') for l in open(os.path.join(root, f), encoding='utf-8')][1:]
            rows = [r for r in rows if len(r) >= 8]
            out = subprocess.run([lexindex, 'extract', doc], capture_output=True, text=True).stdout
            cites = json.loads(out)['citations'] if out.strip() else []
            used = [False] * len(cites)
            for r in rows:
                k = key(r[1], r[2])
                hit = next((i for i, c in enumerate(cites) if not used[i] and key(c['symbol'], c['name']) == k), None)
                if hit is None:
                    fn += 1
                    if verbose: print(f'MISS {rel}: {r[0]} {r[1]} {r[2]} | {r[7]}')
                    continue
                used[hit] = True
                tp += 1
                c = cites[hit]
                for field, idx in (('date', 3), ('issuer', 4), ('relation', 5), ('type', 0)):
                    want = None if r[idx] == '-' else r[idx]
                    got = c[field]
                    ok = bool((want == got) or (field == 'issuer' and want and got and fold(want) == fold(got)))
                    fields[field][0] += ok
                    fields[field][1] += 1
                    if not ok and verbose:
                        print(f'{field.upper():9}{rel}: {r[1] if r[1] != "-" else r[2]}: want {want!r} got {got!r}')
            for i, c in enumerate(cites):
                if not used[i]:
                    fp += 1
                    if verbose: print(f'EXTRA {rel}: {c["type"]} {c["symbol"] or c["name"]} | {c["text"]!r}')
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    print(f'citations: precision {p:.3f} recall {r:.3f} (tp {tp}, fp {fp}, fn {fn})')
    for field, (ok, n) in fields.items():
        print(f'{field}: {ok}/{n} = {ok / n if n else 1:.3f}')

main()
