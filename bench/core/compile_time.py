"""Times the compiler on one translation unit and prints the seconds.

usage: compile_time.py SOURCE REPEAT -- COMPILER [ARGS...]
Reports the best of REPEAT runs (the least disturbed by other work).
"""
import subprocess
import sys
import tempfile
import time

src, repeat = sys.argv[1], int(sys.argv[2])
cmd = sys.argv[sys.argv.index('--') + 1:]
best = None
with tempfile.TemporaryDirectory() as tmp:
    for _ in range(repeat):
        t0 = time.perf_counter()
        subprocess.run(cmd + ['-c', src, '-o', tmp + '/tu.o'], check=True)
        dt = time.perf_counter() - t0
        best = dt if best is None else min(best, dt)
print(f'{cmd[0]}: {src}: {best:.2f} s (best of {repeat})')
