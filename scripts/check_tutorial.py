#!/usr/bin/env python3
"""Fails when docs/tutorial.md drifts from the example files it quotes.

  check_tutorial.py TUTORIAL SOURCE_ROOT [--run EXE]... [--update]

- Every ```cpp block names its file in its first line (`// examples/NAME.cpp`)
  and must be that file's whole content, verbatim.
- Every examples/tutorial_* file is quoted by some block.
- Every ```console block starts with `$ ./NAME` and must show the output of
  that program: the executable given as --run EXE whose file name is NAME,
  which must also exit with status 0.
- Other blocks may only be ```sh (commands): no code goes unchecked.
Run by meson test (examples/meson.build), which passes the executables.
--update rewrites the quoted files and outputs in TUTORIAL instead of failing
on them (the other rules still fail).
"""
import argparse
import difflib
import re
import subprocess
import sys
from pathlib import Path

FENCE = re.compile(r"^```([^\n`]*)\n(.*?)^```$", re.M | re.S)
NAMED_FILE = re.compile(r"^// (\S+)$")
COMMAND = re.compile(r"^\$ \./(\S+)$")


def diff(want, got, want_name, got_name):
    lines = difflib.unified_diff(want.splitlines(True), got.splitlines(True), want_name, got_name)
    return "".join(lines)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("tutorial", type=Path)
    parser.add_argument("source_root", type=Path)
    parser.add_argument("--run", action="append", default=[], type=Path, metavar="EXE")
    parser.add_argument("--update", action="store_true")
    args = parser.parse_args()

    text = args.tutorial.read_text(encoding="utf-8")
    programs = {p.name.removesuffix(".exe"): p for p in args.run}
    errors = []
    quoted = set()
    updates = []  # (start, end, new body) of blocks to rewrite

    def expect(body, want, span, what, want_name):
        if body == want:
            return
        if args.update:
            updates.append((*span, want))
        else:
            errors.append(what + "\n" + diff(want, body, want_name, "tutorial.md"))

    for m in FENCE.finditer(text):
        language, body, span = m.group(1).strip(), m.group(2), (m.start(2), m.end(2))
        where = f"{args.tutorial}:{text.count(chr(10), 0, m.start()) + 1}"
        first = body.split("\n", 1)[0]
        if language == "cpp":
            named = NAMED_FILE.match(first)
            if not named:
                errors.append(f"{where}: a cpp block must name its file in its first line (// examples/NAME.cpp)")
                continue
            quoted.add(Path(named.group(1)).as_posix())
            path = args.source_root / named.group(1)
            if not path.is_file():
                errors.append(f"{where}: {named.group(1)} does not exist")
                continue
            expect(body, path.read_text(encoding="utf-8"), span, f"{where}: the block is not {named.group(1)}:",
                   named.group(1))
        elif language == "console":
            command = COMMAND.match(first)
            if not command:
                errors.append(f"{where}: a console block starts with `$ ./NAME`")
                continue
            name = command.group(1)
            if name not in programs:
                errors.append(f"{where}: {name} is not among the programs passed with --run")
                continue
            run = subprocess.run([str(programs[name])], capture_output=True, text=True, timeout=600)
            if run.returncode != 0:
                errors.append(f"{where}: {name} exited with status {run.returncode}")
            expect(body, first + "\n" + run.stdout, span, f"{where}: the output shown is not what {name} prints now:",
                   name)
        elif language != "sh":
            errors.append(f"{where}: a ```{language} block is not checked; use cpp (a whole example file), "
                          "console (a program's output) or sh")

    for path in sorted((args.source_root / "examples").glob("tutorial_*")):
        relative = path.relative_to(args.source_root).as_posix()
        if relative not in quoted:
            errors.append(f"{args.tutorial}: {relative} is not quoted in the tutorial")

    if updates:
        for start, end, body in reversed(updates):
            text = text[:start] + body + text[end:]
        args.tutorial.write_text(text, encoding="utf-8")
        print(f"{args.tutorial}: {len(updates)} blocks rewritten")
    for e in errors:
        print(e, file=sys.stderr)
    if not errors and not updates:
        print(f"{args.tutorial}: {len(quoted)} files quoted verbatim, every output shown is current")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
