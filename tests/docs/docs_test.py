"""Regenerates the generated docs (docs/catalog.md, docs/plots/*.svg) into a
temporary folder with the actdiff program and fails when they differ from the
committed ones (byte for byte; GCC and Clang builds write the same bytes).

usage: docs_test.py PATH/TO/actdiff PATH/TO/docs
"""
import difflib
import os
import subprocess
import sys
import tempfile

exe, docs = sys.argv[1], sys.argv[2]
problems = []


def compare(name, want_path, got_path):
    with open(want_path, 'rb') as f:
        want = f.read()
    with open(got_path, 'rb') as f:
        got = f.read()
    if want == got:
        return
    diff = difflib.unified_diff(want.decode('utf-8', 'replace').splitlines(), got.decode('utf-8', 'replace').splitlines(),
                                f'committed {name}', f'regenerated {name}', lineterm='', n=1)
    problems.append(f'{name} differs:\n' + '\n'.join(list(diff)[:30]))


with tempfile.TemporaryDirectory() as tmp:
    md, plots = os.path.join(tmp, 'catalog.md'), os.path.join(tmp, 'plots')
    r = subprocess.run([exe, 'catalog', '--markdown', md, '--svg-dir', plots], capture_output=True, text=True)
    if r.returncode != 0:
        print(f'actdiff catalog failed (exit {r.returncode}):\n{r.stderr}')
        sys.exit(1)
    compare('catalog.md', os.path.join(docs, 'catalog.md'), md)
    committed = sorted(f for f in os.listdir(os.path.join(docs, 'plots')) if f.endswith('.svg'))
    made = sorted(os.listdir(plots))
    if committed != made:
        problems.append(f'plots: committed {committed}, regenerated {made}')
    for f in sorted(set(committed) & set(made)):
        compare('plots/' + f, os.path.join(docs, 'plots', f), os.path.join(plots, f))

for p in problems:
    print(p)
if problems:
    print('the generated docs are out of date: run scripts/gen_docs.sh and commit docs/catalog.md and docs/plots/')
    sys.exit(1)
print(f'docs/catalog.md and {len(made)} plots match')
