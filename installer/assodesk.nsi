; AssoDesk installer: NSIS 3, Modern UI 2, French and English, for the current user only.
;
;   makensis -V2 -WX -INPUTCHARSET UTF8 -DVERSION=0.1.0 -DSRCDIR=dist\AssoDesk
;            -DOUTFILE=dist\AssoDesk-0.1.0-setup.exe installer\assodesk.nsi
;
; SRCDIR is the PyInstaller folder (AssoDesk.exe + _internal\). Optional defines:
;   VIVERSION=0.1.0.0  four numbers for the version resource (default: VERSION.0)
;   RELEASE            LZMA solid compression: smallest file, slow to build (the real release);
;                      without it zlib, about twice as fast to build
;   NOCOMPRESS         no compression at all: fastest to build, for install-logic checks (CI)
;   TARGET_AMD64       64-bit installer stub (Debian's NSIS has it; Linux CI runs it under wine64,
;                      which cannot run 32-bit programs). The Windows build uses the default
;                      32-bit stub of the official NSIS; the installed files are the same.
;   SIGN_COMMAND       a command signing the file given as its last argument: run on the installer
;                      and on the uninstaller it contains.
;
; Installs into %LOCALAPPDATA%\Programs\AssoDesk without administrator rights; the uninstall
; entry, the shortcuts and the .assodesk file type are registered for the user (HKCU).
; Installing over an older version replaces the program in place. The uninstaller removes only
; what the installer wrote: association files, backups (%LOCALAPPDATA%\AssoDesk) and anything
; the user put in the program folder stay.

Unicode true
ManifestDPIAware true
!ifdef TARGET_AMD64
  Target amd64-unicode
!endif

!ifndef VERSION | SRCDIR | OUTFILE
  !error "define VERSION, SRCDIR and OUTFILE (see the comment at the top)"
!endif
!ifndef VIVERSION
  !define VIVERSION "${VERSION}.0"
!endif

!define APPNAME "AssoDesk"
!define EXENAME "AssoDesk.exe"
!define PUBLISHER "AssoDesk"
!define UNINSTKEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APPNAME}"
!define EXT ".assodesk"
!define PROGID "AssoDesk.File"
!define ICON "../resources/icons/assodesk.ico"

!ifdef RELEASE
  SetCompressor /SOLID /FINAL lzma
  SetCompressorDictSize 64
!else ifdef NOCOMPRESS
  SetCompress off
!else
  SetCompressor /FINAL zlib
!endif

!ifdef SIGN_COMMAND
  !finalize '${SIGN_COMMAND} "%1"' = 0
  !uninstfinalize '${SIGN_COMMAND} "%1"' = 0
!endif

Name "${APPNAME} ${VERSION}"
OutFile "${OUTFILE}"
BrandingText "${APPNAME} ${VERSION}"
InstallDir "$LOCALAPPDATA\Programs\${APPNAME}"
; An upgrade goes where the previous version is, even if the user had chosen another folder.
InstallDirRegKey HKCU "${UNINSTKEY}" "InstallLocation"
RequestExecutionLevel user
ShowInstDetails hide
ShowUninstDetails hide

!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "FileFunc.nsh"
!include "WordFunc.nsh"
!include "Integration.nsh"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
; Paths are relative to this folder: makensis works in the script's folder.
!define MUI_WELCOMEFINISHPAGE_BITMAP "welcome.bmp" ; drawn by make_welcome_bitmap.py
!define MUI_WELCOMEPAGE_TEXT "$(WelcomeText)"
!define MUI_COMPONENTSPAGE_NODESC
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXENAME}"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; French first: it is used when Windows speaks neither language (AssoDesk's default, too).
!insertmacro MUI_LANGUAGE "French"
!insertmacro MUI_LANGUAGE "English"

LangString WelcomeText ${LANG_FRENCH} "Cet assistant va installer ${APPNAME} ${VERSION} pour vous \
  seul : aucun droit d'administrateur n'est nécessaire.$\r$\n$\r$\nVos fichiers d'association \
  (.assodesk) et leurs sauvegardes ne sont jamais modifiés ni supprimés, ni par une mise à jour \
  ni par la désinstallation.$\r$\n$\r$\n$_CLICK"
LangString WelcomeText ${LANG_ENGLISH} "This wizard will install ${APPNAME} ${VERSION} for you \
  only: no administrator rights are needed.$\r$\n$\r$\nYour association files (.assodesk) and \
  their backups are never changed or deleted, neither by an update nor by uninstalling.\
  $\r$\n$\r$\n$_CLICK"
LangString SecAppName ${LANG_FRENCH} "${APPNAME} (programme)"
LangString SecAppName ${LANG_ENGLISH} "${APPNAME} (program)"
LangString SecDesktopName ${LANG_FRENCH} "Raccourci sur le Bureau"
LangString SecDesktopName ${LANG_ENGLISH} "Desktop shortcut"
LangString FileTypeName ${LANG_FRENCH} "Association AssoDesk"
LangString FileTypeName ${LANG_ENGLISH} "AssoDesk association"
LangString NewerInstalled ${LANG_FRENCH} "${APPNAME} $R0 est déjà installé, plus récent que \
  cette version (${VERSION}).$\r$\nInstaller quand même la version ${VERSION} ?"
LangString NewerInstalled ${LANG_ENGLISH} "${APPNAME} $R0 is already installed, newer than this \
  version (${VERSION}).$\r$\nInstall version ${VERSION} anyway?"

VIProductVersion "${VIVERSION}"
VIFileVersion "${VIVERSION}"
VIAddVersionKey /LANG=${LANG_FRENCH} "ProductName" "${APPNAME}"
VIAddVersionKey /LANG=${LANG_FRENCH} "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_FRENCH} "FileDescription" "Installation de ${APPNAME}"
VIAddVersionKey /LANG=${LANG_FRENCH} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_FRENCH} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_FRENCH} "LegalCopyright" "${PUBLISHER}"

Function .onInit
  SetShellVarContext current
  ; Silent installs (/S) say nothing and do not downgrade: a newer installed version wins.
  ReadRegStr $R0 HKCU "${UNINSTKEY}" "DisplayVersion"
  ${If} $R0 != ""
    ${VersionCompare} "$R0" "${VERSION}" $R1
    ${If} $R1 == 1
      MessageBox MB_YESNO|MB_ICONQUESTION "$(NewerInstalled)" /SD IDNO IDYES keep_going
      Abort
      keep_going:
    ${EndIf}
  ${EndIf}
FunctionEnd

Section "!$(SecAppName)" SecApp
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; Upgrade in place: the previous version's libraries are removed as a whole (a stale DLL left
  ; beside the new ones could be loaded); only _internal is ours, anything else stays.
  RMDir /r "$INSTDIR\_internal"
  Delete "$DESKTOP\${APPNAME}.lnk" ; made again below if still wanted
  File "${SRCDIR}\${EXENAME}"
  File /r "${SRCDIR}\_internal"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortcut "$SMPROGRAMS\${APPNAME}.lnk" "$INSTDIR\${EXENAME}" "" "$INSTDIR\${EXENAME}" 0

  ; Double-clicking an .assodesk file opens it in AssoDesk (per user: HKCU\Software\Classes).
  WriteRegStr HKCU "Software\Classes\${EXT}" "" "${PROGID}"
  WriteRegStr HKCU "Software\Classes\${EXT}\OpenWithProgids" "${PROGID}" ""
  WriteRegStr HKCU "Software\Classes\${PROGID}" "" "$(FileTypeName)"
  WriteRegStr HKCU "Software\Classes\${PROGID}\DefaultIcon" "" '"$INSTDIR\${EXENAME}",0'
  WriteRegStr HKCU "Software\Classes\${PROGID}\shell\open\command" "" \
    '"$INSTDIR\${EXENAME}" "%1"'

  ; Settings > Apps lists it for this user; the key is rewritten by every upgrade.
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayName" "${APPNAME}"
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTKEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayIcon" '"$INSTDIR\${EXENAME}",0'
  WriteRegStr HKCU "${UNINSTKEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTKEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTKEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTKEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTKEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINSTKEY}" "EstimatedSize" $0

  ${NotifyShell_AssocChanged}
SectionEnd

Section "$(SecDesktopName)" SecDesktop
  CreateShortcut "$DESKTOP\${APPNAME}.lnk" "$INSTDIR\${EXENAME}" "" "$INSTDIR\${EXENAME}" 0
SectionEnd

Function un.onInit
  SetShellVarContext current
FunctionEnd

; Removes exactly what the installer wrote. Never: the user's files in or outside the program
; folder, AssoDesk's data folder (%LOCALAPPDATA%\AssoDesk: backups, logs), its settings.
Section "Uninstall"
  Delete "$INSTDIR\${EXENAME}"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR" ; only when empty: a file the user left there keeps the folder

  Delete "$SMPROGRAMS\${APPNAME}.lnk"
  Delete "$DESKTOP\${APPNAME}.lnk"

  DeleteRegKey HKCU "Software\Classes\${PROGID}"
  DeleteRegValue HKCU "Software\Classes\${EXT}\OpenWithProgids" "${PROGID}"
  ReadRegStr $0 HKCU "Software\Classes\${EXT}" ""
  ${If} $0 == "${PROGID}" ; another program may have taken the type since: leave it alone
    DeleteRegValue HKCU "Software\Classes\${EXT}" ""
  ${EndIf}
  DeleteRegKey /ifempty HKCU "Software\Classes\${EXT}\OpenWithProgids"
  DeleteRegKey /ifempty HKCU "Software\Classes\${EXT}"
  DeleteRegKey HKCU "${UNINSTKEY}"

  ${NotifyShell_AssocChanged}
SectionEnd
