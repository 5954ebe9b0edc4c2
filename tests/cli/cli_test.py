"""Runs the actdiff program: every command, and every kind of bad input
(exit status 2, a one-line message, then the usage).

usage: cli_test.py PATH/TO/actdiff
Prints 'N passed, N failed' and exits non-zero on any failure.
"""
import os
import pty
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
ok(['show', 'softmax', '--order', '1'], 'd/dz0', 'd/dz2', 'softmax_jacobian_0_1(z0, z1, z2)')
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

# verify: one row, both precisions; a tolerance of 0 makes a row that is not
# bit-for-bit equal fail (exit 1)
out = ok(['verify', '--id', 'I3'], 'I3', 'PASS', 'proof yes', 'eq 1', 'eq 2', '1 PASS, 0 FAIL')
check('verify --id I3 prints one row', 'I1 ' not in out and 'I13' not in out, out)
ok(['verify', '--id', 'I1', '--digits', '50'], 'cpp_bin_float_50', 'I1', '1 PASS, 0 FAIL')
out = ok(['verify'], 'I1 ', 'I30 ', '30 PASS, 0 FAIL')  # what scripts/run.sh shows
check('verify prints every row of the table', sum(line[:1] == 'I' for line in out.splitlines()) == 30, out)
ok(['verify', '--id', 'I7'], 'proof no', 'PASS')
ok(['verify', '--id', 'I10'], 'max |gelu - gelu_tanh|', 'PASS')
rc, out, err = run('verify', '--id', 'I1', '--tolerance', '0')
check('verify --tolerance 0 fails a row that differs in the last digits', rc == 1 and 'FAIL' in out and '0 PASS, 1 FAIL' in out,
      f'exit {rc}\n{out}')

# accuracy: not a terminal, so a plain line per row on stderr
rc, out, err = run('accuracy', 'sigmoid', '--samples', '300')
check('accuracy sigmoid exits 0', rc == 0, f'exit {rc}, stderr: {err}')
for n in ['max ulp', 'worst input', 'false 0/inf/NaN', "f''", 'float', 'double', '6 rows']:
    check(f'accuracy sigmoid prints {n!r}', n in out, out)
check('accuracy progress: plain lines when not a terminal', "measured sigmoid f'' double (300 points)" in err and '\r' not in err,
      err)
out = ok(['accuracy', 'softmax', '--type', 'double', '--samples', '100'], 'd/dz0', 'd2/dz0dz2', 'd2/dz2dz2', '10 rows')
check('accuracy --type double has no float rows', ' float ' not in out, out)
# on a terminal the progress line is rewritten in place
master, slave = pty.openpty()
r = subprocess.run([exe, 'accuracy', 'relu', '--type', 'float', '--samples', '100'], stdout=subprocess.PIPE, stderr=slave)
os.close(slave)
tty = b''
try:
    while True:
        chunk = os.read(master, 65536)
        if not chunk:
            break
        tty += chunk
except OSError:
    pass
os.close(master)
check('accuracy progress on a terminal', r.returncode == 0 and b'\r' in tty and b'relu' in tty and b'%' in tty, repr(tty[:300]))

# catalog: the generated docs (their content is compared with the committed
# docs by tests/docs)
with tempfile.TemporaryDirectory() as tmp:
    md = os.path.join(tmp, 'catalog.md')
    ok(['catalog', '--markdown', md, '--svg-dir', os.path.join(tmp, 'plots')], 'wrote', '35 plots')
    text = open(md, encoding='utf-8').read()
    for n in ['## gelu', '## swiglu', 'zeros of f\'\'', '(plots/gelu.svg)', 'at kinks', 'alpha = 0.01']:
        check(f'catalog.md has {n!r}', n in text)
    check('35 plots', len(os.listdir(os.path.join(tmp, 'plots'))) == 35)
    ok(['catalog', '--markdown', md], 'wrote')
    check('catalog without --svg-dir links no plots', '.svg' not in open(md, encoding='utf-8').read())
    rc, out, err = run('catalog', '--markdown', os.path.join(tmp, 'no', 'such', 'dir', 'c.md'))
    check('catalog to an unwritable path exits 1', rc == 1 and 'cannot write' in err, f'exit {rc}: {err}')

# help
for c in ['list', 'show', 'eval', 'table', 'plot', 'verify', 'accuracy', 'catalog']:
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
bad(['verify', '--id', 'I33'], "unknown identity 'I33'", 'did you mean', 'I3')
bad(['verify', '--id', 'sigmoid'], "unknown identity 'sigmoid'", 'I1 to I30')
bad(['verify', '--digits', '30'], '--digits must be 50 or 100')
bad(['verify', '--tolerance', 'tiny'], "'tiny' is not a number")
bad(['verify', '--tolerance', '-1'], '>= 0')
bad(['verify', 'I3'], 'takes no arguments')
bad(['accuracy', 'gleu'], "unknown activation 'gleu'", 'gelu')
bad(['accuracy', 'gelu', 'relu'], 'at most one activation name')
bad(['accuracy', 'gelu', '--type', 'long-double'], '--type must be float or double')
bad(['accuracy', 'gelu', '--samples', 'many'], "'many' is not an integer")
bad(['accuracy', 'gelu', '--samples', '0'], 'out of range')
bad(['catalog'], 'needs --markdown FILE')
bad(['catalog', '--markdown', 'x.md', 'extra'], 'takes no arguments')
bad(['catalog', '--markdown', 'x.md', '--svg-dir', ''], '--svg-dir needs a folder')

print(f'{passed} passed, {failed} failed')
sys.exit(1 if failed else 0)
