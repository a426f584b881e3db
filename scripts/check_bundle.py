"""Check a PyInstaller bundle of AssoDesk (dist/AssoDesk) before it is packed into the installer:
what must be in it is there, what must not is not. Prints its size; exit 0 when sound.

    python scripts/check_bundle.py dist/AssoDesk [--source .]

Works on the Windows bundle (AssoDesk.exe, *.dll) and the Linux one (AssoDesk, *.so). With
--source (the checkout), every Alembic revision of desk/store/migrations/versions must be in
the bundle as a .py file (Alembic reads them from disk).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

REQUIRED = (
    "resources/translations/assodesk_fr.qm",
    "resources/translations/assodesk_ar.qm",
    "resources/icons/assodesk.png",
    "resources/icons/assodesk.svg",
    "desk/store/migrations/env.py",
)
QT_TRANSLATIONS_KEPT = {"qtbase_fr.qm", "qtbase_en.qm", "qtbase_ar.qm"}
# Qt parts AssoDesk does not use (see installer/assodesk.spec): their presence means the spec's
# filters stopped working, usually after a PySide6 upgrade.
FORBIDDEN = re.compile(
    r"(Qt6?(Quick|Qml|WebEngine|VirtualKeyboard|Pdf)[^/]*\.(dll|so[.\d]*|pyd)$"
    r"|virtualkeyboard|(^|/)(lib)?qpdf\.(dll|so)$|opengl32sw\.dll$)",
    re.IGNORECASE,
)


def _size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def problems(bundle: Path, source: Path | None = None) -> list[str]:
    """What is wrong with the bundle folder `bundle` ([] when nothing)."""
    if not bundle.is_dir():
        return [f"no bundle folder {bundle}"]
    found: list[str] = []
    if not any((bundle / name).is_file() for name in ("AssoDesk.exe", "AssoDesk")):
        found.append("the AssoDesk executable is missing")
    internal = bundle / "_internal"
    for name in REQUIRED:
        if not (internal / name).is_file():
            found.append(f"missing: _internal/{name}")
    if not list((internal / "resources" / "icons" / "nav").glob("*.svg")):
        found.append("missing: _internal/resources/icons/nav/*.svg")
    if source is not None:
        versions = source / "desk" / "store" / "migrations" / "versions"
        for revision in sorted(versions.glob("*.py")):
            target = internal / "desk" / "store" / "migrations" / "versions" / revision.name
            if not target.is_file():
                found.append(f"missing: migration {revision.name}")
    qt_qm = {p.name: p for p in internal.glob("PySide6/**/translations/*.qm")}
    if "qtbase_fr.qm" not in qt_qm:
        found.append("missing: Qt's own French translation qtbase_fr.qm")
    extra = sorted(set(qt_qm) - QT_TRANSLATIONS_KEPT)
    if extra:
        found.append(f"unused Qt translations bundled: {', '.join(extra[:5])}…")
    for path in sorted(internal.rglob("*")):
        relative = path.relative_to(bundle).as_posix()
        if FORBIDDEN.search(relative):
            found.append(f"unused Qt part bundled: {relative}")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("bundle", type=Path)
    parser.add_argument("--source", type=Path, help="the checkout, to compare migrations")
    args = parser.parse_args(argv)
    found = problems(args.bundle, args.source)
    if found:
        print(f"BUNDLE INCOMPLETE: {args.bundle}")
        for problem in found:
            print(f"  - {problem}")
        return 1
    files = sum(1 for p in args.bundle.rglob("*") if p.is_file())
    print(f"BUNDLE OK: {args.bundle}, {files} files, {_size(args.bundle) / 1e6:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
