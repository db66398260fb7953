"""The Windows installer speaks every language the app does (packaging/windows/).

The Inno Setup script cannot be compiled on Linux, so these tests read it the way the Inno
Setup 6 compiler does: each ``[Languages]`` entry's messages file must exist (a
``compiler:`` file Inno Setup 6.3+ ships, or one in the repository that parses as an .isl),
every ``{cm:Name}`` the script shows must be defined for every language, and the bundled
``Languages/Swedish.isl`` must translate every message of Inno Setup 6's ``Default.isl``
with the same ``%1`` / ``[name]`` placeholders (a missing message would fall back to
English; a stray placeholder would show as ``%1``). The Linux entries' Swedish is checked
against their Finnish.
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app.languages import LANGUAGES

ROOT = Path(__file__).resolve().parent.parent
WINDOWS = ROOT / "packaging" / "windows"
ISS = WINDOWS / "khasan-explorer.iss"
SWEDISH = WINDOWS / "Languages" / "Swedish.isl"
LINUX = ROOT / "packaging" / "linux"

# Messages files every Inno Setup 6.3.0 ... 6.7.3 installs (Files/ and Files/Languages/ in
# jrsoftware/issrc at is-6_3_3 and is-6_7_3). Swedish is not among them: it ships since 6.4.0.
COMPILER_FILES = {"Default.isl"} | {f"Languages\\{name}.isl" for name in (
    "Armenian", "BrazilianPortuguese", "Bulgarian", "Catalan", "Corsican", "Czech", "Danish", "Dutch",
    "Finnish", "French", "German", "Hebrew", "Hungarian", "Italian", "Japanese", "Korean", "Norwegian",
    "Polish", "Portuguese", "Russian", "Slovak", "Slovenian", "Spanish", "Turkish", "Ukrainian")}

# Inno Setup 6's Default.isl (identical key set in 6.5.0 ... 6.7.3): each message name, with
# ":" and the placeholders its English text uses, if any. The official translations carry
# them all, Finnish included (it leaves out only the empty HelpTextNote).
DEFAULT_MESSAGES = """
AbortRetryIgnoreCancel AbortRetryIgnoreIgnore AbortRetryIgnoreRetry AbortRetryIgnoreSelectAction
AboutSetupMenuItem AboutSetupMessage:%1%2%3%4 AboutSetupNote AboutSetupTitle AdminPrivilegesRequired
ApplicationsFound ApplicationsFound2 ArchiveIncorrectPassword ArchiveIsCorrupted
ArchiveUnsupportedFormat BadDirName32:%1 BadGroupName:%1 BeveledLabel BrowseDialogLabel
BrowseDialogTitle ButtonBack ButtonBrowse ButtonCancel ButtonFinish ButtonInstall ButtonNewFolder
ButtonNext ButtonNo ButtonNoToAll ButtonOK ButtonStopDownload ButtonStopExtraction ButtonWizardBrowse
ButtonYes ButtonYesToAll CannotContinue CannotInstallToNetworkDrive CannotInstallToUNCPath
ChangeDiskTitle ClickFinish ClickNext CloseApplications CompactInstallation ComponentSize1:%1
ComponentSize2:%1 ComponentsDiskSpaceGBLabel:[gb] ComponentsDiskSpaceMBLabel:[mb]
ConfirmDeleteSharedFile2 ConfirmDeleteSharedFileTitle ConfirmTitle ConfirmUninstall:%1
CustomInstallation DirDoesntExist:%1 DirDoesntExistTitle DirExists:%1 DirExistsTitle DirNameTooLong
DiskSpaceGBLabel:[gb] DiskSpaceMBLabel:[mb] DiskSpaceWarning:%1%2 DiskSpaceWarningTitle
DontCloseApplications DownloadingLabel2 ErrorChangingAttr ErrorCloseApplications ErrorCopying
ErrorCreatingDir:%1 ErrorCreatingTemp ErrorDownloadAborted ErrorDownloadFailed:%1%2
ErrorDownloadSizeFailed:%1%2 ErrorDownloading ErrorExecutingProgram:%1 ErrorExtracting
ErrorExtractionAborted ErrorExtractionFailed:%1 ErrorFileSize:%1%2 ErrorFunctionFailed:%1%2
ErrorFunctionFailedNoCode:%1 ErrorFunctionFailedWithMessage:%1%2%3 ErrorIniEntry:%1 ErrorInternal2:%1
ErrorOpeningReadme ErrorProgress:%1%2 ErrorReadingExistingDest ErrorReadingSource ErrorRegCreateKey:%1%2
ErrorRegOpenKey:%1%2 ErrorRegSvr32Failed:%1 ErrorRegWriteKey:%1%2 ErrorRegisterServer:%1
ErrorRegisterTypeLib:%1 ErrorRenamingTemp ErrorReplacingExistingFile ErrorRestartReplace
ErrorRestartingComputer ErrorTitle ErrorTooManyFilesInDir:%1 ExistingFileNewer2
ExistingFileNewerKeepExisting ExistingFileNewerOverwriteExisting ExistingFileNewerOverwriteOrKeepAll
ExistingFileNewerSelectAction ExistingFileReadOnly2 ExistingFileReadOnlyKeepExisting
ExistingFileReadOnlyRetry ExitSetupMessage ExitSetupTitle ExtractingLabel
FileAbortRetryIgnoreIgnoreNotRecommended FileAbortRetryIgnoreSkipNotRecommended FileExists2
FileExistsKeepExisting FileExistsOverwriteExisting FileExistsOverwriteOrKeepAll FileExistsSelectAction
FileNotInDir2:%1%2 FinishedHeadingLabel:[name] FinishedLabel:[name] FinishedLabelNoIcons:[name]
FinishedRestartLabel:[name] FinishedRestartMessage:[name] FullInstallation GroupNameTooLong HelpTextNote
IncorrectPassword InfoAfterClickLabel InfoAfterLabel InfoBeforeClickLabel InfoBeforeLabel
InformationTitle InstallingLabel:[name] InvalidDirName InvalidDrive InvalidGroupName InvalidParameter:%1
InvalidPath LastErrorMessage:%1%2%3 LdrCannotCreateTemp LdrCannotExecTemp LicenseAccepted LicenseLabel
LicenseLabel3 LicenseNotAccepted MustEnterGroupName NewFolderName NoProgramGroupCheck2 NoRadio
NoUninstallWarning:%1 NoUninstallWarningTitle NotOnThisPlatform:%1 OnlyAdminCanUninstall
OnlyOnTheseArchitectures:%1 OnlyOnThisPlatform:%1 PasswordEditLabel PasswordLabel1 PasswordLabel3
PathLabel PowerUserPrivilegesRequired PrepareToInstallNeedsRestart:[name] PreparingDesc:[name]
PreviousInstallNotCompleted:[name] PrivilegesRequiredOverrideAllUsers
PrivilegesRequiredOverrideAllUsersRecommended PrivilegesRequiredOverrideCurrentUser
PrivilegesRequiredOverrideCurrentUserRecommended PrivilegesRequiredOverrideInstruction
PrivilegesRequiredOverrideText1:%1 PrivilegesRequiredOverrideText2:%1 PrivilegesRequiredOverrideTitle
ReadyLabel1:[name] ReadyLabel2a ReadyLabel2b ReadyMemoComponents ReadyMemoDir ReadyMemoGroup
ReadyMemoTasks ReadyMemoType ReadyMemoUserInfo RetryCancelCancel RetryCancelRetry
RetryCancelSelectAction RunEntryExec:%1 RunEntryShellExec:%1 SelectComponentsDesc SelectComponentsLabel2
SelectDirBrowseLabel SelectDirDesc:[name] SelectDirLabel3:[name] SelectDirectoryLabel
SelectDiskLabel2:%1 SelectLanguageLabel SelectLanguageTitle SelectStartMenuFolderBrowseLabel
SelectStartMenuFolderDesc SelectStartMenuFolderLabel3 SelectTasksDesc SelectTasksLabel2:[name]
SetupAborted SetupAlreadyRunning SetupAppRunningError:%1 SetupAppTitle SetupFileCorrupt
SetupFileCorruptOrWrongVer SetupFileMissing:%1 SetupLdrStartupMessage:%1 SetupWindowTitle:%1
SharedFileLocationLabel SharedFileNameLabel ShowReadmeCheck ShutdownBlockReasonInstallingApp:%1
ShutdownBlockReasonUninstallingApp:%1 SourceDoesntExist:%1 SourceIsCorrupted SourceVerificationFailed:%1
StatusClosingApplications StatusCreateDirs StatusCreateIcons StatusCreateIniEntries
StatusCreateRegistryEntries StatusDownloadFiles StatusExtractFiles StatusRegisterFiles
StatusRestartingApplications StatusRollback StatusRunProgram StatusSavingUninstall StatusUninstalling:%1
StopDownload StopExtraction TranslatorNote UninstallAppFullTitle:%1 UninstallAppRunningError:%1
UninstallAppTitle UninstallDataCorrupted:%1 UninstallDisplayNameMark:%1%2 UninstallDisplayNameMark32Bit
UninstallDisplayNameMark64Bit UninstallDisplayNameMarkAllUsers UninstallDisplayNameMarkCurrentUser
UninstallDisplayNameMarks:%1%2%3 UninstallNotFound:%1 UninstallOnlyOnWin64 UninstallOpenError:%1
UninstallStatusLabel:%1 UninstallUnknownEntry:%1 UninstallUnsupportedVer:%1 UninstalledAll:%1
UninstalledAndNeedsRestart:%1 UninstalledMost:%1 UserInfoDesc UserInfoName UserInfoNameRequired
UserInfoOrg UserInfoSerial VerificationFileHashIncorrect VerificationFileNameIncorrect
VerificationFileSizeIncorrect VerificationFileTagIncorrect VerificationKeyNotFound:%1
VerificationSignatureDoesntExist:%1 VerificationSignatureInvalid:%1 WelcomeLabel1:[name]
WelcomeLabel2:[name/ver] WinVersionTooHighError:%1%2 WinVersionTooLowError:%1%2
WindowsServicePackRequired:%1%2 WindowsVersionNotSupported WizardInfoAfter WizardInfoBefore
WizardInstalling WizardLicense WizardPassword WizardPreparing WizardReady WizardSelectComponents
WizardSelectDir WizardSelectProgramGroup WizardSelectTasks WizardUninstalling WizardUserInfo YesRadio
"""
# Default.isl's [CustomMessages]: the {cm:...} texts every official .isl defines.
DEFAULT_CUSTOM_MESSAGES = """
AdditionalIcons AddonHostProgramNotFound:%1 AssocFileExtension:%1%2 AssocingFileExtension:%1%2
AutoStartProgram:%1 AutoStartProgramGroupDescription CreateDesktopIcon CreateQuickLaunchIcon
LaunchProgram:%1 NameAndVersion:%1%2 ProgramOnTheWeb:%1 UninstallProgram:%1
"""
PLACEHOLDER = re.compile(r"%[1-9]|\[(?:name|name/ver|ver|kb|mb|gb)\]")
PARAM = re.compile(r'(\w+):\s*("(?:[^"]|"")*"|[^;]*)')
CM = re.compile(r"\{cm:(\w+)")


def _key_table(text: str) -> dict[str, str]:
    """``Name:%1%2`` words -> {name: "%1%2"}."""
    return {word.partition(":")[0]: word.partition(":")[2] for word in text.split()}


def placeholders(message: str) -> str:
    return "".join(sorted(set(PLACEHOLDER.findall(message))))


def decode_isl(raw: bytes) -> str:
    """Text of an .isl as Inno Setup 6.3+ reads it (TTextFileReader): UTF-8 after a BOM; without
    one UTF-8 if the whole file is valid UTF-8, else the ANSI code page in LanguageCodePage."""
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        codepage = re.search(rb"^\s*LanguageCodePage\s*=\s*(\d+)", raw, re.MULTILINE)
        assert codepage and codepage.group(1) != b"0", "not UTF-8 and no LanguageCodePage"
        return raw.decode(f"cp{codepage.group(1).decode()}")


def sections(text: str) -> dict[str, list[str]]:
    """Lines of each [Section], without blank lines, ``;`` comments and ISPP ``#`` lines."""
    found: dict[str, list[str]] = {}
    current = None
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith((";", "#")):
            continue
        header = re.fullmatch(r"\[(\w+)\]", line)
        if header:
            current = found.setdefault(header.group(1), [])
        else:
            assert current is not None, f"line outside a section: {line!r}"
            current.append(line)
    return found


def key_values(lines: list[str]) -> dict[str, str]:
    pairs = [line.partition("=") for line in lines]
    assert all(sep for _, sep, _ in pairs), "a line without '='"
    return {key.strip(): value for key, _, value in pairs}


def entries(lines: list[str]) -> list[dict[str, str]]:
    """``Name: "en"; MessagesFile: "a,b"`` lines -> parameter dicts (quotes removed)."""
    found = []
    for line in lines:
        params = {k: v.strip() for k, v in PARAM.findall(line)}
        found.append({k: v[1:-1].replace('""', '"') if v.startswith('"') else v for k, v in params.items()})
    return found


def read_isl(path: Path) -> dict[str, dict[str, str]]:
    return {name: key_values(lines) for name, lines in sections(decode_isl(path.read_bytes())).items()}


def iss_text() -> str:
    return ISS.read_bytes().decode("utf-8")


def languages() -> dict[str, list[str]]:
    return {e["Name"]: [f.strip() for f in e["MessagesFile"].split(",")]
            for e in entries(sections(iss_text())["Languages"])}


def local_file(name: str) -> Path:
    return WINDOWS.joinpath(*name.split("\\"))


def custom_messages(language: str) -> set[str]:
    """The {cm:...} names defined for one language: its .isl files' and the script's own."""
    names: set[str] = set()
    for name in languages()[language]:
        if name.startswith("compiler:"):
            names |= set(_key_table(DEFAULT_CUSTOM_MESSAGES))
        else:
            names |= set(read_isl(local_file(name)).get("CustomMessages", {}))
    for key in key_values(sections(iss_text()).get("CustomMessages", [])):
        lang, dot, name = key.rpartition(".")
        if not dot or lang == language:
            names.add(name)
    return names


# ============================================================== the script
def test_the_installer_has_the_apps_languages():
    """A language added to the app (app/languages.py) needs its installer texts too."""
    assert list(languages()) == list(LANGUAGES)


def test_every_messages_file_is_shipped_by_inno_setup_or_in_the_repository():
    for language, files in languages().items():
        for name in files:
            if name.startswith("compiler:"):
                assert name.removeprefix("compiler:") in COMPILER_FILES, (language, name)
                continue
            path = local_file(name)
            assert path.is_file(), (language, name)
            isl = read_isl(path)
            assert isl["LangOptions"]["LanguageName"].strip(), name
            assert len(isl["Messages"]) > 100, name


def test_task_and_run_texts_are_custom_messages():
    """Texts the wizard shows come from {cm:...}, so each language gets its own."""
    script = sections(iss_text())
    for section, params in (("Tasks", ("Description", "GroupDescription")), ("Run", ("Description",))):
        for entry in entries(script[section]):
            for param in params:
                if param in entry:
                    assert re.fullmatch(r"\{cm:\w+(,[^{}]*(\{[^{}]*\}[^{}]*)*)?\}", entry[param]), (section, entry)


def test_every_custom_message_used_is_defined_for_every_language():
    body = "\n".join(line for line in iss_text().splitlines() if not line.lstrip().startswith(";"))
    used = set(CM.findall(body))
    assert {"CreateDesktopIcon", "AdditionalIcons", "LaunchProgram"} < used
    for language in languages():
        assert not used - custom_messages(language), language


def test_the_scripts_own_custom_messages_exist_in_every_language_and_only_those():
    """An unprefixed or English-only text would show in English in every installer."""
    own = key_values(sections(iss_text())["CustomMessages"])
    by_name: dict[str, set[str]] = {}
    for key, value in own.items():
        lang, _, name = key.rpartition(".")
        assert value.strip(), key
        by_name.setdefault(name, set()).add(lang)
    assert by_name and all(langs == set(languages()) for langs in by_name.values()), by_name
    for key, value in own.items():
        english = own["en." + key.partition(".")[2]]
        assert placeholders(value) == placeholders(english), key
        # a translation, not a pasted copy (a one-word label may be the same: "Kiosk:")
        assert key.startswith("en.") or value != english or " " not in value, key


def test_non_ascii_script_requires_an_inno_setup_that_reads_utf8():
    raw = ISS.read_bytes()
    raw.decode("utf-8")  # Inno Setup 6.3+ reads a BOM-less file as UTF-8 only if all of it is
    if not raw.isascii() and not raw.startswith(b"\xef\xbb\xbf"):
        assert re.search(r"^#if Ver < EncodeVer\(6, 3, 0\)\s*\n\s*#error", iss_text(), re.MULTILINE)


# ============================================================== the bundled Swedish.isl
def test_swedish_translates_every_message_of_default_isl_with_its_placeholders():
    isl = read_isl(SWEDISH)
    assert isl["LangOptions"]["LanguageName"].strip() == "Svenska"
    assert isl["LangOptions"]["LanguageID"] == "$041D"
    for section, table in (("Messages", DEFAULT_MESSAGES), ("CustomMessages", DEFAULT_CUSTOM_MESSAGES)):
        expected = _key_table(table)
        got = isl[section]
        assert set(got) == set(expected), (section, set(expected) ^ set(got))
        wrong = {k for k, marks in expected.items() if placeholders(got[k]) != marks}
        assert not wrong, (section, wrong)
    assert isl["Messages"]["ConfirmTitle"] == "Bekräfta"  # decoded, not mojibake
    assert not any("Ã" in v for v in isl["Messages"].values())


def test_swedish_isl_keeps_its_translator_credit_and_inno_setups_licence_is_beside_it():
    header = decode_isl(SWEDISH.read_bytes()).split("[LangOptions]")[0]
    assert "Translated by stefan@bodingh.se (Stefan Bodingh)" in header
    assert "Daniel Nylander" in header
    licence = (SWEDISH.parent / "InnoSetup-license.txt").read_text(encoding="utf-8")
    assert "Copyright (C) 1997-" in licence and "Jordan Russell" in licence
    assert "must retain all copyright notices" in licence


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-8", "cp1252"])
def test_isl_reader_follows_inno_setups_encoding_rules(tmp_path, encoding):
    text = "[LangOptions]\nLanguageName=Svenska\nLanguageCodePage=1252\n[Messages]\nConfirmTitle=Bekräfta\n"
    path = tmp_path / "x.isl"
    path.write_bytes(text.encode(encoding))
    assert read_isl(path)["Messages"]["ConfirmTitle"] == "Bekräfta"


# ============================================================== Linux entries
def test_desktop_entry_has_swedish_wherever_it_has_finnish():
    keys = {line.partition("=")[0] for line in (LINUX / "org.khasan1938.Explorer.desktop").read_text(
        encoding="utf-8").splitlines() if "=" in line}
    finnish = {k.removesuffix("[fi]") for k in keys if k.endswith("[fi]")}
    assert finnish and all(f"{k}[sv]" in keys for k in finnish), finnish


def test_metainfo_has_swedish_wherever_it_has_finnish():
    root = ET.parse(LINUX / "org.khasan1938.Explorer.metainfo.xml").getroot()
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    for parent in root.iter():
        tags = {(child.tag, child.get(lang)) for child in parent}
        finnish = {tag for tag, code in tags if code == "fi"}
        assert all((tag, "sv") in tags for tag in finnish), (parent.tag, finnish)
    assert root.find(f"summary[@{lang}='sv']") is not None
