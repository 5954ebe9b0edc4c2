"""Print every public header under include/, relative to it, one per line."""
import pathlib
import sys

root = pathlib.Path(sys.argv[1])
for p in sorted(root.rglob('*.hpp')):
    print(p.relative_to(root).as_posix())
