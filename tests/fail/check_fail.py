"""Compile one file that must not compile, and check the diagnostic.

usage: check_fail.py SOURCE -- COMPILER [ARGS...]
SOURCE's first line is "// expect: MESSAGE". Passes when the compiler fails
and its output contains MESSAGE.
"""
import subprocess
import sys

src = sys.argv[1]
with open(src, encoding='utf-8') as f:
    first = f.readline()
assert first.startswith('// expect: '), f'{src}: first line must be "// expect: MESSAGE"'
expected = first[len('// expect: '):].strip()
sep = sys.argv.index('--')
cmd = sys.argv[sep + 1:] + ['-fsyntax-only', src]
res = subprocess.run(cmd, capture_output=True, text=True)
out = res.stdout + res.stderr
if res.returncode == 0:
    print(f'FAIL: {src} compiled, but it must not')
    sys.exit(1)
if expected not in out:
    print(f'FAIL: {src} failed to compile, but without the message:\n  {expected}\n--- output ---\n{out}')
    sys.exit(1)
print(f'ok: {src} is rejected with "{expected}"')
