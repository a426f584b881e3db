"""Silent install / upgrade / uninstall of the AssoDesk installer under wine64, checked by files
and registry (never by wine's exit codes, which say nothing). Used by scripts/dist_check.sh.

    python scripts/wine_roundtrip.py --setup NEW.exe --version 0.1.0 --payload DIR \\
        --old-setup OLD.exe --old-version 0.0.1 [--work DIR]

NEW and OLD are 64-bit builds of installer/assodesk.nsi (wine64 runs no 32-bit program here);
PAYLOAD is the folder NEW was built from. In a fresh wine prefix: install OLD; leave user files
(in the program folder, in Documents, a backup in AssoDesk's data folder); install NEW over it
(upgrade in place) and check files, shortcuts, the uninstall entry and the .assodesk type; open
an .assodesk document through the association; check that OLD now refuses to downgrade
silently; uninstall and check that the program is gone and the user's files are not.
Exit 0 when every check holds. Nothing is written outside --work (a temporary folder by
default, removed at the end unless --keep): HOME points there too, so wine's files and the
user folders it links stay out of the real home.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

UNINSTALL_KEY = r"Software\Microsoft\Windows\CurrentVersion\Uninstall\AssoDesk"
EXT_KEY = r"Software\Classes\.assodesk"
PROGID_KEY = r"Software\Classes\AssoDesk.File"
STANDIN_LOG = "assodesk-standin.txt"  # written by installer/standin.nsi


# -- wine's registry files ---------------------------------------------------------------------

_SECTION = re.compile(r"^\[(.+?)\](?:\s+\d+)?\s*$")
_VALUE = re.compile(r'^(@|"(?:[^"\\]|\\.)*")=(.*)$')


def _unescape(text: str) -> str:
    out, i = [], 0
    while i < len(text):
        char = text[i]
        if char == "\\" and i + 1 < len(text):
            nxt = text[i + 1]
            if nxt == "x":  # \x followed by hex digits: a character wine wrote escaped
                match = re.match(r"[0-9a-fA-F]{1,4}", text[i + 2 :])
                if match:
                    out.append(chr(int(match.group(), 16)))
                    i += 2 + len(match.group())
                    continue
            out.append({"n": "\n", "r": "\r", "t": "\t", "0": "\0"}.get(nxt, nxt))
            i += 2
            continue
        out.append(char)
        i += 1
    return "".join(out)


def parse_reg(text: str) -> dict[str, dict[str, str | int]]:
    """Keys of a wine `user.reg` (lower-cased, single backslashes) -> {value name: value}; the
    default value is named "" (REG_SZ as str, REG_DWORD as int, anything else as raw text)."""
    keys: dict[str, dict[str, str | int]] = {}
    current: dict[str, str | int] | None = None
    for line in text.splitlines():
        if section := _SECTION.match(line):
            name = section.group(1).replace("\\\\", "\\").lower()
            current = keys.setdefault(name, {})
            continue
        if current is None:
            continue
        value = _VALUE.match(line)
        if value is None:
            continue
        raw_name, data = value.groups()
        name = "" if raw_name == "@" else _unescape(raw_name[1:-1])
        if data.startswith('"') and data.endswith('"'):
            current[name] = _unescape(data[1:-1])
        elif data.startswith("str(") and '"' in data:
            current[name] = _unescape(data[data.index('"') + 1 : -1])
        elif data.startswith("dword:"):
            current[name] = int(data[6:], 16)
        else:
            current[name] = data
    return keys


# -- the run -----------------------------------------------------------------------------------


class Checks:
    def __init__(self) -> None:
        self.failures: list[str] = []
        self.count = 0

    def that(self, condition: bool, what: str, detail: object = "") -> bool:
        self.count += 1
        print(f"  {'ok  ' if condition else 'FAIL'} {what}" + (f"  [{detail}]" if detail else ""))
        if not condition:
            self.failures.append(what)
        return condition


class Wine:
    def __init__(self, work: Path) -> None:
        self.work = work
        self.prefix = work / "prefix"
        home = work / "home"
        home.mkdir(parents=True, exist_ok=True)
        self.env = dict(os.environ)
        self.env.update(
            WINEPREFIX=str(self.prefix),
            WINEARCH="win64",
            WINEDEBUG="-all",
            # No Mono/Gecko download prompts; no .desktop files written for the host's menus.
            WINEDLLOVERRIDES="mscoree,mshtml=;winemenubuilder.exe=d",
            HOME=str(home),
            XDG_CONFIG_HOME=str(home / ".config"),
            XDG_DATA_HOME=str(home / ".local" / "share"),
            DISPLAY="",
        )
        self.env.pop("WAYLAND_DISPLAY", None)

    def run(self, *args: str | Path, wait: bool = True) -> None:
        """Run a wine command, then wait for every wine process of the prefix to end (the
        uninstaller re-launches itself from %TEMP% and returns at once)."""
        subprocess.run(
            [str(a) for a in args],
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            check=False,
            timeout=300,
        )
        if wait:
            subprocess.run(["wineserver", "-w"], env=self.env, check=False, timeout=300)

    def user_dir(self) -> Path:
        users = [p for p in (self.prefix / "drive_c" / "users").iterdir() if p.name != "Public"]
        if len(users) != 1:
            raise RuntimeError(f"cannot tell the wine user among {users}")
        return users[0]

    def registry(self) -> dict[str, dict[str, str | int]]:
        return parse_reg((self.prefix / "user.reg").read_text(encoding="utf-8", errors="replace"))

    def windows_path(self, path: Path) -> str:
        relative = path.relative_to(self.prefix / "drive_c")
        return "C:\\" + "\\".join(relative.parts)


@contextmanager
def _phase(name: str, times: dict[str, float]) -> Iterator[None]:
    print(f"== {name}")
    started = time.perf_counter()
    yield
    times[name] = time.perf_counter() - started


def _lnk_points_at(link: Path, exe_name: str) -> bool:
    """A .lnk names its target (ANSI or UTF-16): enough to tell it is AssoDesk's."""
    data = link.read_bytes()
    return exe_name.encode() in data or exe_name.encode("utf-16-le") in data


def _payload_matches(payload: Path, instdir: Path) -> tuple[bool, str]:
    missing, different, count = [], [], 0
    for source in payload.rglob("*"):
        if source.is_dir():
            continue
        count += 1
        target = instdir / source.relative_to(payload)
        if not target.is_file():
            missing.append(str(source.relative_to(payload)))
        elif target.stat().st_size != source.stat().st_size:
            different.append(str(source.relative_to(payload)))
    ok = not missing and not different and count > 0
    return ok, f"{count} files; missing {missing[:3]}; different size {different[:3]}"


def roundtrip(args: argparse.Namespace, work: Path) -> int:
    wine = Wine(work)
    checks = Checks()
    times: dict[str, float] = {}
    started = time.perf_counter()

    with _phase("fresh wine prefix", times):
        wine.run("wineboot", "--init")
    user = wine.user_dir()
    instdir = user / "AppData" / "Local" / "Programs" / "AssoDesk"
    start_menu = user / "AppData" / "Roaming" / "Microsoft" / "Windows" / "Start Menu" / "Programs"
    desktop, documents = user / "Desktop", user / "Documents"
    data_dir = user / "AppData" / "Local" / "AssoDesk"

    with _phase(f"install {args.old_version} (older version)", times):
        wine.run("wine", args.old_setup, "/S")
        reg = wine.registry()
        checks.that((instdir / "AssoDesk.exe").is_file(), "old version installed", instdir)
        version = reg.get(UNINSTALL_KEY.lower(), {}).get("DisplayVersion")
        checks.that(version == args.old_version, "uninstall entry shows the old version", version)
        stale = [p.name for p in (instdir / "_internal").glob("*") if p.is_file()]

    # What a user leaves behind: a note in the program folder, an association file in
    # Documents, a backup in AssoDesk's data folder. None of it may be touched.
    user_files = {
        instdir / "Mes notes.txt": b"notes de la tresoriere\n",
        documents / "Association Amal.assodesk": b"SQLite format 3\x00 (pretend)\n",
        data_dir / "backups" / "Association Amal-1a2b3c4d" / "2026-06-30_120000_auto.assodesk": (
            b"SQLite format 3\x00 (backup)\n"
        ),
    }
    for path, data in user_files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)

    with _phase(f"install {args.version} over it (upgrade in place)", times):
        wine.run("wine", args.setup, "/S")
        reg = wine.registry()
        exe = instdir / "AssoDesk.exe"
        checks.that(exe.is_file(), "AssoDesk.exe installed", exe)
        checks.that((instdir / "uninstall.exe").is_file(), "uninstall.exe written")
        ok, detail = _payload_matches(args.payload, instdir)
        checks.that(ok, "every file of the bundle installed with its size", detail)
        qm = instdir / "_internal" / "resources" / "translations" / "assodesk_fr.qm"
        checks.that(qm.is_file(), "French translation installed", qm.name)
        left = [name for name in stale if (instdir / "_internal" / name).exists()]
        checks.that(not left, "the old version's files are gone", left)
        for path, data in user_files.items():
            checks.that(path.read_bytes() == data, f"user file kept: {path.name}")
        link = start_menu / "AssoDesk.lnk"
        checks.that(link.is_file() and _lnk_points_at(link, "AssoDesk.exe"), "Start menu shortcut")
        link = desktop / "AssoDesk.lnk"
        checks.that(link.is_file() and _lnk_points_at(link, "AssoDesk.exe"), "desktop shortcut")

        entry = reg.get(UNINSTALL_KEY.lower(), {})
        win_instdir = wine.windows_path(instdir)
        expected: dict[str, str | int] = {
            "DisplayName": "AssoDesk",
            "DisplayVersion": args.version,
            "InstallLocation": win_instdir,
            "UninstallString": f'"{win_instdir}\\uninstall.exe"',
            "QuietUninstallString": f'"{win_instdir}\\uninstall.exe" /S',
            "NoModify": 1,
            "NoRepair": 1,
        }
        for name, value in expected.items():
            checks.that(entry.get(name) == value, f"HKCU uninstall {name}", entry.get(name))
        size = entry.get("EstimatedSize")
        checks.that(isinstance(size, int) and size > 0, "HKCU uninstall EstimatedSize", size)

        command = reg.get((PROGID_KEY + r"\shell\open\command").lower(), {}).get("")
        ext = reg.get(EXT_KEY.lower(), {}).get("")
        checks.that(ext == "AssoDesk.File", "HKCU\\Software\\Classes\\.assodesk", ext)
        checks.that(
            command == f'"{win_instdir}\\AssoDesk.exe" "%1"',
            ".assodesk opens with AssoDesk",
            command,
        )
        icon = reg.get((PROGID_KEY + r"\DefaultIcon").lower(), {}).get("")
        checks.that(icon == f'"{win_instdir}\\AssoDesk.exe",0', ".assodesk icon", icon)

    if args.standin and command:
        # Wine 8's shell reads only HKLM\Software\Classes (HKCR is not merged with the
        # user's classes as on Windows), so `wine start document.assodesk` cannot find a
        # per-user type. Run what Explorer would run instead: the registered command with the
        # document in place of %1; the stand-in AssoDesk.exe logs the command line it got.
        with _phase("open an .assodesk document with the registered command", times):
            document = wine.windows_path(documents / "Association Amal.assodesk")
            argv = [a or b for a, b in re.findall(r'"([^"]*)"|(\S+)', str(command))]
            wine.run("wine", *[document if a == "%1" else a for a in argv])
            logs = [user / "Temp" / STANDIN_LOG, user / "AppData" / "Local" / "Temp" / STANDIN_LOG]
            text = "".join(
                p.read_text(encoding="utf-8", errors="replace") for p in logs if p.is_file()
            )
            checks.that(
                document.lower() in text.lower(),
                "the open command starts AssoDesk.exe with the document",
                text.strip() or "AssoDesk.exe was not started",
            )

    with _phase(f"install {args.old_version} again, silently (no downgrade)", times):
        wine.run("wine", args.old_setup, "/S")
        version = wine.registry().get(UNINSTALL_KEY.lower(), {}).get("DisplayVersion")
        checks.that(version == args.version, "a silent older installer changes nothing", version)
        ok, detail = _payload_matches(args.payload, instdir)
        checks.that(ok, "the newer files are still there", detail)

    with _phase("uninstall", times):
        wine.run("wine", instdir / "uninstall.exe", "/S")
        reg = wine.registry()
        for name in ("AssoDesk.exe", "uninstall.exe", "_internal"):
            checks.that(not (instdir / name).exists(), f"{name} removed")
        remaining = sorted(p.name for p in instdir.iterdir()) if instdir.is_dir() else []
        checks.that(
            remaining == ["Mes notes.txt"], "program folder holds only the user's file", remaining
        )
        for path, data in user_files.items():
            kept = path.is_file() and path.read_bytes() == data
            checks.that(kept, f"user file still there: {path.name}")
        checks.that(not (start_menu / "AssoDesk.lnk").exists(), "Start menu shortcut removed")
        checks.that(not (desktop / "AssoDesk.lnk").exists(), "desktop shortcut removed")
        for key in (UNINSTALL_KEY, PROGID_KEY, EXT_KEY):
            checks.that(key.lower() not in reg, f"HKCU\\{key} removed")

    total = time.perf_counter() - started
    print("== times: " + ", ".join(f"{k}: {v:.1f} s" for k, v in times.items()))
    if checks.failures:
        print(f"ROUNDTRIP FAILED: {len(checks.failures)} of {checks.count} checks in {total:.1f} s")
        for failure in checks.failures:
            print(f"  - {failure}")
        return 1
    print(f"ROUNDTRIP OK: {checks.count} checks in {total:.1f} s")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--setup", type=Path, required=True, help="the installer to check")
    parser.add_argument("--version", required=True)
    parser.add_argument("--payload", type=Path, required=True, help="the folder it packs")
    parser.add_argument("--old-setup", type=Path, required=True, help="an older version's")
    parser.add_argument("--old-version", required=True)
    parser.add_argument("--standin", action="store_true", help="AssoDesk.exe is the stand-in")
    parser.add_argument("--work", type=Path, help="scratch folder (default: a temporary one)")
    parser.add_argument("--keep", action="store_true", help="keep the scratch folder")
    args = parser.parse_args(argv)
    for tool in ("wine", "wineboot", "wineserver"):
        if shutil.which(tool) is None:
            print(f"{tool} not found: apt-get install wine wine64", file=sys.stderr)
            return 2
    args.setup, args.old_setup = args.setup.resolve(), args.old_setup.resolve()
    if args.work:
        args.work.mkdir(parents=True, exist_ok=True)
        return roundtrip(args, args.work.resolve())
    work = Path(tempfile.mkdtemp(prefix="assodesk-wine-"))
    try:
        return roundtrip(args, work)
    finally:
        if args.keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
