#!/bin/sh
# Install the .deb on a bare Debian and start it there: the check that the package's
# Depends bring everything Qt's xcb platform plugin needs ("Could not load the Qt platform
# plugin xcb" otherwise). Not part of `make test` (it downloads ~100 MB of Debian packages
# and takes a few minutes); run it by hand after `make package`, as root:
#
#     sh packaging/linux/check-bare-debian.sh [SUITE] [CHROOT]    # default: bookworm, /tmp/khasan-bare-SUITE
#
# Needs debootstrap, Xvfb (xvfb) and the Debian mirror that apt uses. Steps:
#   1. debootstrap --variant=minbase SUITE CHROOT   (no X, no GL, no fonts, no xcb libraries)
#   2. apt-get install ./khasan-explorer_*.deb inside it (pulls the Depends)
#   3. khasan-explorer --check-data, and --screenshot (offscreen)
#   4. khasan-explorer --timing on an X server (Xvfb on the host, its socket bound into the
#      chroot): the xcb plugin loads and the window shows the data ("ready <s>").
set -eu
SUITE=${1:-bookworm}
CHROOT=${2:-/tmp/khasan-bare-$SUITE}
MIRROR=${MIRROR:-http://deb.debian.org/debian}
cd "$(dirname "$0")/../.."
DEB=$(ls -t dist/khasan-explorer_*.deb | head -1)
[ "$(id -u)" = 0 ] || { echo "run as root" >&2; exit 2; }

if [ ! -x "$CHROOT/usr/bin/apt-get" ]; then
    debootstrap --variant=minbase "$SUITE" "$CHROOT" "$MIRROR"
fi
cp "$DEB" "$CHROOT/root/"
mountpoint -q "$CHROOT/proc" || mount --bind /proc "$CHROOT/proc"
mkdir -p "$CHROOT/tmp/.X11-unix"
cleanup() {
    [ -n "${XPID:-}" ] && kill "$XPID" 2>/dev/null || true
    umount "$CHROOT/tmp/.X11-unix" 2>/dev/null || true
    umount "$CHROOT/proc" 2>/dev/null || true
}
trap cleanup EXIT

chroot "$CHROOT" sh -c "apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -qq --no-install-recommends /root/$(basename "$DEB")"
chroot "$CHROOT" sh -c 'cd /tmp && HOME=/tmp QT_QPA_PLATFORM=offscreen khasan-explorer --check-data'
chroot "$CHROOT" sh -c 'cd /tmp && HOME=/tmp khasan-explorer --screenshot /tmp/bare.png --view incidents'
cp "$CHROOT/tmp/bare.png" "dist/bare-$SUITE-screenshot.png"

DISPLAY_NUM=:87
Xvfb "$DISPLAY_NUM" -screen 0 1400x900x24 >/dev/null 2>&1 &
XPID=$!
sleep 1
mount --bind /tmp/.X11-unix "$CHROOT/tmp/.X11-unix"
OUT=$(chroot "$CHROOT" sh -c "cd /tmp && HOME=/tmp DISPLAY=$DISPLAY_NUM timeout 60 khasan-explorer --timing" 2>&1)
echo "$OUT"
echo "$OUT" | grep -q '^ready ' || { echo "FAILED: no 'ready' on X11 (xcb)" >&2; exit 1; }
echo "OK: $DEB installs on a bare Debian $SUITE and runs on X11 (xcb) and offscreen"
