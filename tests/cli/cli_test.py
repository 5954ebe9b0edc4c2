"""Runs the actdiff program: every command, and every kind of bad input
(exit status 2, a one-line message, then the usage).

usage: cli_test.py PATH/TO/actdiff
Prints 'N passed, N failed' and exits non-zero on any failure.
"""
import os
import subprocess
import sys
import tempfile

exe = sys.argv[1]
passed = failed = 0


def run(*args):
    r = subprocess.run([exe, *args], capture_output=True, text=True)
    return r.returncode, r.stdout, r.stderr


def check(name, cond, detail=''):
    global passed, failed
    if cond:
        passed += 1
    else:
        failed += 1
        print(f'FAIL: {name} {detail}')


def ok(args, *needles):
    rc, out, err = run(*args)
    check(' '.join(args), rc == 0, f'exit {rc}, stderr: {err}')
    for n in needles:
        check(' '.join(args) + f' prints {n!r}', n in out, f'\n--- output ---\n{out}')
    return out


def bad(args, *needles):
    rc, out, err = run(*args)
    check(' '.join(args) + ' exits 2', rc == 2, f'exit {rc}')
    check(' '.join(args) + ' prints usage', 'usage' in err, f'\n--- stderr ---\n{err}')
    for n in needles:
        check(' '.join(args) + f' says {n!r}', n in err, f'\n--- stderr ---\n{err}')


# list: every catalog row
out = ok(['list'], 'name', 'gelu', 'softmax', 'swiglu', 'alpha = 0.01')
check('list has 35 rows', len(out.strip().splitlines()) == 36, out)

# show
ok(['show', 'gelu'], 'gelu(x)', 'd/dx', 'd^2/dx^2', 'erfc')
ok(['show', 'gelu', '--expand'], 'definition', 'x*erfc(-(1/sqrt(2))*x)/2')
ok(['show', 'sigmoid', '--order', '2'], 'sech2(x/2)/4', '-tanh(x/2)*sech2(x/2)/4')
ok(['show', 'leaky_relu', '--latex'], '\\operatorname{LeakyReLU}', '\\begin{cases}')
ok(['show', 'leaky_relu', '--param', 'alpha=0.2'], 'alpha = 0.2', 'at kinks')
ok(['show', 'softmax', '--order', '1'], 'd/dz0', 'd/dz2', 'softmax_1(z0, z1, z2)')
ok(['show', 'relu', '--order=0'], 'relu(x)')

# eval: values checked against numbers worked out independently
out = ok(['eval', 'sigmoid', '0'], 'sigmoid')
check('sigmoid(0) = 0.5', '0.5' in out.splitlines()[0], out)
check("sigmoid'(0) = 0.25", '0.25' in out.splitlines()[1], out)
out = ok(['eval', 'softmax', '3,1,-3', '--order', '0'])
check('softmax(3,1,-3)_0 = 0.8788...', '0.87887824' in out, out)  # e^3/(e^3+e+e^-3)
out = ok(['eval', 'gelu', '1', '--type', '100', '--order', '0'])
check('gelu(1) at 100 digits = Phi(1)', '8.41344746068542948585232545632037' in out, out)
out = ok(['eval', 'leaky_relu', '-2', '--param', 'alpha=0.5', '--order', '0'])
check('leaky_relu(-2; 0.5) = -1', out.split()[1] == '-1', out)
for t in ['float', 'double', 'long-double', '100']:
    ok(['eval', 'mish', '0.5', '--type', t], 'mish')

# table
out = ok(['table', '--markdown'], '| name |', 'gelu', '\\operatorname{GELU}')
check('table has a row per entry', out.count('\n|') >= 36, out)

# plot
with tempfile.TemporaryDirectory() as tmp:
    f = os.path.join(tmp, 'gelu.svg')
    ok(['plot', 'gelu', '--svg', f, '--range', '-4:4'], 'wrote')
    svg = open(f, encoding='utf-8').read()
    check('svg is an svg with 3 curves and a legend', svg.startswith('<svg') and svg.count('<path') == 3 and "gelu''(x)" in svg)

# help
for c in ['list', 'show', 'eval', 'table', 'plot']:
    ok([c, '--help'], 'usage')
ok(['--help'], 'usage')

# bad input
bad([], )
bad(['frobnicate'], "unknown command 'frobnicate'")
bad(['show', 'gleu'], "unknown activation 'gleu'", 'gelu')
bad(['eval', 'gelu', 'abc'], "'abc' is not a number")
bad(['eval', 'gelu'], 'needs an activation name and a point')
bad(['eval', 'softmax', '1,2'], 'takes 3 input(s)')
bad(['eval', 'gelu', '1', '--type', 'half'], '--type must be')
bad(['show', 'relu', '--order', '9'], 'out of range')
bad(['show', 'relu', '--order', 'two'], 'is not an integer')
bad(['show', 'relu', '--bogus'], "unknown option '--bogus'")
bad(['show', 'relu', '--param', 'alpha=1'], "has no parameter 'alpha'")
bad(['show', 'leaky_relu', '--param', 'alpha'], 'NAME=VALUE')
bad(['show', 'leaky_relu', '--param', 'alpha=x'], "'x' is not a number")
bad(['table'], 'needs --markdown')
bad(['plot', 'gelu'], 'needs --svg FILE')
bad(['plot', 'gelu', '--svg', 'x.svg', '--range', '3:1'], 'finite A < B')
bad(['list', 'extra'], 'takes no arguments')

print(f'{passed} passed, {failed} failed')
sys.exit(1 if failed else 0)
