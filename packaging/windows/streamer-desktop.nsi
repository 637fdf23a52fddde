; The Windows installer of the PyInstaller bundle (dist\streamer-desktop).
;   makensis /DVERSION=0.2.0 /DBUNDLE=..\..\dist\streamer-desktop streamer-desktop.nsi
; Installs per machine into Program Files, with a Start menu entry, an uninstaller and
; the entry in "Apps & features". The console twin serves `serve` and diagnostics.

Unicode true
!include "MUI2.nsh"

!ifndef VERSION
  !error "Give the version: /DVERSION=x.y.z"
!endif
!ifndef BUNDLE
  !error "Give the bundle's folder: /DBUNDLE=path\to\dist\streamer-desktop"
!endif
!ifndef OUTFILE
  !define OUTFILE "streamer-desktop-${VERSION}-setup.exe"
!endif

!define APP "Streamer Desktop"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\StreamerDesktop"

Name "${APP} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\${APP}"
InstallDirRegKey HKLM "Software\StreamerDesktop" "InstallDir"
RequestExecutionLevel admin
SetCompressor /SOLID lzma
VIProductVersion "${VERSION}.0"
VIAddVersionKey "ProductName" "${APP}"
VIAddVersionKey "ProductVersion" "${VERSION}"
VIAddVersionKey "FileVersion" "${VERSION}"
VIAddVersionKey "FileDescription" "${APP} installer"
VIAddVersionKey "LegalCopyright" "Streamer Desktop developers"

!define MUI_ICON "..\..\resources\icons\streamer-desktop.ico"
!define MUI_UNICON "..\..\resources\icons\streamer-desktop.ico"
!define MUI_FINISHPAGE_RUN "$INSTDIR\streamer-desktop.exe"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "German"
!insertmacro MUI_LANGUAGE "Russian"

Section "Install"
  SetOutPath "$INSTDIR"
  ; A new version replaces the old one's files entirely.
  RMDir /r "$INSTDIR\_internal"
  File /r "${BUNDLE}\*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortcut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\streamer-desktop.exe"
  WriteRegStr HKLM "Software\StreamerDesktop" "InstallDir" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\streamer-desktop.exe"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "Publisher" "Streamer Desktop developers"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  Delete "$SMPROGRAMS\${APP}.lnk"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\streamer-desktop.exe"
  Delete "$INSTDIR\streamer-desktop-console.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKLM "${UNINSTALL_KEY}"
  DeleteRegKey HKLM "Software\StreamerDesktop"
SectionEnd
