"""Translation tooling: extract strings into .ts files, check French is complete, build .qm.

    python scripts/i18n.py update [AREA…]  # run lupdate per area (keeps existing translations)
    python scripts/i18n.py todo [LANG]   # list unfinished strings (French by default)
    python scripts/i18n.py fill AREA LANG TABLE.tsv  # set translations: "source<TAB>text"
    python scripts/i18n.py check    # fail if a French string is unfinished or empty
    python scripts/i18n.py build    # lrelease every language into resources/translations/*.qm

Sources are split by area so that people working on different parts of the UI never edit the
same .ts file; `build` merges the areas into one assodesk_<lang>.qm per language.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("fr", "ar")
# area -> sources (relative to ROOT): a folder (recursive), a file, or "folder/*.py" (that
# folder's own files, not its sub-packages). Each .py file belongs to exactly one area (a test
# checks it), so that people working on different parts never edit the same .ts file.
AREAS: dict[str, tuple[str, ...]] = {
    "shell": (
        "desk/app.py",
        "desk/i18n",
        "desk/ui/*.py",
        "desk/ui/dialogs",
    ),
    "pages": (
        "desk/ui/pages/__init__.py",
        "desk/ui/pages/base.py",
        "desk/ui/pages/dashboard.py",
        "desk/ui/pages/reports.py",
        "desk/ui/pages/review.py",
        "desk/ui/widgets",
        "desk/ui/reports_hub",
    ),
    "treasury": (
        "desk/ui/pages/treasury.py",
        "desk/ui/pages/ledger_filters.py",
        "desk/ui/treasury",
        "desk/reports/treasury",
    ),
    "bookkeeping": ("desk/ui/bookkeeping",),
    "bank_import": ("desk/ui/bank_import", "desk/reports/bank_import"),
    "budgets": (
        "desk/ui/pages/budgets.py",
        "desk/ui/pages/budget_tree.py",
        "desk/ui/budgets",
        "desk/reports/budget",
    ),
    "logframe": ("desk/ui/pages/logframe.py", "desk/ui/logframe"),
    "logframe_reports": ("desk/reports/logframe", "desk/ui/logframe_import"),
    "calendar": ("desk/ui/pages/calendar.py", "desk/ui/calendar", "desk/reports/calendar"),
    "reports": ("desk/reports/*.py", "desk/cli.py", "desk/selftest.py"),
}


def _tool(name: str) -> str:
    exe = Path(sys.executable).parent / f"pyside6-{name}"
    return str(exe) if exe.exists() else f"pyside6-{name}"


def _sources(area: str) -> list[str]:
    files: list[str] = []
    for entry in AREAS[area]:
        if entry.endswith("/*.py"):
            files += sorted(str(p) for p in (ROOT / entry[:-5]).glob("*.py"))
            continue
        path = ROOT / entry
        if path.is_dir():
            files += sorted(str(p) for p in path.rglob("*.py"))
        elif path.exists():
            files.append(str(path))
    return files


def update(areas: list[str] | None = None) -> None:
    """Rescan the sources of `areas` (all by default) into their .ts files."""
    TS_DIR.mkdir(parents=True, exist_ok=True)
    for area in areas or list(AREAS):
        sources = _sources(area)
        if not sources:
            continue
        for lang in LANGUAGES:
            ts = TS_DIR / f"{area}_{lang}.ts"
            subprocess.run(
                [
                    _tool("lupdate"),
                    "-silent",
                    "-no-obsolete",
                    "-locations",
                    "none",
                    "-target-language",
                    lang,
                    *sources,
                    "-ts",
                    str(ts),
                ],
                check=True,
            )


def unfinished(lang: str = "fr") -> list[str]:
    """Source texts whose translation into `lang` is missing, unfinished or empty."""
    missing: list[str] = []
    for ts in sorted(TS_DIR.glob(f"*_{lang}.ts")):
        for message in ET.parse(ts).getroot().iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None:
                missing.append(f"{ts.name}: {source}")
                continue
            kind = translation.get("type", "")
            forms = [n.text or "" for n in translation.findall("numerusform")]
            text = (translation.text or "") if not forms else "".join(forms)
            if kind in ("unfinished",) or not text.strip():
                missing.append(f"{ts.name}: {source}")
    return missing


def fill(area: str, lang: str, table: Path) -> int:
    """Set translations from `table` (UTF-8 lines "source<TAB>translation"; "\\n" stands for a
    line break) into `area`'s .ts for `lang`, for every context holding that source. Returns
    how many messages were set; sources not found are reported."""
    ts = TS_DIR / f"{area}_{lang}.ts"
    pairs: dict[str, str] = {}
    for line in table.read_text(encoding="utf-8").splitlines():
        if line.strip() and "\t" in line:
            source, text = line.split("\t", 1)
            pairs[source.replace("\\n", "\n")] = text.replace("\\n", "\n")
    tree = ET.parse(ts)
    found: set[str] = set()
    count = 0
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        if source not in pairs:
            continue
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        translation.text = pairs[source]
        found.add(source)
        count += 1
    for source in pairs.keys() - found:
        print(f"not in {ts.name}: {source!r}")
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return count


def build(out_dir: Path = TS_DIR) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    built = []
    for lang in LANGUAGES:
        sources = sorted(TS_DIR.glob(f"*_{lang}.ts"))
        if not sources:
            continue
        qm = out_dir / f"assodesk_{lang}.qm"
        subprocess.run(
            [_tool("lrelease"), "-silent", *map(str, sources), "-qm", str(qm)], check=True
        )
        built.append(qm)
    return built


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else "build"
    if command == "update":
        unknown = [a for a in argv[2:] if a not in AREAS]
        if unknown:
            print(f"unknown area(s) {unknown}; areas: {', '.join(AREAS)}")
            return 2
        update(argv[2:] or None)
    elif command == "fill" and len(argv) == 5:
        print(f"{fill(argv[2], argv[3], Path(argv[4]))} messages set")
        update([argv[2]])  # lupdate writes the file back in its own layout: small diffs
    elif command == "todo":
        for line in unfinished(argv[2] if len(argv) > 2 else "fr"):
            print(line)
    elif command == "check":
        missing = unfinished("fr")
        for line in missing:
            print(f"unfinished French: {line}")
        return 1 if missing else 0
    elif command == "build":
        for qm in build():
            print(f"built {qm.relative_to(ROOT)}")
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
