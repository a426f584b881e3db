#!/usr/bin/env bash
# Screenshot of the installer's French welcome page, under wine in a virtual X display.
#
#   bash scripts/installer_screenshot.sh build/dist-check/AssoDesk-0.1.0-setup-amd64.exe \
#        docs/screenshots/installer-welcome-fr.png [docs/screenshots/installer-components-fr.png]
#
# With a second PNG, "Suivant" is pressed and the next page (components) is taken too.
# Needs (Debian): xvfb, xdotool, imagemagick, wine, wine64, and a French locale for wine to speak
# French (generated here with localedef when missing). The installer is not run to the end: it
# is killed once the picture is taken, in a temporary wine prefix that is then removed.
set -euo pipefail
SETUP=$(realpath "$1")
OUT=$(realpath -m "$2")
NEXT_OUT=${3:+$(realpath -m "$3")}
DISPLAY_NUMBER=${DISPLAY_NUMBER:-77}
for tool in Xvfb xdotool import wine; do
  command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install xvfb xdotool imagemagick wine)"; exit 2; }
done
locale -a | grep -qi '^fr_FR.utf-\?8$' || localedef -i fr_FR -f UTF-8 fr_FR.UTF-8

work=$(mktemp -d -t assodesk-shot-XXXXXX)
mkdir -p "$work/home"
export WINEPREFIX=$work/prefix WINEARCH=win64 WINEDEBUG=-all HOME=$work/home
export WINEDLLOVERRIDES="mscoree,mshtml=;winemenubuilder.exe=d"
export LANG=fr_FR.UTF-8 LC_ALL=fr_FR.UTF-8 DISPLAY=:$DISPLAY_NUMBER
Xvfb ":$DISPLAY_NUMBER" -screen 0 1024x768x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
cleanup() {
  wineserver -k 2>/dev/null || true
  kill "$xvfb" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
sleep 1
wineboot --init >/dev/null 2>&1
wineserver -w
# A wine "virtual desktop" draws Windows-like title bars (there is no window manager here).
wine explorer /desktop=AssoDesk,720x460 "$SETUP" >/dev/null 2>&1 &
installer=$(xdotool search --sync --onlyvisible --name "Installation de AssoDesk" | head -1)
sleep 3 # let the page finish painting
desktop=$(xdotool search --onlyvisible --name "AssoDesk - Wine desktop" | head -1)
mkdir -p "$(dirname "$OUT")"
import -window "${desktop:-root}" "$OUT"
echo "wrote $OUT"
if [ -n "$NEXT_OUT" ]; then
  xdotool windowfocus --sync "$installer" key Return
  sleep 2
  import -window "${desktop:-root}" "$NEXT_OUT"
  echo "wrote $NEXT_OUT"
fi
