"""The packaging files, without building anything: the bundle check catches a missing French
translation, wine's registry files are read right, and the NSIS script keeps its promises
(per user, and an uninstaller that never deletes the user's files)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from scripts import check_bundle, wine_roundtrip

ROOT = Path(__file__).resolve().parents[2]
NSI = (ROOT / "installer" / "assodesk.nsi").read_text(encoding="utf-8")


def _fake_bundle(root: Path, windows: bool = True) -> Path:
    bundle = root / "AssoDesk"
    files = [
        "AssoDesk.exe" if windows else "AssoDesk",
        "_internal/resources/translations/assodesk_fr.qm",
        "_internal/resources/translations/assodesk_ar.qm",
        "_internal/resources/icons/assodesk.png",
        "_internal/resources/icons/assodesk.svg",
        "_internal/resources/icons/nav/treasury.svg",
        "_internal/desk/store/migrations/env.py",
        "_internal/desk/store/migrations/versions/0001_initial.py",
        "_internal/PySide6/translations/qtbase_fr.qm",
        "_internal/PySide6/translations/qtbase_ar.qm",
        "_internal/PySide6/Qt6Widgets.dll" if windows else "_internal/PySide6/libQt6Widgets.so.6",
    ]
    for name in files:
        (bundle / name).parent.mkdir(parents=True, exist_ok=True)
        (bundle / name).write_bytes(b"x")
    return bundle


@pytest.mark.parametrize("windows", [True, False])
def test_a_complete_bundle_passes(tmp_path: Path, windows: bool) -> None:
    bundle = _fake_bundle(tmp_path, windows)
    assert check_bundle.problems(bundle) == []
    assert check_bundle.main([str(bundle)]) == 0


def test_a_bundle_without_the_french_translation_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bundle = _fake_bundle(tmp_path)
    (bundle / "_internal/resources/translations/assodesk_fr.qm").unlink()
    assert check_bundle.main([str(bundle)]) == 1
    out = capsys.readouterr().out
    assert "BUNDLE INCOMPLETE" in out
    assert "missing: _internal/resources/translations/assodesk_fr.qm" in out


def test_a_bundle_with_unused_qt_parts_fails(tmp_path: Path) -> None:
    bundle = _fake_bundle(tmp_path)
    for name in ("Qt6Quick.dll", "translations/qt_de.qm", "plugins/imageformats/qpdf.dll"):
        (bundle / "_internal/PySide6" / name).parent.mkdir(parents=True, exist_ok=True)
        (bundle / "_internal/PySide6" / name).write_bytes(b"x")
    found = "\n".join(check_bundle.problems(bundle))
    assert "Qt6Quick.dll" in found and "qt_de.qm" in found and "qpdf.dll" in found


def test_every_migration_must_be_in_the_bundle(tmp_path: Path) -> None:
    bundle = _fake_bundle(tmp_path)
    found = check_bundle.problems(bundle, source=ROOT)
    newest = sorted((ROOT / "desk/store/migrations/versions").glob("*.py"))[-1]
    if newest.name != "0001_initial.py":
        assert f"missing: migration {newest.name}" in found


def test_wine_registry_file_is_parsed() -> None:
    text = r"""WINE REGISTRY Version 2
;; All keys relative to \\User\\S-1-5-21

[Software\\Classes\\.assodesk] 1732380000
#time=1db3d2a8c0b7e2c
@="AssoDesk.File"

[Software\\Classes\\AssoDesk.File\\shell\\open\\command] 1732380000
@="\"C:\\users\\root\\AppData\\Local\\Programs\\AssoDesk\\AssoDesk.exe\" \"%1\""

[Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\AssoDesk] 1732380000
"DisplayName"="AssoDesk"
"EstimatedSize"=dword:0003c2a1
"Caf\xe9"=str(2):"%LOCALAPPDATA%\\x"
"""
    keys = wine_roundtrip.parse_reg(text)
    assert keys[r"software\classes\.assodesk"] == {"": "AssoDesk.File"}
    command = keys[r"software\classes\assodesk.file\shell\open\command"][""]
    assert command == r'"C:\users\root\AppData\Local\Programs\AssoDesk\AssoDesk.exe" "%1"'
    entry = keys[r"software\microsoft\windows\currentversion\uninstall\assodesk"]
    assert entry["DisplayName"] == "AssoDesk"
    assert entry["EstimatedSize"] == 0x3C2A1
    assert entry["Café"] == r"%LOCALAPPDATA%\x"


def _section(name: str) -> str:
    match = re.search(rf'^Section "{re.escape(name)}".*?^SectionEnd', NSI, re.M | re.S)
    assert match, name
    return match.group(0)


def test_the_installer_is_per_user() -> None:
    assert re.search(r"^RequestExecutionLevel user$", NSI, re.M)
    assert re.search(r'^InstallDir "\$LOCALAPPDATA\\Programs\\\$\{APPNAME\}"$', NSI, re.M)
    registry_writes = re.findall(r"^\s*(?:WriteReg\w+|DeleteReg\w+)\s+(?:/\w+\s+)?(\w+)", NSI, re.M)
    assert registry_writes and set(registry_writes) == {"HKCU"}


def test_the_uninstaller_never_deletes_user_files() -> None:
    uninstall = _section("Uninstall")
    commands = [line.split(";")[0].strip() for line in uninstall.splitlines()]
    recursive = [c for c in commands if c.startswith("RMDir /r")]
    # Only the program's own library folder is removed as a whole; $INSTDIR only when empty.
    assert recursive == ['RMDir /r "$INSTDIR\\_internal"']
    assert 'RMDir "$INSTDIR"' in commands
    deletes = [c for c in commands if c.startswith("Delete ")]
    assert all("*" not in c for c in deletes), deletes  # no wildcards
    for forbidden in ("$DOCUMENTS", "$APPDATA", "$LOCALAPPDATA", "$PROFILE", '.assodesk"'):
        assert not any(forbidden in c for c in deletes + recursive), forbidden
