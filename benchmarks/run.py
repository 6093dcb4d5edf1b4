"""``make bench``: runs every ``benchmarks/bench_*.py`` module's ``main()`` in turn.

Each benchmark measures its own floor in the same run and prints figures as ratios
against it, so the numbers mean the same on a slow or a fast machine.
"""

from __future__ import annotations

import importlib.util
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    modules = sorted(HERE.glob("bench_*.py"))
    if not modules:
        print("no benchmarks yet")
        return 0
    failed = 0
    for path in modules:
        spec = importlib.util.spec_from_file_location(path.stem, path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        print(f"== {path.stem}")
        started = time.perf_counter()
        result = module.main()
        print(f"   ({time.perf_counter() - started:.1f} s)")
        failed += bool(result)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
