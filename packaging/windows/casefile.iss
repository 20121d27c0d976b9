; Inno Setup 6 script for Casefile's Windows installer. packaging/build.py runs it as
;   ISCC /DAppVersion=0.1.0 /DSourceDir=dist\Casefile /DIconFile=build\icons\casefile.ico
;        /DOutputName=Casefile-0.1.0-windows-x86_64-setup /Odist packaging\windows\casefile.iss
; It installs for the current user by default (no administrator needed; the analyst may choose
; all users), adds a Start-menu entry, and makes Casefile open .casefile case bundles.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\Casefile"
#endif
#ifndef IconFile
  #define IconFile "..\..\build\icons\casefile.ico"
#endif
#ifndef OutputName
  #define OutputName "Casefile-" + AppVersion + "-windows-setup"
#endif

[Setup]
; The AppId ties upgrades and the uninstaller to this application: never change it.
AppId={{6C1F3A52-8D0E-4C8B-9B57-3E1F6A0C2D41}
AppName=Casefile
AppVersion={#AppVersion}
AppVerName=Casefile {#AppVersion}
AppPublisher=Casefile
DefaultDirName={autopf}\Casefile
DefaultGroupName=Casefile
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\Casefile.exe
OutputBaseFilename={#OutputName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Casefile"; Filename: "{app}\Casefile.exe"
Name: "{autodesktop}\Casefile"; Filename: "{app}\Casefile.exe"; Tasks: desktopicon

; The .casefile file association: a ProgID for case bundles, opened by Casefile.exe "%1".
; HKA is HKCU for a per-user install and HKLM for an all-users one.
[Registry]
Root: HKA; Subkey: "Software\Classes\.casefile"; ValueType: string; ValueName: ""; ValueData: "Casefile.Bundle"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.casefile\OpenWithProgids"; ValueType: string; ValueName: "Casefile.Bundle"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Casefile.Bundle"; ValueType: string; ValueName: ""; ValueData: "Casefile case bundle"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Casefile.Bundle\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\Casefile.exe,0"
Root: HKA; Subkey: "Software\Classes\Casefile.Bundle\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\Casefile.exe"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\Casefile.exe\SupportedTypes"; ValueType: string; ValueName: ".casefile"; ValueData: ""

[Run]
Filename: "{app}\Casefile.exe"; Description: "{cm:LaunchProgram,Casefile}"; Flags: nowait postinstall skipifsilent
