; A stand-in "AssoDesk.exe" for the Linux CI round trip (scripts/dist_check.sh), NOT shipped.
;
; On Linux PyInstaller makes a Linux program, and the real Windows AssoDesk cannot run under
; wine (Qt 6 needs Windows' own ICU), so the installer tested under wine packs the Linux bundle's
; _internal folder (real file names, depth and size) beside this small Windows program in place
; of AssoDesk.exe. Started with a file (a double-click through the .assodesk association), it
; appends its command line to %TEMP%\assodesk-standin.txt: the round trip checks that line.
;
;   makensis -WX -INPUTCHARSET UTF8 -DOUTFILE=build/AssoDesk.exe installer/standin.nsi

Unicode true
Target amd64-unicode
!ifndef OUTFILE
  !error "define OUTFILE"
!endif
Name "AssoDesk (stand-in)"
OutFile "${OUTFILE}"
Icon "../resources/icons/assodesk.ico"
RequestExecutionLevel user
SilentInstall silent
SetCompressor zlib

Section
  FileOpen $0 "$TEMP\assodesk-standin.txt" a
  FileSeek $0 0 END
  FileWrite $0 "$CMDLINE$\r$\n"
  FileClose $0
SectionEnd
