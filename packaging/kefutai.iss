; Inno Setup 6 script for 客服台 on Windows: installs the PyInstaller folder dist\kefutai\ and puts a shortcut
; with the program's icon on the desktop and in the Start menu.
; Build: iscc /DAppVersion=0.1.0 packaging\kefutai.iss   ->   dist\kefutai-setup-0.1.0.exe   (see docs/INSTALL.md)
; This file is UTF-8 with a byte-order mark, which Inno Setup needs to read the Chinese names.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{63B8164B-78ED-4F67-BB30-1C6005A6278B}
AppName=客服台
AppVersion={#AppVersion}
AppVerName=客服台 {#AppVersion}
DefaultDirName={autopf}\kefutai
DefaultGroupName=客服台
DisableProgramGroupPage=yes
; per-user install (no administrator needed); an administrator may choose "all users" in the first dialog
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist
OutputBaseFilename=kefutai-setup-{#AppVersion}
SetupIconFile=..\resources\icons\kefutai.ico
UninstallDisplayIcon={app}\kefutai.exe
UninstallDisplayName=客服台
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
; a running 客服台 is closed before its files are replaced
CloseApplications=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "在桌面创建「客服台」快捷方式"; GroupDescription: "快捷方式："

[Files]
Source: "..\dist\kefutai\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\客服台"; Filename: "{app}\kefutai.exe"; IconFilename: "{app}\kefutai.exe"
Name: "{autodesktop}\客服台"; Filename: "{app}\kefutai.exe"; IconFilename: "{app}\kefutai.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\kefutai.exe"; Description: "立即打开客服台"; Flags: nowait postinstall skipifsilent

; The database and the logs live in %APPDATA%\kefutai and are never removed by the uninstaller.
