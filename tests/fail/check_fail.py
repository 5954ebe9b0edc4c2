"""Compile one file that must not compile, and check the diagnostic.

usage: check_fail.py SOURCE EXPECTED -- COMPILER [ARGS...]
Passes when the compiler fails and its output contains EXPECTED.
"""
import subprocess
import sys

src, expected = sys.argv[1], sys.argv[2]
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
