#!/usr/bin/env bash
# `make dist-check`: build the frozen AssoDesk and its installer, and check both, on Linux.
#
#  1. tools: nsis, wine, wine64 (apt-get, when run as root and missing), PyInstaller (.[dist])
#  2. PyInstaller onedir bundle from installer/assodesk.spec (Linux build of the same spec)
#  3. scripts/check_bundle.py: translations, icons, migrations in; QtQuick/Pdf/... out
#  4. frozen `AssoDesk --selftest` offscreen must pass, and must FAIL when the French .qm is
#     hidden from it (proves that the check bites)
#  5. makensis -WX: the 64-bit installer (what wine64 can run), the 32-bit flavour the Windows
#     build uses (compile only), and an "older version" installer for the upgrade check
#  6. scripts/wine_roundtrip.py: silent install / upgrade / uninstall in a fresh wine prefix,
#     judged by files and registry
#
# What the installer tested here packs: the Linux bundle's _internal folder (its real files,
# names and size) and, as AssoDesk.exe, a small Windows stand-in (installer/standin.nsi). The
# Linux bundle is no Windows program, and the real Windows bundle cannot be built or run under
# wine (Qt 6 needs Windows' ICU): .github/workflows/windows.yml builds and round-trips the real
# one on Windows, with the release compression (LZMA). Here the installer is not compressed
# (DIST_COMPRESS=none, the default): compression says nothing about the install logic checked
# here, and zlib/LZMA on this 250-300 MB payload take 1-4 min on 2 cores
# (DIST_COMPRESS=zlib or lzma to measure them).
#
# Everything goes to build/dist-check (and dist/AssoDesk); wine runs in a temporary prefix.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PY=$ROOT/.venv/bin/python
OUT=$ROOT/build/dist-check
NSIS_FLAGS=(-V2 -WX -INPUTCHARSET UTF8)
COMPRESS=${DIST_COMPRESS:-none}
case $COMPRESS in
  none) NSIS_FLAGS+=(-DNOCOMPRESS) ;;
  zlib) ;;
  lzma) NSIS_FLAGS+=(-DRELEASE) ;;
  *) echo "DIST_COMPRESS must be none, zlib or lzma" >&2; exit 2 ;;
esac
T0=$(date +%s)
declare -A SECONDS_OF

step() { echo; echo "== $*"; STEP_START=$(date +%s); STEP_NAME=$1; }
done_step() { SECONDS_OF[$STEP_NAME]=$(( $(date +%s) - STEP_START )); }
fail() { echo "DIST-CHECK FAILED: $*" >&2; exit 1; }
mb() { du -sm "$1" | cut -f1; }

step tools
need=()
command -v makensis >/dev/null || need+=(nsis)
command -v wine >/dev/null || need+=(wine)
command -v wine64 >/dev/null || [ -x /usr/lib/wine/wine64 ] || need+=(wine64)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then
    fail "missing ${need[*]}: sudo apt-get install ${need[*]}"
  fi
  echo "installing ${need[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
"$PY" -c "import PyInstaller" 2>/dev/null || "$PY" -m pip install --quiet -e ".[dist]"
VERSION=$("$PY" -c "from desk import __version__; print(__version__)")
OLD_VERSION=0.0.1
echo "AssoDesk $VERSION; NSIS $(makensis -VERSION); $(wine --version 2>/dev/null); PyInstaller $("$PY" -m PyInstaller --version)"
rm -rf "$OUT"
mkdir -p "$OUT"
done_step

step bundle
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN --distpath "$ROOT/dist" \
  --workpath "$ROOT/build/pyinstaller" installer/assodesk.spec > "$OUT/pyinstaller.log" 2>&1 \
  || { tail -40 "$OUT/pyinstaller.log"; fail "PyInstaller (log: $OUT/pyinstaller.log)"; }
BUNDLE=$ROOT/dist/AssoDesk
"$PY" scripts/check_bundle.py "$BUNDLE" --source "$ROOT" || fail "the bundle is incomplete"
# Deliberately broken copy (hard links; the real bundle is untouched): the check must bite.
cp -al "$BUNDLE" "$OUT/bundle-without-fr"
rm "$OUT/bundle-without-fr/_internal/resources/translations/assodesk_fr.qm"
if "$PY" scripts/check_bundle.py "$OUT/bundle-without-fr" > "$OUT/check-without-fr.txt" \
  || ! grep -q "missing: _internal/resources/translations/assodesk_fr.qm" "$OUT/check-without-fr.txt"; then
  fail "check_bundle.py did not notice a bundle without assodesk_fr.qm"
fi
echo "a copy without assodesk_fr.qm is refused: $(grep -c '  - ' "$OUT/check-without-fr.txt") problem(s)"
rm -rf "$OUT/bundle-without-fr"
done_step

step selftest
rc=0
QT_QPA_PLATFORM=offscreen "$BUNDLE/AssoDesk" --selftest --selftest-report "$OUT/selftest.txt" \
  > /dev/null 2>&1 || rc=$?
cat "$OUT/selftest.txt" 2>/dev/null || true
[ "$rc" = 0 ] && head -1 "$OUT/selftest.txt" | grep -qx "SELFTEST OK" \
  || fail "the frozen self-test failed (rc $rc, report $OUT/selftest.txt)"
# The same self-test, with the French translation out of its reach, must fail and say why.
mkdir -p "$OUT/no-translations"
rc=0
ASSODESK_TRANSLATIONS_DIR="$OUT/no-translations" QT_QPA_PLATFORM=offscreen "$BUNDLE/AssoDesk" \
  --selftest --selftest-report "$OUT/selftest-missing-qm.txt" > /dev/null 2>&1 || rc=$?
if [ "$rc" = 0 ] || ! grep -q "FAIL translations .*assodesk_fr.qm" "$OUT/selftest-missing-qm.txt"; then
  fail "the frozen self-test did not catch a missing French translation (rc $rc)"
fi
echo "without the French .qm: rc $rc, $(grep 'FAIL translations' "$OUT/selftest-missing-qm.txt")"
done_step

step installer
PAYLOAD=$OUT/payload
OLD_PAYLOAD=$OUT/payload-old
mkdir -p "$PAYLOAD" "$OLD_PAYLOAD/_internal"
makensis "${NSIS_FLAGS[@]}" -DOUTFILE="$OUT/AssoDesk-standin.exe" installer/standin.nsi
cp -al "$BUNDLE/_internal" "$PAYLOAD/_internal" # hard links: no copy of 240 MB
cp "$OUT/AssoDesk-standin.exe" "$PAYLOAD/AssoDesk.exe"
cp "$OUT/AssoDesk-standin.exe" "$OLD_PAYLOAD/AssoDesk.exe"
echo "only in $OLD_VERSION" > "$OLD_PAYLOAD/_internal/old-version-only.txt"
SETUP=$OUT/AssoDesk-$VERSION-setup-amd64.exe
OLD_SETUP=$OUT/AssoDesk-$OLD_VERSION-setup-amd64.exe
t=$(date +%s)
makensis "${NSIS_FLAGS[@]}" -DTARGET_AMD64 -DVERSION="$VERSION" -DSRCDIR="$PAYLOAD" \
  -DOUTFILE="$SETUP" installer/assodesk.nsi
MAKENSIS_SECONDS=$(( $(date +%s) - t ))
makensis "${NSIS_FLAGS[@]}" -DTARGET_AMD64 -DVERSION="$OLD_VERSION" -DSRCDIR="$OLD_PAYLOAD" \
  -DOUTFILE="$OLD_SETUP" installer/assodesk.nsi
# The 32-bit flavour with the release compression, as the Windows runner builds it (the official
# NSIS has only x86 stubs): compiled, not run.
makensis "${NSIS_FLAGS[@]}" -DRELEASE -DVERSION="$VERSION" -DSRCDIR="$OLD_PAYLOAD" \
  -DOUTFILE="$OUT/AssoDesk-x86-compile-check.exe" installer/assodesk.nsi
file "$SETUP" "$OUT/AssoDesk-x86-compile-check.exe" | sed "s|$OUT/||"
grep -aq 'requestedExecutionLevel level="asInvoker"' "$SETUP" \
  || fail "the installer asks for administrator rights (manifest is not asInvoker)"
done_step

step roundtrip
"$PY" scripts/wine_roundtrip.py --setup "$SETUP" --version "$VERSION" --payload "$PAYLOAD" \
  --old-setup "$OLD_SETUP" --old-version "$OLD_VERSION" --standin --work "$OUT/wine" \
  || fail "the wine round trip failed"
rm -rf "$OUT/wine" "$PAYLOAD" # the prefix is 700 MB
done_step

echo
echo "DIST-CHECK OK in $(( $(date +%s) - T0 )) s"
echo "  bundle (Linux):            $(mb "$BUNDLE") MB, $(find -L "$BUNDLE" -type f | wc -l) files"
echo "  installer (Linux payload): $(( $(stat -c %s "$SETUP") / 1000000 )) MB, makensis ${MAKENSIS_SECONDS} s (compression: $COMPRESS)"
echo "  (sizes of the Linux bundle are indicative only: the Windows build is measured by windows.yml)"
for name in tools bundle selftest installer roundtrip; do
  echo "  $name: ${SECONDS_OF[$name]} s"
done
