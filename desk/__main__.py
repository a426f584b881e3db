"""Allows `python -m desk`, the same as the `assodesk` command."""

import sys

from desk.cli import main

sys.exit(main())
