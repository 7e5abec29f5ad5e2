; Inno Setup script: the Windows installer of orgeditor's standalone build, with the .orgchart
; file association. Build the bundle on Windows first, then compile this script:
;
;   pip install -e ".[build]"
;   pyinstaller --noconfirm --distpath dist --workpath build\pyinstaller packaging\orgeditor.spec
;   copy the licence texts: xcopy /E /I resources\licenses dist\orgeditor\licenses
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DVersion=0.1.0 packaging\windows\orgeditor.iss
;
; It installs dist\orgeditor\ into Program Files (or the user's folder without admin rights),
; adds a Start menu entry for orgeditorw.exe (no console window) and makes .orgchart files open
; in it with the application icon.

#ifndef Version
  #define Version "0.1.0"
#endif

[Setup]
AppId={{6C9F3B52-6B1D-4E3B-9A53-0B7C2E4E1A10}
AppName=orgeditor
AppVersion={#Version}
AppPublisher=orgeditor contributors
DefaultDirName={autopf}\orgeditor
DefaultGroupName=orgeditor
PrivilegesRequiredOverridesAllowed=dialog
ChangesAssociations=yes
OutputDir=..\..\dist
OutputBaseFilename=orgeditor-{#Version}-windows-x64-setup
SetupIconFile=orgeditor.ico
UninstallDisplayIcon={app}\orgeditorw.exe
ArchitecturesInstallIn64BitMode=x64compatible
LicenseFile=..\..\LICENSE

[Files]
Source: "..\..\dist\orgeditor\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\orgeditor"; Filename: "{app}\orgeditorw.exe"
Name: "{group}\Uninstall orgeditor"; Filename: "{uninstallexe}"

[Registry]
Root: HKA; Subkey: "Software\Classes\.orgchart"; ValueType: string; ValueName: ""; ValueData: "orgeditor.orgchart"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.orgchart"; ValueType: string; ValueName: "Content Type"; ValueData: "application/vnd.orgeditor.orgchart+json"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\orgeditor.orgchart"; ValueType: string; ValueName: ""; ValueData: "Org chart"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\orgeditor.orgchart\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\orgeditorw.exe,0"
Root: HKA; Subkey: "Software\Classes\orgeditor.orgchart\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\orgeditorw.exe"" ""%1"""
