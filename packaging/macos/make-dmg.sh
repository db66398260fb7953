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
# (macOS 12 or later)
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

# macOS 12 (Monterey) is the oldest supported release: LSMinimumSystemVersion in the spec's
# Info.plist, and anything compiled during the build targets it too. The Python and the
# PySide6/numpy/pandas wheels must not need a newer macOS (checked below).
MIN_MACOS=12.0
export MACOSX_DEPLOYMENT_TARGET=12.0

"$PY" -m PyInstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller \
    packaging/khasan-explorer.spec

PLIST_MIN=$(/usr/libexec/PlistBuddy -c "Print :LSMinimumSystemVersion" "$APP/Contents/Info.plist")
[ "$PLIST_MIN" = "$MIN_MACOS" ] || { echo "LSMinimumSystemVersion is $PLIST_MIN, expected $MIN_MACOS" >&2; exit 1; }
# Every Mach-O in the bundle must load on macOS 12: its minos (LC_BUILD_VERSION) <= 12.
TOO_NEW=$(find "$APP" -type f \( -name '*.so' -o -name '*.dylib' -o -perm -100 \) -print0 |
    xargs -0 otool -l 2>/dev/null | awk '/^[^ \t].*:$/ {f=$0} $1=="minos" && $2+0 > 12 {print f, $2}' | sort -u)
if [ -n "$TOO_NEW" ]; then
    echo "binaries that need a macOS newer than $MIN_MACOS:" >&2
    echo "$TOO_NEW" >&2
    exit 1
fi

# Smoke test (packaging/smoke.py, as `make package` runs it on Linux): every app module is
# in the bundle, --version and --check-data work, and every page renders offscreen from
# the .app (--screenshot PNG --view X). No .dmg from a bundle that fails it.
"$PY" packaging/smoke.py "$APP"

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
