#!/bin/sh
# Khasan 1938 Explorer: starts the bundle that the .deb installs in /opt/khasan-explorer.
#
# The bundle carries Qt's X11 (xcb) and headless (offscreen) platform plugins only; in a
# Wayland session the app runs through XWayland. A QT_QPA_PLATFORM that asks for another
# plugin (e.g. wayland, set by some desktops for all Qt apps) would make Qt abort, so the
# launcher replaces it with xcb.
case "${QT_QPA_PLATFORM:-}" in
  ""|*xcb*|offscreen*|minimal*) ;;
  *) QT_QPA_PLATFORM=xcb; export QT_QPA_PLATFORM ;;
esac
exec /opt/khasan-explorer/khasan-explorer "$@"
