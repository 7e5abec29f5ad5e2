#!/bin/sh
# Installs orgeditor from this unpacked tarball, for one user (default: ~/.local) or, as root,
# for everyone (--prefix /usr/local or /opt/orgeditor...). Needs no network.
#
#   ./install.sh [--prefix DIR]      install (again: replaces the previous copy)
#   ./install.sh --uninstall [--prefix DIR]
#
# It puts the program in PREFIX/lib/orgeditor, a link PREFIX/bin/orgeditor, the desktop entry,
# the icons (hicolor theme, SVG and PNG) and the .orgchart file type (shared-mime-info), then
# refreshes the desktop and MIME databases when their tools are present, so .orgchart files
# open in orgeditor by double-click.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
PREFIX=${HOME:-/root}/.local
UNINSTALL=0
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) PREFIX=$2; shift 2;;
    --uninstall) UNINSTALL=1; shift;;
    -h|--help) sed -n 2,11p "$0"; exit 0;;
    *) echo "install.sh: unknown argument $1" >&2; exit 2;;
  esac
done
case "$PREFIX" in  # a relative prefix would leave the links pointing nowhere
  /*) ;;
  *) PREFIX="$(pwd)/$PREFIX";;
esac
APP=$PREFIX/lib/orgeditor
SHARE=$PREFIX/share
SIZES="16 24 32 48 64 128 256 512"

refresh() {
  if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$SHARE/applications" || true
  fi
  if command -v update-mime-database >/dev/null 2>&1; then
    update-mime-database "$SHARE/mime" >/dev/null || true
  fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$SHARE/icons/hicolor/index.theme" ]; then
    gtk-update-icon-cache -q -t "$SHARE/icons/hicolor" || true
  fi
}

if [ "$UNINSTALL" = 1 ]; then
  rm -rf "$APP"
  rm -f "$PREFIX/bin/orgeditor" "$SHARE/applications/orgeditor.desktop" \
    "$SHARE/mime/packages/orgeditor.xml" "$SHARE/icons/hicolor/scalable/apps/orgeditor.svg"
  for size in $SIZES; do rm -f "$SHARE/icons/hicolor/${size}x${size}/apps/orgeditor.png"; done
  refresh
  echo "orgeditor removed from $PREFIX"
  exit 0
fi

mkdir -p "$PREFIX/bin" "$SHARE/applications" "$SHARE/mime/packages" \
  "$SHARE/icons/hicolor/scalable/apps"
rm -rf "$APP"
mkdir -p "$PREFIX/lib"
cp -R "$HERE/orgeditor" "$APP"
ln -sf "$APP/orgeditor" "$PREFIX/bin/orgeditor"
# the desktop entry runs the installed program by its full path: PREFIX/bin may not be on the
# PATH of the desktop session
# (Exec quoted as the Desktop Entry spec asks: the path may hold spaces)
while IFS= read -r line; do
  case "$line" in
    Exec=orgeditor*) printf 'Exec="%s"%s\n' "$APP/orgeditor" "${line#Exec=orgeditor}";;
    TryExec=orgeditor) printf 'TryExec=%s\n' "$APP/orgeditor";;
    *) printf '%s\n' "$line";;
  esac
done < "$HERE/share/orgeditor.desktop" > "$SHARE/applications/orgeditor.desktop"
cp "$HERE/share/orgeditor-mime.xml" "$SHARE/mime/packages/orgeditor.xml"
cp "$HERE/share/icons/orgeditor.svg" "$SHARE/icons/hicolor/scalable/apps/orgeditor.svg"
for size in $SIZES; do
  mkdir -p "$SHARE/icons/hicolor/${size}x${size}/apps"
  cp "$HERE/share/icons/orgeditor-$size.png" "$SHARE/icons/hicolor/${size}x${size}/apps/orgeditor.png"
done
refresh
echo "orgeditor installed in $APP; run it as $PREFIX/bin/orgeditor or from the applications menu"
