"""The compile-time bench: times each compiler on the bench's translation
units and prints the medians, the actdiff/hand-written ratio and the cost of
the umbrella header, against the targets of issue 8.

usage: compile_time.py [--repeat N] [--cxx COMPILER]... [--run PROGRAM]...
                       -- FLAGS...
Every TU is compiled (-c) N times (default 3) with each COMPILER and FLAGS,
and catalog_tu.cpp also with -fsyntax-only (its front end: derivations and
template instantiation; the rest is code generation); wall time and CPU time
(user + system of the compiler) are the medians.
On a machine shared with other work, wall time includes waiting for a core;
CPU time is the compiler's own work, the steadier figure there.
Each PROGRAM runs first (the check that both TUs compute the same values)
or last (the node counts) in the order given: those named *agree* first.
"""
import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
TARGET_RATIO = 3.0
TARGET_UMBRELLA_S = 1.0


def cpu_of_children():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def time_tu(cmd, src, obj, repeat, syntax_only=False):
    walls, cpus = [], []
    for _ in range(repeat):
        c0, t0 = cpu_of_children(), time.perf_counter()
        out = ['-fsyntax-only', src] if syntax_only else ['-c', src, '-o', obj]
        subprocess.run(cmd + out, check=True)
        walls.append(time.perf_counter() - t0)
        cpus.append(cpu_of_children() - c0)
    return statistics.median(walls), statistics.median(cpus)


def verdict(value, target):
    return 'met' if value <= target else 'MISSED'


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--repeat', type=int, default=3)
    ap.add_argument('--cxx', action='append', default=[])
    ap.add_argument('--run', action='append', default=[])
    args, flags = ap.parse_known_args()
    flags = [f for f in flags if f != '--']
    compilers = [c for c in args.cxx if c]
    first = [p for p in args.run if 'agree' in os.path.basename(p)]
    last = [p for p in args.run if p not in first]

    for prog in first:
        subprocess.run([prog], check=True)
        sys.stdout.flush()

    with tempfile.TemporaryDirectory() as tmp:
        empty = os.path.join(tmp, 'empty.cpp')
        umbrella = os.path.join(tmp, 'umbrella.cpp')
        with open(empty, 'w') as f:
            f.write('\n')
        with open(umbrella, 'w') as f:
            f.write('#include <actdiff/actdiff.hpp>\n')
        rows = [
            ('empty', 'empty TU', empty),
            ('umbrella', '#include <actdiff/actdiff.hpp> alone', umbrella),
            ('hand', 'hand_tu.cpp: catalog f, f\', f\'\' by hand', os.path.join(HERE, 'hand_tu.cpp')),
            ('actdiff', 'catalog_tu.cpp: the same, by actdiff', os.path.join(HERE, 'catalog_tu.cpp')),
            # where the time goes: the front end (derivations, instantiation)
            # alone; the rest of the row above is code generation
            ('actdiff_fe', '  of which the front end (-fsyntax-only)', os.path.join(HERE, 'catalog_tu.cpp')),
            ('d4', 'compile_tu.cpp: d^1..4 of tanh, x*sigma', os.path.join(HERE, 'compile_tu.cpp')),
        ]
        results = {}
        for cxx in compilers:
            for key, _, src in rows:
                results[cxx, key] = time_tu([cxx] + flags, src, os.path.join(tmp, 'tu.o'), args.repeat,
                                            syntax_only=key.endswith('_fe'))

    width = 42
    print(f'\ncompile time, median of {args.repeat}, wall s (cpu s); flags: {" ".join(flags)}')
    print(f'{"translation unit":<{width}}' + ''.join(f'{os.path.basename(c):>22}' for c in compilers))
    for key, label, _ in rows:
        cells = ''.join(f'{results[c, key][0]:>13.2f} ({results[c, key][1]:5.2f})' for c in compilers)
        print(f'{label:<{width}}{cells}')
    print()
    for c in compilers:
        name = os.path.basename(c)
        (aw, ac), (hw, hc) = results[c, 'actdiff'], results[c, 'hand']
        (uw, uc), (ew, ec) = results[c, 'umbrella'], results[c, 'empty']
        ratio, ratio_cpu = aw / hw, ac / hc
        umb, umb_cpu = uw - ew, uc - ec
        print(f'{name}: ratio actdiff/hand {ratio:.1f} wall, {ratio_cpu:.1f} cpu; target <= {TARGET_RATIO:g}: '
              f'{verdict(ratio, TARGET_RATIO)} (wall), {verdict(ratio_cpu, TARGET_RATIO)} (cpu)')
        print(f'{name}: umbrella header {umb:.2f} s wall, {umb_cpu:.2f} s cpu; target <= {TARGET_UMBRELLA_S:g} s: '
              f'{verdict(umb, TARGET_UMBRELLA_S)} (wall), {verdict(umb_cpu, TARGET_UMBRELLA_S)} (cpu)')
    sys.stdout.flush()

    for prog in last:
        print()
        sys.stdout.flush()
        subprocess.run([prog], check=True)


if __name__ == '__main__':
    main()
