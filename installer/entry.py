"""Entry script of the frozen AssoDesk (installer/assodesk.spec): the same as `assodesk`.

A windowed Windows program has no console: `sys.stdout` and `sys.stderr` are None there, which
desk.cli and desk.selftest allow for (the self-test writes its report to a file).
"""

import multiprocessing
import sys

from desk.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # harmless if unused; needed if a library spawns workers
    sys.exit(main())
