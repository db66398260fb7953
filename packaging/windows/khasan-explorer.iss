; Inno Setup 6 script: Windows installer for Khasan 1938 Explorer.
;
; Build on Windows (not possible on the Linux build machine; see packaging/README.md):
;   1. py -3.11 -m venv .venv && .venv\Scripts\pip install -e ".[package]"
;   2. .venv\Scripts\python packaging\build.py
;        -> dist\khasan-explorer\khasan-explorer.exe (windowed) and khasan-explorer-cli.exe;
;        build.py ends with the smoke test (packaging\smoke.py): every app module is in the
;        bundle and every page renders offscreen from it, or the build fails. To rerun it
;        on a bundle alone:  .venv\Scripts\python packaging\smoke.py dist\khasan-explorer
;        (exit status 0 = passed). Do not compile the installer from a bundle that failed it.
;   3. "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\windows\khasan-explorer.iss
;        -> dist\khasan-explorer-0.1.0-setup.exe
;
; Classroom deployment, silent (run as administrator; installs for all users into
; C:\Program Files\Khasan 1938 Explorer, with a Start menu entry):
;   khasan-explorer-0.1.0-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /SP- /LOG="%TEMP%\khasan-setup.log"
; Options that may be added:
;   /DIR="D:\Apps\Khasan"         another folder
;   /CURRENTUSER                  per-user install without administrator rights
;                                 (into %LOCALAPPDATA%\Programs); /ALLUSERS forces the default
;   /TASKS="desktopicon"          also a desktop shortcut for every user
;   /TASKS="kiosk"                start the app in kiosk mode at every login, supervised (museum
;                                 machines: --supervise --kiosk restarts it after a crash or a hang)
;   /LANG=fi, /LANG=sv            Finnish or Swedish installer texts (default: the system
;                                 language; en, fi, sv as in [Languages] below)
; Exit code 0 = installed. Silent uninstall:
;   "C:\Program Files\Khasan 1938 Explorer\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
;
; Needs Inno Setup 6.3.0 or later: this file and Languages\Swedish.isl are UTF-8 without a BOM
; (read as UTF-8 since 6.3.0), and x64compatible below is a 6.3.0 name.

#if Ver < EncodeVer(6, 3, 0)
  #error Inno Setup 6.3.0 or later is needed (UTF-8 files without a BOM, x64compatible)
#endif

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Khasan 1938 Explorer"
#define AppExe "khasan-explorer.exe"
#define Bundle "..\..\dist\khasan-explorer"

[Setup]
; AppId identifies the app for upgrades and uninstall: never change it.
AppId={{303E9576-6DFD-491E-847B-9A7901846E5F}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Khasan 1938 Explorer contributors
AppCopyright=MIT License
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
DisableReadyPage=no
; Administrator install for all users by default; /CURRENTUSER or the dialog can choose
; a per-user install instead.
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=commandline dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
SetupIconFile=..\..\resources\icons\khasan-explorer.ico
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
OutputDir=..\..\dist
OutputBaseFilename=khasan-explorer-{#AppVersion}-setup
; Close a running copy before files are replaced (silent installs too).
CloseApplications=force
RestartApplications=no

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fi"; MessagesFile: "compiler:Languages\Finnish.isl"
; Bundled (Inno Setup ships Swedish only since 6.4.0): upstream's file, unchanged; origin and
; licence in Languages\README.txt and packaging/README.md.
Name: "sv"; MessagesFile: "Languages\Swedish.isl"

[CustomMessages]
; The installer's own texts, one per language of [Languages]; the built-in ones
; ({cm:CreateDesktopIcon}, {cm:AdditionalIcons}, {cm:LaunchProgram}) come from each .isl.
en.KioskGroup=Kiosk:
fi.KioskGroup=Kioski:
sv.KioskGroup=Kiosk:
en.KioskTask=Start full screen in kiosk mode at every login, restarted after a crash (museum machines)
fi.KioskTask=Käynnistä koko näytön kioskitilassa aina kirjautuessa ja uudelleen kaatumisen jälkeen (museokoneet)
sv.KioskTask=Starta i kioskläge i helskärm vid varje inloggning och starta om efter en krasch (museidatorer)

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "kiosk"; Description: "{cm:KioskTask}"; GroupDescription: "{cm:KioskGroup}"; Flags: unchecked

[Files]
; The whole PyInstaller one-folder bundle: the two executables and _internal\ (Python,
; Qt, the data package, resources).
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon
; --kiosk is the app's kiosk mode (fullscreen, no way out, reset when idle); --supervise runs
; it under the supervisor, which restarts it after a crash or a hang (a staff exit ends it).
Name: "{autostartup}\{#AppName} (kiosk)"; Filename: "{app}\{#AppExe}"; Parameters: "--supervise --kiosk"; WorkingDir: "{app}"; Tasks: kiosk

[Run]
; Offered on the last page of an interactive install; skipped when silent.
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
