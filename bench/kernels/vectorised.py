"""Which kernels the compiler vectorises: for each of issue 8's activations,
in float and double, apply and value_and_grad are compiled alone in a
translation unit, and the compiler's own report (GCC -fopt-info-vec, Clang
-Rpass=loop-vectorize) says whether the branch-free block loop of
kernels/blocks.hpp was vectorised.

usage: vectorised.py [-j N] -- COMPILER [ARGS...]
ARGS are the flags to judge (e.g. -std=c++20 -O2 -march=x86-64-v3
-ffp-contract=off -I include). Prints one line per case and exits 1 if any
loop was not vectorised.
"""
import concurrent.futures
import os
import subprocess
import sys
import tempfile

ACTIVATIONS = ['sigmoid', 'tanh', 'gelu', 'gelu_tanh', 'silu', 'softplus', 'mish', 'elu']
TYPES = ['float', 'double']
KERNELS = {
    'apply': 'actdiff::apply({f}(x), in, out);',
    'value_and_grad': 'actdiff::value_and_grad({f}(x), in, out, dout);',
}


def source(f, t, call):
    return ('#include <actdiff/actdiff.hpp>\n'
            'constexpr auto x = actdiff::var<"x">;\n'
            f'void k(std::span<const {t}> in, std::span<{t}> out, std::span<{t}> dout) {{\n'
            f'  (void)dout;\n  {call.format(f="actdiff::" + f)}\n}}\n')


def main():
    args = sys.argv[1:]
    jobs = os.cpu_count() or 1
    if args[:1] == ['-j']:
        jobs, args = int(args[1]), args[2:]
    sep = args.index('--')
    cmd = args[sep + 1:]
    version = subprocess.run(cmd[:1] + ['--version'], capture_output=True, text=True).stdout
    clang = 'clang' in version
    report = ['-Rpass=loop-vectorize'] if clang else ['-fopt-info-vec-optimized']
    needle = 'vectorized loop' if clang else 'loop vectorized'

    cases = [(f, t, k) for f in ACTIVATIONS for t in TYPES for k in KERNELS]
    with tempfile.TemporaryDirectory() as tmp:
        def one(case):
            f, t, k = case
            src = os.path.join(tmp, f'{f}_{t}_{k}.cpp')
            with open(src, 'w', encoding='utf-8') as out:
                out.write(source(f, t, KERNELS[k]))
            res = subprocess.run(cmd + report + ['-c', src, '-o', os.devnull], capture_output=True, text=True)
            if res.returncode != 0:
                return case, None, res.stderr[-2000:]
            hits = [l for l in res.stderr.splitlines() if 'kernels/blocks.hpp' in l and needle in l]
            return case, hits, ''

        with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
            results = list(pool.map(one, cases))

    print(f'{cmd[0]}: branch-free block loop of kernels/blocks.hpp')
    missed = 0
    for (f, t, k), hits, err in results:
        if hits is None:
            print(f'{f:10} {t:6} {k:15} compile error\n{err}')
            missed += 1
            continue
        width = ''
        if hits:
            h = hits[0]
            width = h[h.find('vectoriz'):].split('[')[0].strip() if clang else h[h.find('using'):].strip()
        print(f'{f:10} {t:6} {k:15} {"vectorised" if hits else "NOT vectorised"} {width}')
        missed += not hits
    print(f'{len(results) - missed} of {len(results)} vectorised')
    return 1 if missed else 0


if __name__ == '__main__':
    sys.exit(main())
