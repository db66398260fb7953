#!/bin/sh
# macOS: build "Khasan 1938 Explorer.app" with the PyInstaller spec and wrap it in a .dmg.
#
# Runs on a Mac only (hdiutil, codesign); it cannot run on the Linux build machine, see
# packaging/README.md. From the repository root, with Python 3.11+ installed:
#
#     python3 -m venv .venv && .venv/bin/pip install -e '.[package]'
#     sh packaging/macos/make-dmg.sh
#
# -> dist/Khasan 1938 Explorer.app and dist/khasan-explorer-<version>-macos-<arch>.dmg
#
# The .app is signed ad hoc by PyInstaller, which is enough on the Mac that built it. For
# other Macs set SIGN_IDENTITY="Developer ID Application: ..." (and NOTARY_PROFILE, a
# profile stored with `xcrun notarytool store-credentials`) so Gatekeeper accepts it;
# without notarization users must right-click > Open the first time.
set -eu

cd "$(dirname "$0")/../.."
APP_NAME="Khasan 1938 Explorer"
VERSION=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' app/__init__.py)
ARCH=$(uname -m)
PY=${PY:-.venv/bin/python}
APP="dist/$APP_NAME.app"
DMG="dist/khasan-explorer-$VERSION-macos-$ARCH.dmg"

"$PY" -m PyInstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller \
    packaging/khasan-explorer.spec

# Quick check that the bundled Python, Qt and data work (offscreen: no window).
QT_QPA_PLATFORM=offscreen "$APP/Contents/MacOS/khasan-explorer" --check-data

if [ -n "${SIGN_IDENTITY:-}" ]; then
    codesign --force --deep --options runtime --timestamp --sign "$SIGN_IDENTITY" "$APP"
    codesign --verify --deep --strict "$APP"
fi

# The disk image: the app and a link to /Applications to drag it onto.
STAGE=$(mktemp -d)
trap 'rm -rf "$STAGE"' EXIT
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
rm -f "$DMG"
hdiutil create -volname "$APP_NAME" -srcfolder "$STAGE" -fs HFS+ -format UDZO -ov "$DMG"

if [ -n "${SIGN_IDENTITY:-}" ]; then
    codesign --force --sign "$SIGN_IDENTITY" "$DMG"
    if [ -n "${NOTARY_PROFILE:-}" ]; then
        xcrun notarytool submit "$DMG" --keychain-profile "$NOTARY_PROFILE" --wait
        xcrun stapler staple "$DMG"
    fi
fi
echo "built $DMG"
