"""Translation tooling: extract strings into .ts files, check French is complete, build .qm.

    python scripts/i18n.py update   # run lupdate per area (keeps existing translations)
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
# area -> source folders/files (relative to ROOT); each .py file belongs to exactly one area.
AREAS: dict[str, tuple[str, ...]] = {
    "shell": (
        "desk/app.py",
        "desk/i18n",
        "desk/ui/app.py",
        "desk/ui/main_window.py",
        "desk/ui/welcome.py",
        "desk/ui/screenshot.py",
        "desk/ui/settings.py",
        "desk/ui/workspace.py",
        "desk/ui/dialogs",
    ),
    "pages": ("desk/ui/pages", "desk/ui/widgets"),
    "reports": ("desk/reports", "desk/cli.py"),
}


def _tool(name: str) -> str:
    exe = Path(sys.executable).parent / f"pyside6-{name}"
    return str(exe) if exe.exists() else f"pyside6-{name}"


def _sources(area: str) -> list[str]:
    files: list[str] = []
    for entry in AREAS[area]:
        path = ROOT / entry
        if path.is_dir():
            files += sorted(str(p) for p in path.rglob("*.py"))
        elif path.exists():
            files.append(str(path))
    return files


def update() -> None:
    TS_DIR.mkdir(parents=True, exist_ok=True)
    for area in AREAS:
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
        update()
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
